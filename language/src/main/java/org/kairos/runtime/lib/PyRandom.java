package org.kairos.runtime.lib;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Python's {@code random.Random}: the same Mersenne Twister word stream as CPython 3.13 and the
 * same pure-Python algorithms on top of it, so seeded sequences match CPython exactly. Integer
 * arguments and results are {@code Long}/{@code BigInteger} (Boolean accepted as 0/1).
 */
public final class PyRandom {
    private static final double TWOPI = 2.0 * Math.PI;
    private static final double NV_MAGICCONST = 4 * Math.exp(-0.5) / Math.sqrt(2.0);

    private final MersenneTwister mt = new MersenneTwister();
    /** Second value of the last Box-Muller pair, as in CPython's {@code gauss_next}. */
    private Double gaussNext;

    /** A generator seeded from system entropy, like {@code random.Random()}. */
    public PyRandom() {
        seed(null);
    }

    /** Like {@code random.Random(seed)}. */
    public PyRandom(Object seed) {
        seed(seed);
    }

    // ---------------------------------------------------------------- seeding

    /**
     * {@code seed(a)} with version 2 semantics: None (null) uses entropy; int uses its absolute value;
     * float/bool use their hash; str/bytes are extended with their SHA-512 digest.
     */
    public void seed(Object a) {
        gaussNext = null;
        if (a == null) {
            SecureRandom sr = new SecureRandom();
            int[] key = new int[MersenneTwister.N];
            for (int i = 0; i < key.length; i++) {
                key[i] = sr.nextInt();
            }
            mt.initByArray(key);
            return;
        }
        BigInteger n;
        if (a instanceof Long || a instanceof BigInteger || a instanceof Boolean) {
            n = PyArith.toBigInteger(a);
        } else if (a instanceof Double d) {
            n = BigInteger.valueOf(PyHash.hashDouble(d, a));
        } else if (a instanceof String s) {
            n = fromBytesWithDigest(s.getBytes(StandardCharsets.UTF_8));
        } else if (a instanceof byte[] b) {
            n = fromBytesWithDigest(b);
        } else {
            throw PyLibError.typeError("The only supported seed types are:\nNone, int, float, str, bytes, and bytearray.");
        }
        mt.initByArray(keyFor(n.abs()));
    }

    /** {@code int.from_bytes(b + sha512(b).digest(), 'big')}. */
    private static BigInteger fromBytesWithDigest(byte[] b) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-512").digest(b);
            byte[] all = new byte[b.length + digest.length];
            System.arraycopy(b, 0, all, 0, b.length);
            System.arraycopy(digest, 0, all, b.length, digest.length);
            return new BigInteger(1, all);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Splits a non-negative int into 32-bit words, least significant first; 0 gives [0]. */
    private static int[] keyFor(BigInteger n) {
        int words = Math.max(1, (n.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int i = 0; i < words; i++) {
            key[i] = n.shiftRight(32 * i).intValue();
        }
        return key;
    }

    /** State snapshot for {@code getstate()}: {@code {long[625] words+index, Double gaussNext}}. */
    public Object[] getState() {
        return new Object[] {mt.getState(), gaussNext};
    }

    /** Restores a snapshot from {@link #getState()}. */
    public void setState(Object[] state) {
        mt.setState(((long[]) state[0]).clone());
        gaussNext = (Double) state[1];
    }

    // ---------------------------------------------------------------- core

    /** {@code random()}: 53 random bits from two words, in [0, 1). */
    public double random() {
        long a = mt.nextUInt32() >>> 5;
        long b = mt.nextUInt32() >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** {@code getrandbits(k)} as Long or BigInteger. */
    public Object getrandbits(long k) {
        if (k < 0) {
            throw PyLibError.valueError("number of bits must be non-negative");
        }
        if (k == 0) {
            return 0L;
        }
        if (k <= 32) {
            return mt.nextUInt32() >>> (32 - k);
        }
        if (k <= 63) {
            long lo = mt.nextUInt32();
            long hi = mt.nextUInt32() >>> (64 - k);
            return (hi << 32) | lo;
        }
        if (k > Integer.MAX_VALUE - 64) {
            throw PyLibError.overflow("Python int too large to convert to C int");
        }
        // Words are produced least significant first; the last one keeps only its top bits.
        int words = (int) ((k - 1) / 32 + 1);
        byte[] bytes = new byte[words * 4];
        long left = k;
        for (int i = 0; i < words; i++, left -= 32) {
            long r = mt.nextUInt32();
            if (left < 32) {
                r >>>= (32 - left);
            }
            int off = bytes.length - 4 * (i + 1);
            bytes[off] = (byte) (r >>> 24);
            bytes[off + 1] = (byte) (r >>> 16);
            bytes[off + 2] = (byte) (r >>> 8);
            bytes[off + 3] = (byte) r;
        }
        return PyArith.normalize(new BigInteger(1, bytes));
    }

    /** {@code _randbelow(n)} for 0 < n, by rejection sampling on {@code n.bit_length()} bits. */
    public long randbelow(long n) {
        int k = 64 - Long.numberOfLeadingZeros(n);
        if (k <= 32) {
            long r = mt.nextUInt32() >>> (32 - k);
            while (r >= n) {
                r = mt.nextUInt32() >>> (32 - k);
            }
            return r;
        }
        long r = (Long) getrandbits(k);
        while (r >= n) {
            r = (Long) getrandbits(k);
        }
        return r;
    }

    /** {@code _randbelow(n)} for an int of any size. */
    public Object randbelow(Object n) {
        if (n instanceof Long l) {
            return randbelow(l.longValue());
        }
        BigInteger bn = PyArith.toBigInteger(n);
        if (bn.bitLength() <= 63) {
            return randbelow(bn.longValue());
        }
        int k = bn.bitLength();
        BigInteger r = PyArith.toBigInteger(getrandbits(k));
        while (r.compareTo(bn) >= 0) {
            r = PyArith.toBigInteger(getrandbits(k));
        }
        return PyArith.normalize(r);
    }

    // ---------------------------------------------------------------- integer methods

    /** {@code randrange(stop)}. */
    public Object randrange(Object stop) {
        return randrange(stop, null, null);
    }

    /** {@code randrange(start, stop)}. */
    public Object randrange(Object start, Object stop) {
        return randrange(start, stop, null);
    }

    /**
     * {@code randrange(start, stop=None, step=1)}; pass null for an omitted stop or step. Arguments
     * must already be ints (the runtime applies {@code __index__}); floats raise TypeError.
     */
    public Object randrange(Object start, Object stop, Object step) {
        Object istart = PyArith.index(start);
        if (stop == null) {
            if (step != null) {
                throw PyLibError.typeError("Missing a non-None stop argument");
            }
            if (PyArith.signum(istart) > 0) {
                return randbelow(istart);
            }
            throw PyLibError.valueError("empty range for randrange()");
        }
        Object istop = PyArith.index(stop);
        Object width = PyArith.sub(istop, istart);
        Object istep = step == null ? 1L : PyArith.index(step);
        if (istep instanceof Long s && s == 1L) {
            if (PyArith.signum(width) > 0) {
                return PyArith.add(istart, randbelow(width));
            }
            throw PyLibError.valueError("empty range in randrange(" + PyArith.str(start) + ", " + PyArith.str(stop) + ")");
        }
        Object n;
        int sign = PyArith.signum(istep);
        if (sign > 0) {
            n = PyArith.floorDiv(PyArith.add(width, PyArith.sub(istep, 1L)), istep);
        } else if (sign < 0) {
            n = PyArith.floorDiv(PyArith.add(width, PyArith.add(istep, 1L)), istep);
        } else {
            throw PyLibError.valueError("zero step for randrange()");
        }
        if (PyArith.signum(n) <= 0) {
            throw PyLibError.valueError("empty range in randrange(" + PyArith.str(start) + ", " + PyArith.str(stop)
                            + ", " + PyArith.str(step) + ")");
        }
        return PyArith.add(istart, PyArith.mul(istep, randbelow(n)));
    }

    /** {@code randint(a, b)} = {@code randrange(a, b + 1)}. */
    public Object randint(Object a, Object b) {
        return randrange(a, PyArith.add(PyArith.index(b), 1L));
    }

    /** {@code randbytes(n)}. */
    public byte[] randbytes(long n) {
        if (n < 0) {
            throw PyLibError.valueError("negative argument not allowed");
        }
        BigInteger v = PyArith.toBigInteger(getrandbits(n * 8));
        byte[] out = new byte[(int) n];
        // to_bytes(n, 'little')
        byte[] be = v.toByteArray();
        for (int i = 0; i < n && i < be.length; i++) {
            out[i] = be[be.length - 1 - i];
        }
        return out;
    }

    // ---------------------------------------------------------------- sequence methods

    /** {@code choice(seq)}. */
    public <T> T choice(List<T> seq) {
        return seq.get(choiceIndex(seq.size()));
    }

    /** The index {@code choice} would pick from a sequence of length n. */
    public int choiceIndex(int n) {
        if (n == 0) {
            throw PyLibError.indexError("Cannot choose from an empty sequence");
        }
        return (int) randbelow(n);
    }

    /** {@code shuffle(x)} in place. */
    public <T> void shuffle(List<T> x) {
        for (int i = x.size() - 1; i > 0; i--) {
            int j = (int) randbelow(i + 1);
            T t = x.get(i);
            x.set(i, x.get(j));
            x.set(j, t);
        }
    }

    /** {@code sample(population, k)}; the population must already be a sequence (list view). */
    public <T> List<T> sample(List<T> population, long k) {
        long[] idx = sampleIndices(population.size(), k);
        List<T> result = new ArrayList<>(idx.length);
        for (long i : idx) {
            result.add(population.get((int) i));
        }
        return result;
    }

    /**
     * The indices {@code sample} would select from a sequence of length n (so that ranges need not be
     * materialised). Reproduces CPython's choice between a pool list and a selected-set.
     */
    public long[] sampleIndices(long n, long k) {
        if (k < 0 || k > n) {
            throw PyLibError.valueError("Sample larger than population or is negative");
        }
        long[] result = new long[(int) k];
        long setsize = 21;
        if (k > 5) {
            setsize += (long) Math.pow(4, Math.ceil(Math.log(k * 3) / Math.log(4)));
        }
        if (n <= setsize) {
            long[] pool = new long[(int) n];
            for (int i = 0; i < n; i++) {
                pool[i] = i;
            }
            for (int i = 0; i < k; i++) {
                int j = (int) randbelow(n - i);
                result[i] = pool[j];
                pool[j] = pool[(int) (n - i - 1)];
            }
        } else {
            HashSet<Long> selected = new HashSet<>();
            for (int i = 0; i < k; i++) {
                long j = randbelow(n);
                while (selected.contains(j)) {
                    j = randbelow(n);
                }
                selected.add(j);
                result[i] = j;
            }
        }
        return result;
    }

    /** {@code choices(population, k=k)} without weights. */
    public <T> List<T> choices(List<T> population, long k) {
        double n = population.size();
        List<T> out = new ArrayList<>();
        for (long i = 0; i < k; i++) {
            int j = (int) Math.floor(random() * n);
            if (j >= population.size()) {
                throw PyLibError.indexError("list index out of range");
            }
            out.add(population.get(j));
        }
        return out;
    }

    /**
     * {@code choices(population, weights, cum_weights=..., k=k)}: exactly one of weights / cumWeights
     * may be non-null (both null means unweighted). Weights are given as floats.
     */
    public <T> List<T> choices(List<T> population, double[] weights, double[] cumWeights, long k) {
        int n = population.size();
        if (cumWeights == null) {
            if (weights == null) {
                return choices(population, k);
            }
            cumWeights = new double[weights.length];
            double acc = 0;
            for (int i = 0; i < weights.length; i++) {
                acc = i == 0 ? weights[0] : acc + weights[i];
                cumWeights[i] = acc;
            }
        } else if (weights != null) {
            throw PyLibError.typeError("Cannot specify both weights and cumulative weights");
        }
        if (cumWeights.length != n) {
            throw PyLibError.valueError("The number of weights does not match the population");
        }
        if (n == 0) {
            throw PyLibError.indexError("list index out of range");
        }
        double total = cumWeights[n - 1];
        if (total <= 0.0) {
            throw PyLibError.valueError("Total of weights must be greater than zero");
        }
        if (!Double.isFinite(total)) {
            throw PyLibError.valueError("Total of weights must be finite");
        }
        List<T> out = new ArrayList<>();
        int hi = n - 1;
        for (long i = 0; i < k; i++) {
            double x = random() * total;
            // bisect_right(cum_weights, x, 0, hi)
            int lo = 0;
            int h = hi;
            while (lo < h) {
                int mid = (lo + h) >>> 1;
                if (x < cumWeights[mid]) {
                    h = mid;
                } else {
                    lo = mid + 1;
                }
            }
            out.add(population.get(lo));
        }
        return out;
    }

    // ---------------------------------------------------------------- real distributions

    /** {@code uniform(a, b)} = {@code a + (b - a) * random()}. */
    public double uniform(double a, double b) {
        return a + (b - a) * random();
    }

    /** {@code triangular(low=0.0, high=1.0, mode=None)}; pass null for no mode. */
    public double triangular(double low, double high, Double mode) {
        double u = random();
        double c;
        if (mode == null) {
            c = 0.5;
        } else {
            if (high == low) {
                return low;
            }
            c = (mode - low) / (high - low);
        }
        if (u > c) {
            u = 1.0 - u;
            c = 1.0 - c;
            double t = low;
            low = high;
            high = t;
        }
        return low + (high - low) * Math.sqrt(u * c);
    }

    /** {@code normalvariate(mu, sigma)} (Kinderman-Monahan). */
    public double normalvariate(double mu, double sigma) {
        double z;
        while (true) {
            double u1 = random();
            double u2 = 1.0 - random();
            z = NV_MAGICCONST * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -Math.log(u2)) {
                break;
            }
        }
        return mu + z * sigma;
    }

    /** {@code gauss(mu, sigma)} (Box-Muller, caching the second value). */
    public double gauss(double mu, double sigma) {
        Double z = gaussNext;
        gaussNext = null;
        if (z == null) {
            double x2pi = random() * TWOPI;
            double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - random()));
            z = Math.cos(x2pi) * g2rad;
            gaussNext = Math.sin(x2pi) * g2rad;
        }
        return mu + z * sigma;
    }

    /** {@code expovariate(lambd)}. */
    public double expovariate(double lambd) {
        if (lambd == 0.0) {
            throw PyLibError.zeroDivision("float division by zero");
        }
        return -Math.log(1.0 - random()) / lambd;
    }
}
