package org.kairos.runtime.lib;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Python numeric semantics for the runtime's int and float operators: Python's floor-division
 * sign rules, exact int powers, correctly rounded int true division, {@code round()},
 * int/float conversions and a few {@code int}/{@code float} methods.
 *
 * <p>Ints are {@code Long} or {@code BigInteger} (BigInteger only outside long range; every result
 * is normalised), bools are {@code Boolean} and act as 0/1, floats are {@code Double}.
 */
public final class PyArith {
    private PyArith() {
    }

    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    // ============================================================== representation helpers

    /** Returns a Long when the value fits, else the BigInteger itself. */
    public static Object normalize(BigInteger v) {
        return v.bitLength() <= 63 ? (Object) v.longValue() : v;
    }

    /** True for Python ints: Long, BigInteger, Boolean (plus Integer for convenience). */
    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean || o instanceof Integer;
    }

    /** Any int-like value as a BigInteger. */
    public static BigInteger toBigInteger(Object o) {
        if (o instanceof BigInteger b) {
            return b;
        }
        return BigInteger.valueOf(asLong(o));
    }

    /** The long value of a Long/Boolean/Integer (not BigInteger). */
    static long toBigIntegerOrLong(Object o) {
        return asLong(o);
    }

    private static long asLong(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (o instanceof Integer i) {
            return i;
        }
        throw new ClassCastException("not a Long/Boolean: " + o);
    }

    /** Python type name of a primitive value, for error messages. */
    public static String typeName(Object o) {
        if (o == null) {
            return "NoneType";
        }
        if (o instanceof Boolean) {
            return "bool";
        }
        if (o instanceof Long || o instanceof BigInteger || o instanceof Integer) {
            return "int";
        }
        if (o instanceof Double) {
            return "float";
        }
        if (o instanceof String) {
            return "str";
        }
        if (o instanceof byte[]) {
            return "bytes";
        }
        if (o instanceof java.util.List) {
            return "list";
        }
        return o.getClass().getSimpleName();
    }

    /** {@code str()} of an int, bool or float value (floats via {@link #floatRepr}). */
    public static String str(Object o) {
        if (o instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (o instanceof Double d) {
            return floatRepr(d);
        }
        return String.valueOf(o);
    }

    /**
     * {@code operator.index(o)} for primitive values: ints pass through (bool becomes 0/1), anything
     * else raises CPython's TypeError. The runtime handles {@code __index__} of user objects first.
     */
    public static Object index(Object o) {
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        }
        if (o instanceof Boolean || o instanceof Integer) {
            return asLong(o);
        }
        throw PyLibError.typeError("'" + typeName(o) + "' object cannot be interpreted as an integer");
    }

    /** Sign of an int: -1, 0 or 1. */
    public static int signum(Object a) {
        if (a instanceof BigInteger b) {
            return b.signum();
        }
        return Long.signum(asLong(a));
    }

    /** Compares two ints. */
    public static int compare(Object a, Object b) {
        if (!(a instanceof BigInteger) && !(b instanceof BigInteger)) {
            return Long.compare(asLong(a), asLong(b));
        }
        return toBigInteger(a).compareTo(toBigInteger(b));
    }

    // ============================================================== int arithmetic

    /** int + int. */
    public static Object add(Object a, Object b) {
        if (!(a instanceof BigInteger) && !(b instanceof BigInteger)) {
            long x = asLong(a);
            long y = asLong(b);
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) {
                return r;
            }
        }
        return normalize(toBigInteger(a).add(toBigInteger(b)));
    }

    /** int - int. */
    public static Object sub(Object a, Object b) {
        if (!(a instanceof BigInteger) && !(b instanceof BigInteger)) {
            long x = asLong(a);
            long y = asLong(b);
            long r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) {
                return r;
            }
        }
        return normalize(toBigInteger(a).subtract(toBigInteger(b)));
    }

    /** int * int. */
    public static Object mul(Object a, Object b) {
        if (!(a instanceof BigInteger) && !(b instanceof BigInteger)) {
            long x = asLong(a);
            long y = asLong(b);
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return lo;
            }
        }
        return normalize(toBigInteger(a).multiply(toBigInteger(b)));
    }

    /** -int. */
    public static Object neg(Object a) {
        if (!(a instanceof BigInteger)) {
            long x = asLong(a);
            if (x != Long.MIN_VALUE) {
                return -x;
            }
        }
        return normalize(toBigInteger(a).negate());
    }

    /** abs(int). */
    public static Object abs(Object a) {
        return signum(a) < 0 ? neg(a) : index(a);
    }

    /** Python {@code a // b} for longs; null-free but may overflow only for MIN // -1 (see Object overload). */
    public static long floorDiv(long a, long b) {
        if (b == 0) {
            throw PyLibError.zeroDivision("integer division or modulo by zero");
        }
        return Math.floorDiv(a, b);
    }

    /** Python {@code a % b} for longs (result has the sign of b). */
    public static long floorMod(long a, long b) {
        if (b == 0) {
            throw PyLibError.zeroDivision("integer modulo by zero");
        }
        return Math.floorMod(a, b);
    }

    /** Python {@code a // b} for BigIntegers (result not normalised). */
    public static BigInteger floorDiv(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw PyLibError.zeroDivision("integer division or modulo by zero");
        }
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    /** Python {@code a % b} for BigIntegers (result not normalised). */
    public static BigInteger floorMod(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw PyLibError.zeroDivision("integer modulo by zero");
        }
        BigInteger r = a.remainder(b);
        if (r.signum() != 0 && r.signum() != b.signum()) {
            r = r.add(b);
        }
        return r;
    }

    /** Python {@code a // b} for any ints. */
    public static Object floorDiv(Object a, Object b) {
        if (!(a instanceof BigInteger) && !(b instanceof BigInteger)) {
            long x = asLong(a);
            long y = asLong(b);
            if (!(x == Long.MIN_VALUE && y == -1)) {
                return floorDiv(x, y);
            }
        }
        return normalize(floorDiv(toBigInteger(a), toBigInteger(b)));
    }

    /** Python {@code a % b} for any ints. */
    public static Object floorMod(Object a, Object b) {
        if (!(a instanceof BigInteger) && !(b instanceof BigInteger)) {
            return floorMod(asLong(a), asLong(b));
        }
        return normalize(floorMod(toBigInteger(a), toBigInteger(b)));
    }

    /** Python {@code divmod(a, b)} for ints: {quotient, remainder}. */
    public static Object[] divmod(Object a, Object b) {
        if (signum(b) == 0) {
            throw PyLibError.zeroDivision("integer division or modulo by zero");
        }
        return new Object[] {floorDiv(a, b), floorMod(a, b)};
    }

    /** Python {@code a / b} for ints: correctly rounded even for huge operands. */
    public static double trueDivide(Object a, Object b) {
        if (signum(b) == 0) {
            throw PyLibError.zeroDivision("division by zero");
        }
        if (!(a instanceof BigInteger) && !(b instanceof BigInteger)) {
            long x = asLong(a);
            long y = asLong(b);
            // Both exactly representable: one IEEE division is correctly rounded.
            if (Math.abs(x) <= (1L << 53) && Math.abs(y) <= (1L << 53)) {
                return (double) x / (double) y;
            }
        }
        BigInteger n = toBigInteger(a);
        BigInteger d = toBigInteger(b);
        boolean negative = n.signum() * d.signum() < 0;
        n = n.abs();
        d = d.abs();
        if (n.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        // Scale so the integer quotient carries at least 55 significant bits, then round once.
        long shift = 55L - (n.bitLength() - d.bitLength());
        if (shift > 0) {
            n = n.shiftLeft((int) shift);
        } else {
            d = d.shiftLeft((int) -shift);
        }
        BigInteger[] qr = n.divideAndRemainder(d);
        double r = roundToDouble(qr[0], -shift, qr[1].signum() != 0);
        if (Double.isInfinite(r)) {
            throw PyLibError.overflow("integer division result too large for a float");
        }
        return negative ? -r : r;
    }

    /**
     * Correctly rounds {@code (m + f) * 2**exp} to a double, half-to-even, where m > 0 and f is
     * 0 (sticky false) or strictly between 0 and 1 (sticky true). Callers supply enough bits in m
     * (at least 55) when sticky is true. Returns infinity on overflow.
     */
    static double roundToDouble(BigInteger m, long exp, boolean sticky) {
        long bl = m.bitLength();
        long lsbExp = Math.max(bl + exp - 53, -1074);
        long shift = lsbExp - exp;
        BigInteger q;
        if (shift <= 0) {
            q = m.shiftLeft((int) -shift);
        } else {
            q = m.shiftRight((int) shift);
            BigInteger rem = m.subtract(q.shiftLeft((int) shift));
            int cmp = rem.compareTo(BigInteger.ONE.shiftLeft((int) (shift - 1)));
            if (cmp > 0 || (cmp == 0 && (sticky || q.testBit(0)))) {
                q = q.add(BigInteger.ONE);
            }
        }
        if (lsbExp > 1100) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.scalb(q.doubleValue(), (int) lsbExp);
    }

    /** Python {@code a ** b} for ints: exact int for b >= 0, float for b < 0. */
    public static Object pow(Object a, Object b) {
        if (signum(b) < 0) {
            Double r = floatPow(toDouble(a), toDouble(b));
            return r; // a real base with an integral exponent is never complex
        }
        BigInteger base = toBigInteger(a);
        // Bases 0, 1 and -1 allow astronomically large exponents.
        if (base.signum() == 0) {
            return signum(b) == 0 ? 1L : 0L;
        }
        if (base.equals(BigInteger.ONE)) {
            return 1L;
        }
        if (base.equals(BigInteger.ONE.negate())) {
            return toBigInteger(b).testBit(0) ? -1L : 1L;
        }
        if (b instanceof BigInteger || asLong(b) > Integer.MAX_VALUE) {
            throw new PyLibError("MemoryError", "");
        }
        int e = (int) asLong(b);
        if (!(a instanceof BigInteger)) {
            long x = asLong(a);
            long result = 1;
            long sq = x;
            int k = e;
            boolean ok = true;
            while (k > 0) {
                if ((k & 1) != 0) {
                    long hi = Math.multiplyHigh(result, sq);
                    long lo = result * sq;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        ok = false;
                        break;
                    }
                    result = lo;
                }
                k >>>= 1;
                if (k > 0) {
                    long hi = Math.multiplyHigh(sq, sq);
                    long lo = sq * sq;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        ok = false;
                        break;
                    }
                    sq = lo;
                }
            }
            if (ok) {
                return result;
            }
        }
        if ((long) base.abs().bitLength() * e > Integer.MAX_VALUE - 64L) {
            throw new PyLibError("MemoryError", "");
        }
        return normalize(base.pow(e));
    }

    /** Python {@code pow(a, b, m)} for ints, including modular inverses for negative b. */
    public static Object pow(Object a, Object b, Object m) {
        BigInteger mod = toBigInteger(m);
        if (mod.signum() == 0) {
            throw PyLibError.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger am = mod.abs();
        BigInteger base = toBigInteger(a);
        BigInteger e = toBigInteger(b);
        if (am.equals(BigInteger.ONE)) {
            return 0L;
        }
        BigInteger r;
        if (e.signum() < 0) {
            BigInteger inv;
            try {
                inv = base.mod(am).modInverse(am);
            } catch (ArithmeticException ex) {
                throw PyLibError.valueError("base is not invertible for the given modulus");
            }
            r = inv.modPow(e.negate(), am);
        } else {
            r = base.modPow(e, am);
        }
        // Result takes the sign of the modulus, as with %.
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.add(mod);
        }
        return normalize(r);
    }

    // ============================================================== float arithmetic

    /** Python {@code x / y} for floats. */
    public static double floatTrueDivide(double x, double y) {
        if (y == 0.0) {
            throw PyLibError.zeroDivision("float division by zero");
        }
        return x / y;
    }

    /** Python {@code x // y} for floats. */
    public static double floatFloorDiv(double x, double y) {
        if (y == 0.0) {
            throw PyLibError.zeroDivision("float floor division by zero");
        }
        return floatDivmodUnchecked(x, y)[0];
    }

    /** Python {@code x % y} for floats (result has the sign of y). */
    public static double floatMod(double x, double y) {
        if (y == 0.0) {
            throw PyLibError.zeroDivision("float modulo by zero");
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

    /** Python {@code divmod(x, y)} for floats: {floor quotient, remainder}. */
    public static double[] floatDivmod(double x, double y) {
        if (y == 0.0) {
            throw PyLibError.zeroDivision("float divmod()");
        }
        return floatDivmodUnchecked(x, y);
    }

    private static double[] floatDivmodUnchecked(double x, double y) {
        // fmod is exact; deriving the quotient from it keeps q*y + r == x as close as possible.
        double mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0.0) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, y);
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
        return new double[] {floordiv, mod};
    }

    /**
     * Python {@code x ** y} for floats. Returns null when the true result is complex (negative base,
     * non-integral exponent); the runtime then computes the complex power.
     */
    public static Double floatPow(double x, double y) {
        if (y == 0.0) {
            return 1.0;
        }
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return x == 1.0 ? 1.0 : y;
        }
        if (Double.isInfinite(y)) {
            double ax = Math.abs(x);
            if (ax == 1.0) {
                return 1.0;
            }
            return (ax > 1.0) == (y > 0) ? Double.POSITIVE_INFINITY : 0.0;
        }
        boolean yIsOdd = Math.abs(y) % 2.0 == 1.0;
        if (Double.isInfinite(x)) {
            if (y > 0) {
                return yIsOdd ? x : Math.abs(x);
            }
            return yIsOdd ? Math.copySign(0.0, x) : 0.0;
        }
        if (x == 0.0) {
            if (y < 0) {
                throw PyLibError.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return yIsOdd ? x : 0.0;
        }
        boolean negate = false;
        if (x < 0) {
            if (y != Math.floor(y)) {
                return null;
            }
            x = -x;
            negate = yIsOdd;
        }
        if (x == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r)) {
            throw PyLibError.overflow("(34, 'Numerical result out of range')");
        }
        return negate ? -r : r;
    }

    // ============================================================== conversions

    /** {@code float(x)} for ints (OverflowError when too large) and floats. */
    public static double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof BigInteger b) {
            double d = b.doubleValue(); // correctly rounded, half-even
            if (Double.isInfinite(d)) {
                throw PyLibError.overflow("int too large to convert to float");
            }
            return d;
        }
        if (o instanceof Long || o instanceof Boolean || o instanceof Integer) {
            return asLong(o);
        }
        if (o instanceof Float f) {
            return f;
        }
        throw PyLibError.typeError("must be real number, not " + typeName(o));
    }

    /** {@code int(x)} for a float: truncates; errors for NaN and infinities. */
    public static Object floatToInt(double x) {
        if (Double.isNaN(x)) {
            throw PyLibError.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw PyLibError.overflow("cannot convert float infinity to integer");
        }
        if (x > -9.223372036854775808E18 && x < 9.223372036854775808E18) {
            return (long) x;
        }
        return normalize(new BigDecimal(x).toBigInteger());
    }

    // ============================================================== round()

    /** {@code round(x)} for a float: half-to-even, returns an int. */
    public static Object round(double x) {
        return floatToInt(Math.rint(x));
    }

    /** {@code round(x, ndigits)} for a float: the exact binary value rounded half-even in decimal. */
    public static double round(double x, long ndigits) {
        if (!Double.isFinite(x) || x == 0.0) {
            return x;
        }
        // Beyond these limits the answer is x itself or a signed zero (as in CPython).
        if (ndigits > 323) {
            return x;
        }
        if (ndigits < -308) {
            return 0.0 * x;
        }
        double r = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) {
            throw PyLibError.overflow("rounded value too large to represent");
        }
        return r == 0.0 ? Math.copySign(0.0, x) : r;
    }

    /** {@code round(x, ndigits)} for an int: exact, half-to-even for negative ndigits. */
    public static Object round(Object x, Object ndigits) {
        Object ix = index(x);
        if (signum(ndigits) >= 0) {
            return ix;
        }
        BigInteger bx = toBigInteger(ix);
        BigInteger nd = toBigInteger(ndigits).negate();
        // 10**n exceeds |x| * 2 once n exceeds the digit count: the result is then 0.
        if (nd.compareTo(BigInteger.valueOf(bx.abs().bitLength() / 3 + 2)) > 0) {
            return 0L;
        }
        BigInteger pow10 = BigInteger.TEN.pow(nd.intValue());
        BigInteger q = floorDiv(bx, pow10);
        BigInteger r = bx.subtract(q.multiply(pow10));
        int cmp = r.shiftLeft(1).compareTo(pow10);
        if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return normalize(q.multiply(pow10));
    }

    // ============================================================== int methods

    /** {@code int.bit_length()}. */
    public static long bitLength(Object x) {
        if (x instanceof BigInteger b) {
            return b.abs().bitLength();
        }
        long v = asLong(x);
        return v == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(v));
    }

    /** {@code int.bit_count()}: popcount of the absolute value. */
    public static long bitCount(Object x) {
        if (x instanceof BigInteger b) {
            return b.abs().bitCount();
        }
        long v = asLong(x);
        return v == Long.MIN_VALUE ? 1 : Long.bitCount(Math.abs(v));
    }

    /** {@code int.to_bytes(length, byteorder, signed=signed)}; byteorder "big" or "little". */
    public static byte[] toBytes(Object x, long length, String byteorder, boolean signed) {
        boolean little = checkByteOrder(byteorder);
        if (length < 0) {
            throw PyLibError.valueError("length argument must be non-negative");
        }
        BigInteger v = toBigInteger(x);
        if (!signed && v.signum() < 0) {
            throw PyLibError.overflow("can't convert negative int to unsigned");
        }
        int needBits = signed ? v.bitLength() + 1 : v.bitLength();
        if (v.signum() != 0 && needBits > length * 8) {
            throw PyLibError.overflow("int too big to convert");
        }
        byte[] out = new byte[(int) length];
        byte[] be = v.toByteArray(); // two's complement, big-endian, minimal
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < length; i++) {
            int src = be.length - 1 - i;
            byte b = src >= 0 ? be[src] : fill;
            out[little ? i : (int) length - 1 - i] = b;
        }
        return out;
    }

    /** {@code int.from_bytes(bytes, byteorder, signed=signed)}. */
    public static Object fromBytes(byte[] bytes, String byteorder, boolean signed) {
        boolean little = checkByteOrder(byteorder);
        byte[] be = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            be[i] = little ? bytes[bytes.length - 1 - i] : bytes[i];
        }
        if (be.length == 0) {
            return 0L;
        }
        return normalize(signed ? new BigInteger(be) : new BigInteger(1, be));
    }

    private static boolean checkByteOrder(String byteorder) {
        if ("little".equals(byteorder)) {
            return true;
        }
        if ("big".equals(byteorder)) {
            return false;
        }
        throw PyLibError.valueError("byteorder must be either 'little' or 'big'");
    }

    // ============================================================== float methods

    /** {@code float.is_integer()}. */
    public static boolean isInteger(double x) {
        return Double.isFinite(x) && Math.floor(x) == x;
    }

    /** {@code float.as_integer_ratio()}: {numerator, denominator} in lowest terms. */
    public static Object[] asIntegerRatio(double x) {
        if (Double.isNaN(x)) {
            throw PyLibError.valueError("cannot convert NaN to integer ratio");
        }
        if (Double.isInfinite(x)) {
            throw PyLibError.overflow("cannot convert Infinity to integer ratio");
        }
        if (x == 0.0) {
            return new Object[] {0L, 1L};
        }
        long bits = Double.doubleToRawLongBits(x);
        int rawExp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        int exp;
        if (rawExp == 0) {
            exp = -1074;
        } else {
            mant |= 1L << 52;
            exp = rawExp - 1075;
        }
        int tz = Long.numberOfTrailingZeros(mant);
        mant >>= tz;
        exp += tz;
        BigInteger num = BigInteger.valueOf(x < 0 ? -mant : mant);
        if (exp >= 0) {
            return new Object[] {normalize(num.shiftLeft(exp)), 1L};
        }
        return new Object[] {normalize(num), normalize(BigInteger.ONE.shiftLeft(-exp))};
    }

    /** {@code float.hex()}, e.g. {@code 0x1.8000000000000p+1}. */
    public static String floatHex(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String sign = (Double.doubleToRawLongBits(x) < 0) ? "-" : "";
        if (x == 0.0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(x);
        int rawExp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        String lead;
        int exp;
        if (rawExp == 0) {
            lead = "0";
            exp = -1022;
        } else {
            lead = "1";
            exp = rawExp - 1023;
        }
        String digits = String.format("%013x", mant);
        return sign + "0x" + lead + "." + digits + "p" + (exp >= 0 ? "+" : "") + exp;
    }

    /** {@code repr(float)}: shortest round-tripping digits in Python's layout. */
    public static String floatRepr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0.0) {
            return (Double.doubleToRawLongBits(x) < 0) ? "-0.0" : "0.0";
        }
        // Java's Double.toString gives the shortest repr digits (JDK 19+); re-layout them.
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(x))).stripTrailingZeros();
        if (bd.precision() == 2) {
            // Java never emits fewer than two digits (4.9E-324); Python wants the shortest (5e-324).
            BigDecimal one = new BigDecimal(Math.abs(x)).round(new java.math.MathContext(1, RoundingMode.HALF_EVEN));
            if (one.doubleValue() == Math.abs(x)) {
                bd = one.stripTrailingZeros();
            }
        }
        String digits = bd.unscaledValue().toString();
        int decExp = digits.length() - bd.scale(); // value = 0.digits * 10**decExp
        String sign = x < 0 ? "-" : "";
        if (decExp > -4 && decExp <= 16) {
            if (decExp <= 0) {
                return sign + "0." + "0".repeat(-decExp) + digits;
            }
            if (decExp >= digits.length()) {
                return sign + digits + "0".repeat(decExp - digits.length()) + ".0";
            }
            return sign + digits.substring(0, decExp) + "." + digits.substring(decExp);
        }
        int e = decExp - 1;
        String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mant + "e" + (e < 0 ? "-" : "+") + (Math.abs(e) < 10 ? "0" : "") + Math.abs(e);
    }
}
