package org.kairos.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Python int and float arithmetic on the runtime's representation: int is a {@code Long} or, only
 * outside the long range, a {@code BigInteger}; bool counts as int; float is a {@code Double}.
 */
public final class Numbers {
    private Numbers() {
    }

    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final long MODULUS = (1L << 61) - 1;

    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof BigInteger;
    }

    public static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger;
    }

    /**
     * Decimal text of an int, enforcing {@code sys.set_int_max_str_digits} (CPython refuses to convert huge ints
     * because the conversion is quadratic).
     */
    @TruffleBoundary
    public static String intToDecimal(BigInteger b) {
        int limit = org.kairos.runtime.text.IntParse.maxStrDigits;
        // bitLength * log10(2) bounds the digit count: only near the limit is the exact text needed.
        if (limit > 0 && b.bitLength() * 0.30103 > limit - 2) {
            String s = b.toString();
            int digits = s.length() - (b.signum() < 0 ? 1 : 0);
            if (digits > limit) {
                throw PException.valueError("Exceeds the limit (" + limit
                                + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
            }
            return s;
        }
        return b.toString();
    }

    public static Object normalize(BigInteger b) {
        if (b.bitLength() < 64) {
            return b.longValue();
        }
        return b;
    }

    public static BigInteger big(Object o) {
        if (o instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (o instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return (BigInteger) o;
    }

    /** The int value of an int-like object as long when it fits (caller checked {@link #isInt}). */
    public static long asLong(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw PException.raise(ExceptionClasses.OverflowError, "Python int too large to convert to C long");
    }

    public static boolean fitsLong(Object o) {
        return o instanceof Long || o instanceof Boolean;
    }

    @TruffleBoundary
    public static double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        BigInteger b = (BigInteger) o;
        double d = b.doubleValue();
        if (Double.isInfinite(d)) {
            throw PException.raise(ExceptionClasses.OverflowError, "int too large to convert to float");
        }
        return d;
    }

    // --------------------------------------------------------------- int arithmetic

    public static Object add(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long x = asLong(a);
            long y = asLong(b);
            long r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) {
                return BigInteger.valueOf(x).add(BigInteger.valueOf(y));
            }
            return r;
        }
        return normalize(big(a).add(big(b)));
    }

    public static Object sub(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long x = asLong(a);
            long y = asLong(b);
            long r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) {
                return BigInteger.valueOf(x).subtract(BigInteger.valueOf(y));
            }
            return r;
        }
        return normalize(big(a).subtract(big(b)));
    }

    @TruffleBoundary
    public static Object mul(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long x = asLong(a);
            long y = asLong(b);
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return lo;
            }
            return BigInteger.valueOf(x).multiply(BigInteger.valueOf(y));
        }
        return normalize(big(a).multiply(big(b)));
    }

    @TruffleBoundary
    public static Object floorDiv(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long x = asLong(a);
            long y = asLong(b);
            if (y == 0) {
                throw PException.raise(ExceptionClasses.ZeroDivisionError, "integer division or modulo by zero");
            }
            if (x == Long.MIN_VALUE && y == -1) {
                return BigInteger.valueOf(x).negate();
            }
            return Math.floorDiv(x, y);
        }
        BigInteger y = big(b);
        if (y.signum() == 0) {
            throw PException.raise(ExceptionClasses.ZeroDivisionError, "integer division or modulo by zero");
        }
        BigInteger[] qr = big(a).divideAndRemainder(y);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
            q = q.subtract(BigInteger.ONE);
        }
        return normalize(q);
    }

    /** Int {@code %}; its zero-divisor message differs from {@code //} and divmod, as in CPython 3.13. */
    @TruffleBoundary
    public static Object mod(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long x = asLong(a);
            long y = asLong(b);
            if (y == 0) {
                throw PException.raise(ExceptionClasses.ZeroDivisionError, "integer modulo by zero");
            }
            if (y == -1) {
                return 0L;
            }
            return Math.floorMod(x, y);
        }
        BigInteger y = big(b);
        if (y.signum() == 0) {
            throw PException.raise(ExceptionClasses.ZeroDivisionError, "integer modulo by zero");
        }
        BigInteger r = big(a).mod(y.abs());
        if (y.signum() < 0 && r.signum() != 0) {
            r = r.add(y);
        }
        return normalize(r);
    }

    @TruffleBoundary
    public static double trueDiv(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long x = asLong(a);
            long y = asLong(b);
            if (y == 0) {
                throw PException.raise(ExceptionClasses.ZeroDivisionError, "division by zero");
            }
            if (Math.abs(x) < (1L << 53) && Math.abs(y) < (1L << 53)) {
                return (double) x / (double) y;
            }
        }
        BigInteger y = big(b);
        if (y.signum() == 0) {
            throw PException.raise(ExceptionClasses.ZeroDivisionError, "division by zero");
        }
        BigDecimal q = new BigDecimal(big(a)).divide(new BigDecimal(y), MathContext.DECIMAL128);
        double d = q.doubleValue();
        if (Double.isInfinite(d)) {
            throw PException.raise(ExceptionClasses.OverflowError, "integer division result too large for a float");
        }
        return d;
    }

    @TruffleBoundary
    public static Object pow(Object a, Object b) {
        BigInteger e = big(b);
        if (e.signum() < 0) {
            double base = toDouble(a);
            if (base == 0.0) {
                throw PException.raise(ExceptionClasses.ZeroDivisionError, "zero to a negative power");
            }
            return Math.pow(base, e.doubleValue());
        }
        BigInteger base = big(a);
        if (e.bitLength() > 31) {
            if (base.abs().compareTo(BigInteger.ONE) <= 0) {
                return normalize(base.signum() == -1 && e.testBit(0) ? base : base.abs());
            }
            throw PException.raise(ExceptionClasses.MemoryError, "");
        }
        return normalize(base.pow(e.intValue()));
    }

    @TruffleBoundary
    public static Object powMod(Object a, Object b, Object m) {
        BigInteger mod = big(m);
        if (mod.signum() == 0) {
            throw PException.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger e = big(b);
        BigInteger base = big(a);
        BigInteger am = mod.abs();
        BigInteger r;
        if (e.signum() < 0) {
            try {
                r = base.modInverse(am).modPow(e.negate(), am);
            } catch (ArithmeticException ex) {
                throw PException.valueError("base is not invertible for the given modulus");
            }
        } else {
            r = base.modPow(e, am);
        }
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.add(mod);
        }
        return normalize(r);
    }

    @TruffleBoundary
    public static Object lshift(Object a, Object b) {
        BigInteger s = big(b);
        if (s.signum() < 0) {
            throw PException.valueError("negative shift count");
        }
        if (fitsLong(a) && fitsLong(b)) {
            long x = asLong(a);
            long n = asLong(b);
            if (x == 0) {
                return 0L;
            }
            if (n < 63 && Long.numberOfLeadingZeros(Math.abs(x)) > n + 1) {
                return x << n;
            }
        }
        if (s.bitLength() > 31) {
            throw PException.raise(ExceptionClasses.OverflowError, "too many digits in integer");
        }
        return normalize(big(a).shiftLeft(s.intValue()));
    }

    @TruffleBoundary
    public static Object rshift(Object a, Object b) {
        BigInteger s = big(b);
        if (s.signum() < 0) {
            throw PException.valueError("negative shift count");
        }
        if (fitsLong(a) && fitsLong(b)) {
            long n = asLong(b);
            return asLong(a) >> Math.min(n, 63);
        }
        if (s.bitLength() > 31) {
            return big(a).signum() < 0 ? -1L : 0L;
        }
        return normalize(big(a).shiftRight(s.intValue()));
    }

    public static Object and(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            return asLong(a) & asLong(b);
        }
        return normalize(big(a).and(big(b)));
    }

    public static Object or(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            return asLong(a) | asLong(b);
        }
        return normalize(big(a).or(big(b)));
    }

    public static Object xor(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            return asLong(a) ^ asLong(b);
        }
        return normalize(big(a).xor(big(b)));
    }

    public static Object neg(Object a) {
        if (fitsLong(a)) {
            long x = asLong(a);
            if (x == Long.MIN_VALUE) {
                return BigInteger.valueOf(x).negate();
            }
            return -x;
        }
        return normalize(big(a).negate());
    }

    public static int compareInts(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            return Long.compare(asLong(a), asLong(b));
        }
        return big(a).compareTo(big(b));
    }

    /** Compares an int or float with an int or float exactly (no precision loss for big ints). */
    @TruffleBoundary
    public static int compareNumbers(Object a, Object b) {
        if (isInt(a) && isInt(b)) {
            return compareInts(a, b);
        }
        if (a instanceof Double da && b instanceof Double db) {
            // primitive comparison: NaN is unordered (2) and -0.0 == 0.0
            double p = da;
            double q = db;
            return p == q ? 0 : (p < q ? -1 : (p > q ? 1 : 2));
        }
        if (a instanceof Double da) {
            return fitsLong(b) ? compareDoubleLong(da, asLong(b)) : compareDoubleBig(da, (BigInteger) b);
        }
        int r = fitsLong(a) ? compareDoubleLong((Double) b, asLong(a)) : compareDoubleBig((Double) b, (BigInteger) a);
        return r == 2 ? 2 : -r;
    }

    /**
     * Compares a float with an int exactly: -1, 0, 1, or 2 when {@code x} is NaN. No allocation: rounding
     * {@code l} to a double is monotonic, so a difference after rounding is the true order; when they round
     * equal, {@code x} is integral and compares as a long (java.math here cost 30 ms of class initialization
     * the first time a script compared a float with an int).
     */
    public static int compareDoubleLong(double x, long l) {
        if (x != x) {
            return 2;
        }
        double dl = l;
        if (x != dl) {
            return x < dl ? -1 : 1;
        }
        if (x >= 0x1p63) {
            return 1;
        }
        return Long.compare((long) x, l);
    }

    @TruffleBoundary
    private static int compareDoubleBig(double x, BigInteger b) {
        if (x != x) {
            return 2;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? 1 : -1;
        }
        double db = b.doubleValue();
        if (x != db && !Double.isInfinite(db)) {
            return x < db ? -1 : 1;
        }
        return new BigDecimal(x).compareTo(new BigDecimal(b));
    }

    // --------------------------------------------------------------- float arithmetic

    public static double floatFloorDiv(double x, double y) {
        if (y == 0.0) {
            throw PException.raise(ExceptionClasses.ZeroDivisionError, "float floor division by zero");
        }
        double mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0.0 && ((y < 0) != (mod < 0))) {
            div -= 1.0;
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, x / y);
        }
        return floordiv;
    }

    public static double floatMod(double x, double y) {
        if (y == 0.0) {
            throw PException.raise(ExceptionClasses.ZeroDivisionError, "float modulo by zero");
        }
        double mod = x % y;
        if (mod != 0.0) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
            }
        } else {
            mod = Math.copySign(0.0, y);
        }
        return mod;
    }

    @TruffleBoundary
    public static Object floatPow(double x, double y) {
        if (x == 0.0 && y < 0) {
            throw PException.raise(ExceptionClasses.ZeroDivisionError, "zero to a negative power");
        }
        if (x < 0 && y != Math.rint(y) && !Double.isInfinite(y)) {
            return PComplex.pow(x, y); // Python 3: a negative base with a fractional exponent gives a complex
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw PException.raise(ExceptionClasses.OverflowError, "(34, 'Numerical result out of range')");
        }
        return r;
    }

    // --------------------------------------------------------------- hashing (CPython's numeric hash)

    public static long hashLong(long v) {
        long a = Math.abs(v);
        long h;
        if (v == Long.MIN_VALUE) {
            return hashBig(BigInteger.valueOf(v));
        }
        h = a % MODULUS;
        if (v < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    @TruffleBoundary
    public static long hashBig(BigInteger b) {
        long h = b.abs().mod(BigInteger.valueOf(MODULUS)).longValue();
        if (b.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    @TruffleBoundary
    public static long hashDouble(double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? 314159 : -314159;
        }
        if (Double.isNaN(d)) {
            return 0;
        }
        if (d == Math.rint(d) && Math.abs(d) < 9.2e18) {
            return hashLong((long) d);
        }
        int sign = 1;
        double m = d;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        int e = Math.getExponent(m) + 1;
        m = m / Math.scalb(1.0, e);
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & MODULUS) | x >>> (61 - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }
}
