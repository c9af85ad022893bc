package org.kairos.runtime.lib;

import java.math.BigInteger;

/**
 * The {@code math} module with CPython's results and error messages. Float parameters accept any
 * Python real primitive via {@link PyArith#toDouble}; int results are {@code Long}/{@code BigInteger}.
 */
public final class PyMath {
    private PyMath() {
    }

    public static final double PI = Math.PI;
    public static final double E = Math.E;
    public static final double TAU = 2 * Math.PI;
    public static final double INF = Double.POSITIVE_INFINITY;
    public static final double NAN = Double.NaN;

    private static final double LN2 = 0.6931471805599453;

    static PyLibError domainError() {
        return PyLibError.valueError("math domain error");
    }

    static PyLibError rangeError() {
        return PyLibError.overflow("math range error");
    }

    /** Applies CPython's errno conventions to a libm result: NaN from non-NaN is a domain error. */
    private static double checked(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? rangeError() : domainError();
        }
        return r;
    }

    // ============================================================== integer-valued

    /** {@code math.floor(x)}: ints are returned unchanged (bool as 0/1). */
    public static Object floor(Object x) {
        if (PyArith.isInt(x)) {
            return PyArith.index(x);
        }
        return PyArith.floatToInt(Math.floor(PyArith.toDouble(x)));
    }

    /** {@code math.ceil(x)}. */
    public static Object ceil(Object x) {
        if (PyArith.isInt(x)) {
            return PyArith.index(x);
        }
        return PyArith.floatToInt(Math.ceil(PyArith.toDouble(x)));
    }

    /** {@code math.trunc(x)}. */
    public static Object trunc(Object x) {
        if (PyArith.isInt(x)) {
            return PyArith.index(x);
        }
        return PyArith.floatToInt(PyArith.toDouble(x));
    }

    /** {@code math.isqrt(n)}: exact floor square root. */
    public static Object isqrt(Object n) {
        Object v = PyArith.index(n);
        if (PyArith.signum(v) < 0) {
            throw PyLibError.valueError("isqrt() argument must be nonnegative");
        }
        return PyArith.normalize(PyArith.toBigInteger(v).sqrt());
    }

    /** {@code math.gcd(*integers)}; no arguments gives 0. */
    public static Object gcd(Object... xs) {
        BigInteger g = BigInteger.ZERO;
        long lg = 0;
        boolean big = false;
        for (Object o : xs) {
            Object v = PyArith.index(o);
            if (!big && v instanceof Long l && l != Long.MIN_VALUE) {
                long a = Math.abs(l);
                long b = lg;
                while (b != 0) {
                    long t = a % b;
                    a = b;
                    b = t;
                }
                lg = a;
            } else {
                if (!big) {
                    g = BigInteger.valueOf(lg);
                    big = true;
                }
                g = g.gcd(PyArith.toBigInteger(v));
            }
        }
        return big ? PyArith.normalize(g) : (Object) lg;
    }

    /** {@code math.lcm(*integers)}; no arguments gives 1, any zero gives 0. */
    public static Object lcm(Object... xs) {
        BigInteger l = BigInteger.ONE;
        for (Object o : xs) {
            BigInteger v = PyArith.toBigInteger(PyArith.index(o)).abs();
            if (v.signum() == 0) {
                l = BigInteger.ZERO;
                continue; // still type-check the remaining arguments
            }
            if (l.signum() != 0) {
                l = l.divide(l.gcd(v)).multiply(v);
            }
        }
        return PyArith.normalize(l);
    }

    /** {@code math.factorial(n)}. */
    public static Object factorial(Object n) {
        Object v = PyArith.index(n);
        if (PyArith.signum(v) < 0) {
            throw PyLibError.valueError("factorial() not defined for negative values");
        }
        if (v instanceof BigInteger) {
            throw PyLibError.overflow("factorial() argument should not exceed 9223372036854775807");
        }
        long k = (Long) v;
        if (k <= 20) {
            long r = 1;
            for (long i = 2; i <= k; i++) {
                r *= i;
            }
            return r;
        }
        return PyArith.normalize(product(BigInteger.ONE, k));
    }

    /** Product of lo+0 .. lo+(count-1) (lo > 0), by binary splitting so the multiplications balance. */
    private static BigInteger product(BigInteger lo, long count) {
        if (count <= 0) {
            return BigInteger.ONE;
        }
        if (count <= 16) {
            BigInteger r = lo;
            for (long i = 1; i < count; i++) {
                r = r.multiply(lo.add(BigInteger.valueOf(i)));
            }
            return r;
        }
        long half = count / 2;
        return product(lo, half).multiply(product(lo.add(BigInteger.valueOf(half)), count - half));
    }

    /** {@code math.perm(n, k=None)}; pass null for k. */
    public static Object perm(Object n, Object k) {
        if (k == null) {
            return factorial(n);
        }
        Object nv = PyArith.index(n);
        Object kv = PyArith.index(k);
        if (PyArith.signum(nv) < 0) {
            throw PyLibError.valueError("n must be a non-negative integer");
        }
        if (PyArith.signum(kv) < 0) {
            throw PyLibError.valueError("k must be a non-negative integer");
        }
        if (PyArith.compare(kv, nv) > 0) {
            return 0L;
        }
        if (kv instanceof BigInteger) {
            throw PyLibError.overflow("k must not exceed 9223372036854775807");
        }
        long kk = (Long) kv;
        BigInteger bn = PyArith.toBigInteger(nv);
        return PyArith.normalize(product(bn.subtract(BigInteger.valueOf(kk)).add(BigInteger.ONE), kk));
    }

    /** {@code math.comb(n, k)}. */
    public static Object comb(Object n, Object k) {
        Object nv = PyArith.index(n);
        Object kv = PyArith.index(k);
        if (PyArith.signum(nv) < 0) {
            throw PyLibError.valueError("n must be a non-negative integer");
        }
        if (PyArith.signum(kv) < 0) {
            throw PyLibError.valueError("k must be a non-negative integer");
        }
        if (PyArith.compare(kv, nv) > 0) {
            return 0L;
        }
        BigInteger bn = PyArith.toBigInteger(nv);
        BigInteger bk = PyArith.toBigInteger(kv);
        BigInteger other = bn.subtract(bk);
        if (other.compareTo(bk) < 0) {
            bk = other;
        }
        if (bk.bitLength() > 63) {
            throw PyLibError.overflow("min(n - k, k) must not exceed 9223372036854775807");
        }
        long kk = bk.longValue();
        BigInteger num = product(bn.subtract(bk).add(BigInteger.ONE), kk);
        return PyArith.normalize(num.divide(product(BigInteger.ONE, kk)));
    }

    // ============================================================== sums and products

    /** {@code math.fsum(iterable)}: the correctly rounded sum (Shewchuk's exact partials). */
    public static double fsum(Iterable<?> xs) {
        double[] partials = new double[8];
        int n = 0;
        double specialSum = 0.0;
        double infSum = 0.0;
        for (Object o : xs) {
            double x = PyArith.toDouble(o);
            double xsave = x;
            int i = 0;
            // Add x into the non-overlapping partials, keeping every rounding error exactly.
            for (int j = 0; j < n; j++) {
                double y = partials[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    partials[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    if (Double.isFinite(xsave)) {
                        throw PyLibError.overflow("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n == partials.length) {
                        partials = java.util.Arrays.copyOf(partials, n * 2);
                    }
                    partials[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw PyLibError.valueError("-inf + inf in fsum");
            }
            return specialSum;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = partials[--n];
            double lo = 0.0;
            // Sum from the top until the result is inexact.
            while (n > 0) {
                double x = hi;
                double y = partials[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            // Half-way case: the next partial decides the direction of rounding.
            if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return hi;
    }

    /** {@code math.fsum} over a double array. */
    public static double fsum(double[] xs) {
        java.util.List<Double> l = new java.util.ArrayList<>(xs.length);
        for (double d : xs) {
            l.add(d);
        }
        return fsum(l);
    }

    /**
     * {@code math.prod(iterable, start=1)} for numeric primitives: ints stay exact, any float makes
     * the running product a float. Non-numeric operands raise TypeError (the runtime handles
     * objects with {@code __mul__} itself).
     */
    public static Object prod(Iterable<?> xs, Object start) {
        Object acc = start;
        for (Object o : xs) {
            acc = multiply(acc, o);
        }
        return acc;
    }

    /** Python {@code a * b} for int/bool/float primitives. */
    public static Object multiply(Object a, Object b) {
        if (PyArith.isInt(a) && PyArith.isInt(b)) {
            return PyArith.mul(a, b);
        }
        if ((a instanceof Double || PyArith.isInt(a)) && (b instanceof Double || PyArith.isInt(b))) {
            return PyArith.toDouble(a) * PyArith.toDouble(b);
        }
        throw PyLibError.typeError("unsupported operand type(s) for *: '" + PyArith.typeName(a) + "' and '"
                        + PyArith.typeName(b) + "'");
    }

    /** {@code math.isclose(a, b, rel_tol=1e-09, abs_tol=0.0)}. */
    public static boolean isclose(double a, double b, double relTol, double absTol) {
        if (relTol < 0.0 || absTol < 0.0) {
            throw PyLibError.valueError("tolerances must be non-negative");
        }
        if (a == b) {
            return true; // also covers equal infinities
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        double diff = Math.abs(b - a);
        return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
    }

    /** {@code math.isclose(a, b)} with default tolerances. */
    public static boolean isclose(double a, double b) {
        return isclose(a, b, 1e-09, 0.0);
    }

    /** {@code math.hypot(*coordinates)}: the correctly rounded Euclidean norm. */
    public static double hypot(double... coords) {
        boolean sawNan = false;
        for (double c : coords) {
            if (Double.isInfinite(c)) {
                return Double.POSITIVE_INFINITY; // inf wins even over nan
            }
            sawNan |= Double.isNaN(c);
        }
        if (sawNan) {
            return Double.NaN;
        }
        // Exact sum of squares as S * 2**(2*emin), then a correctly rounded square root.
        int emin = Integer.MAX_VALUE;
        for (double c : coords) {
            if (c != 0.0) {
                emin = Math.min(emin, lowExponent(c));
            }
        }
        if (emin == Integer.MAX_VALUE) {
            return 0.0;
        }
        BigInteger s = BigInteger.ZERO;
        for (double c : coords) {
            if (c != 0.0) {
                BigInteger m = BigInteger.valueOf(mantissa(c)).shiftLeft(lowExponent(c) - emin);
                s = s.add(m.multiply(m));
            }
        }
        int shift = Math.max(0, (112 - s.bitLength() + 1) / 2);
        BigInteger t = s.shiftLeft(2 * shift);
        BigInteger r = t.sqrt();
        boolean sticky = !r.multiply(r).equals(t);
        return PyArith.roundToDouble(r, (long) emin - shift, sticky);
    }

    /** |x| = mantissa(x) * 2**lowExponent(x) for finite non-zero x. */
    private static long mantissa(double x) {
        long bits = Double.doubleToRawLongBits(x);
        long mant = bits & 0xfffffffffffffL;
        return ((bits >>> 52) & 0x7ff) == 0 ? mant : mant | (1L << 52);
    }

    private static int lowExponent(double x) {
        int rawExp = (int) ((Double.doubleToRawLongBits(x) >>> 52) & 0x7ff);
        return rawExp == 0 ? -1074 : rawExp - 1075;
    }

    /** {@code math.dist(p, q)}. */
    public static double dist(double[] p, double[] q) {
        if (p.length != q.length) {
            throw PyLibError.valueError("both points must have the same number of dimensions");
        }
        double[] d = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            d[i] = p[i] - q[i];
        }
        return hypot(d);
    }

    // ============================================================== powers and logarithms

    /** {@code math.sqrt(x)}. */
    public static double sqrt(Object x) {
        double d = PyArith.toDouble(x);
        if (d < 0) {
            throw domainError();
        }
        return Math.sqrt(d);
    }

    /** {@code math.cbrt(x)}. */
    public static double cbrt(double x) {
        return Math.cbrt(x);
    }

    /** {@code math.exp(x)}. */
    public static double exp(double x) {
        return checked(x, Math.exp(x), true);
    }

    /** {@code math.exp2(x)}. */
    public static double exp2(double x) {
        return checked(x, Math.pow(2.0, x), true);
    }

    /** {@code math.expm1(x)}. */
    public static double expm1(double x) {
        return checked(x, StrictMath.expm1(x), true);
    }

    private interface DoubleFn {
        double apply(double x);
    }

    /** Logarithm of an int or float; huge ints are split as m * 2**e so they never overflow. */
    private static double logHelper(Object x, DoubleFn fn) {
        if (x instanceof BigInteger b) {
            if (b.signum() <= 0) {
                throw domainError();
            }
            double d = b.doubleValue();
            if (Double.isInfinite(d)) {
                int e = b.bitLength();
                // m in [0.5, 1): the top 64 bits give far more precision than a double needs.
                double m = b.shiftRight(e - 64).doubleValue() / 0x1p64;
                return fn.apply(m) + fn.apply(2.0) * e;
            }
            return logChecked(d, fn);
        }
        return logChecked(PyArith.toDouble(x), fn);
    }

    private static double logChecked(double d, DoubleFn fn) {
        if (Double.isNaN(d)) {
            return d;
        }
        if (d <= 0.0) {
            throw domainError();
        }
        return fn.apply(d);
    }

    /** {@code math.log(x)}. */
    public static double log(Object x) {
        return logHelper(x, Math::log);
    }

    /** {@code math.log(x, base)}. */
    public static double log(Object x, Object base) {
        double num = logHelper(x, Math::log);
        double den = logHelper(base, Math::log);
        if (den == 0.0) {
            throw PyLibError.zeroDivision("float division by zero");
        }
        return num / den;
    }

    /** {@code math.log10(x)}. */
    public static double log10(Object x) {
        return logHelper(x, Math::log10);
    }

    /** {@code math.log2(x)}. */
    public static double log2(Object x) {
        return logHelper(x, PyMath::log2Positive);
    }

    /** log2 of a positive double: exact for powers of two, otherwise e + log(m)/ln 2 with m near 1. */
    private static double log2Positive(double x) {
        if (Double.isInfinite(x)) {
            return x;
        }
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) { // subnormal: renormalise first
            return log2Positive(x * 0x1p64) - 64;
        }
        double m = Math.scalb(x, -e); // [1, 2)
        if (m == 1.0) {
            return e;
        }
        if (m > Math.sqrt(2.0)) {
            m /= 2; // exact; keeps log(m) small so adding e loses nothing
            e += 1;
        }
        return e + Math.log(m) / LN2;
    }

    /** {@code math.log1p(x)}. */
    public static double log1p(double x) {
        if (x <= -1.0) {
            throw domainError();
        }
        return StrictMath.log1p(x);
    }

    /** {@code math.pow(x, y)}: C99 special cases; errors instead of inf/nan for finite inputs. */
    public static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) {
                return y == 0.0 ? 1.0 : x;
            }
            if (Double.isNaN(y)) {
                return x == 1.0 ? 1.0 : y;
            }
            if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (x > 0) {
                    return y > 0 ? x : (y == 0 ? 1.0 : 0.0);
                }
                if (y == 0) {
                    return 1.0;
                }
                return y > 0 ? (oddY ? x : Math.abs(x)) : (oddY ? Math.copySign(0.0, x) : 0.0);
            }
            // y infinite, x finite
            double ax = Math.abs(x);
            if (ax == 1.0) {
                return 1.0;
            }
            if (y > 0 && ax > 1.0 || y < 0 && ax < 1.0) {
                return Double.POSITIVE_INFINITY;
            }
            return 0.0;
        }
        if (y == 0.0 || x == 1.0) {
            return 1.0;
        }
        if (x == 0.0 && y < 0) {
            throw domainError();
        }
        if (x < 0 && y != Math.floor(y)) {
            throw domainError();
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r)) {
            throw rangeError();
        }
        return r;
    }

    // ============================================================== float manipulation

    /** {@code math.fabs(x)}. */
    public static double fabs(double x) {
        return Math.abs(x);
    }

    /** {@code math.copysign(x, y)}. */
    public static double copysign(double x, double y) {
        return Math.copySign(x, y);
    }

    /** {@code math.fmod(x, y)}: C fmod (sign of x). */
    public static double fmod(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (Double.isInfinite(x) || y == 0.0) {
            throw domainError();
        }
        if (Double.isInfinite(y)) {
            return x;
        }
        return x % y;
    }

    /** {@code math.remainder(x, y)}: IEEE 754 remainder (quotient rounded half-even). */
    public static double remainder(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (Double.isInfinite(x) || y == 0.0) {
            throw domainError();
        }
        if (Double.isInfinite(y)) {
            return x;
        }
        return Math.IEEEremainder(x, y);
    }

    /** {@code math.modf(x)} as {fractional part, integer part}, both carrying x's sign. */
    public static double[] modf(double x) {
        if (Double.isInfinite(x)) {
            return new double[] {Math.copySign(0.0, x), x};
        }
        if (Double.isNaN(x)) {
            return new double[] {x, x};
        }
        double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
        return new double[] {Math.copySign(x - ip, x), ip};
    }

    /** Result of {@link #frexp}: {@code x == mantissa * 2**exponent}, 0.5 <= |mantissa| < 1. */
    public record Frexp(double mantissa, long exponent) {
    }

    /** {@code math.frexp(x)}. */
    public static Frexp frexp(double x) {
        if (x == 0.0 || !Double.isFinite(x)) {
            return new Frexp(x, 0);
        }
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) {
            Frexp f = frexp(x * 0x1p64);
            return new Frexp(f.mantissa(), f.exponent() - 64);
        }
        return new Frexp(Math.scalb(x, -(e + 1)), e + 1);
    }

    /** {@code math.ldexp(x, i)}; i must be an int. */
    public static double ldexp(double x, Object i) {
        if (i instanceof Double) {
            throw PyLibError.typeError("Expected an int as second argument to ldexp.");
        }
        Object iv = PyArith.index(i);
        if (x == 0.0 || !Double.isFinite(x)) {
            return x;
        }
        long e;
        if (iv instanceof BigInteger b) {
            e = b.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        } else {
            e = (Long) iv;
        }
        if (e > 5000) {
            throw rangeError();
        }
        if (e < -5000) {
            return Math.copySign(0.0, x);
        }
        double r = Math.scalb(x, (int) e);
        if (Double.isInfinite(r)) {
            throw rangeError();
        }
        return r;
    }

    /** {@code math.nextafter(x, y)}. */
    public static double nextafter(double x, double y) {
        return Math.nextAfter(x, y);
    }

    /** {@code math.ulp(x)}. */
    public static double ulp(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        x = Math.abs(x);
        if (Double.isInfinite(x)) {
            return x;
        }
        if (x == Double.MAX_VALUE) {
            return x - Math.nextDown(x);
        }
        return Math.nextUp(x) - x;
    }

    // ============================================================== trigonometry

    public static double sin(double x) {
        return checked(x, Math.sin(x), false);
    }

    public static double cos(double x) {
        return checked(x, Math.cos(x), false);
    }

    public static double tan(double x) {
        return checked(x, Math.tan(x), false);
    }

    public static double asin(double x) {
        return checked(x, Math.asin(x), false);
    }

    public static double acos(double x) {
        return checked(x, Math.acos(x), false);
    }

    public static double atan(double x) {
        return Math.atan(x);
    }

    public static double atan2(double y, double x) {
        return Math.atan2(y, x);
    }

    // The hyperbolic functions follow the classic fdlibm formulas (StrictMath), which is also what
    // glibc uses for them, so results agree with CPython on Linux to the last bit.

    public static double sinh(double x) {
        if (!Double.isFinite(x)) {
            return x;
        }
        double a = Math.abs(x);
        double h = x < 0 ? -0.5 : 0.5;
        if (a < 22.0) {
            if (a < 0x1p-28) {
                return x;
            }
            double t = StrictMath.expm1(a);
            return a < 1.0 ? h * (2.0 * t - t * t / (t + 1.0)) : h * (t + t / (t + 1.0));
        }
        return Math.copySign(halfExp(a), x);
    }

    public static double cosh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a < 0.5 * LN2) {
            double t = StrictMath.expm1(a);
            double w = 1.0 + t;
            return 1.0 + (t * t) / (w + w);
        }
        if (a < 22.0) {
            double t = Math.exp(a);
            return 0.5 * t + 0.5 / t;
        }
        return halfExp(a);
    }

    /** exp(a) / 2 for a >= 22 without premature overflow; OverflowError if the result overflows. */
    private static double halfExp(double a) {
        if (Double.isInfinite(a)) {
            return a;
        }
        if (a < 709.782712893384) { // log(Double.MAX_VALUE)
            return 0.5 * Math.exp(a);
        }
        double w = Math.exp(0.5 * a);
        double r = (0.5 * w) * w;
        if (Double.isInfinite(r)) {
            throw rangeError();
        }
        return r;
    }

    public static double tanh(double x) {
        return StrictMath.tanh(x);
    }

    public static double asinh(double x) {
        if (!Double.isFinite(x) || x == 0.0) {
            return x;
        }
        double a = Math.abs(x);
        double r;
        if (a > 0x1p28) {
            r = StrictMath.log(a) + LN2;
        } else if (a > 2.0) {
            r = StrictMath.log(2.0 * a + 1.0 / (Math.sqrt(x * x + 1.0) + a));
        } else {
            double t = x * x;
            r = StrictMath.log1p(a + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(r, x);
    }

    public static double acosh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 1.0) {
            throw domainError();
        }
        if (x >= 0x1p28) {
            return Double.isInfinite(x) ? x : StrictMath.log(x) + LN2;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (x > 2.0) {
            return StrictMath.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        }
        double t = x - 1.0;
        return StrictMath.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    public static double atanh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a >= 1.0) {
            throw domainError();
        }
        double t;
        if (a < 0.5) {
            t = a + a;
            t = 0.5 * StrictMath.log1p(t + t * a / (1.0 - a));
        } else {
            t = 0.5 * StrictMath.log1p((a + a) / (1.0 - a));
        }
        return Math.copySign(t, x);
    }

    /** {@code math.degrees(x)}. */
    public static double degrees(double x) {
        return x * (180.0 / Math.PI);
    }

    /** {@code math.radians(x)}. */
    public static double radians(double x) {
        return x * (Math.PI / 180.0);
    }

    // ============================================================== classification

    public static boolean isfinite(double x) {
        return Double.isFinite(x);
    }

    public static boolean isinf(double x) {
        return Double.isInfinite(x);
    }

    public static boolean isnan(double x) {
        return Double.isNaN(x);
    }
}
