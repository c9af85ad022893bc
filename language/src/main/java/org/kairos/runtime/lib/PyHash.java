package org.kairos.runtime.lib;

import java.math.BigInteger;

/**
 * CPython's numeric hash: a number's hash is its value reduced modulo the Mersenne prime
 * {@code 2**61 - 1} (keeping the sign), so equal ints and floats hash equally; -1 maps to -2.
 */
public final class PyHash {
    private PyHash() {
    }

    /** The modulus {@code 2**61 - 1}. */
    public static final long MODULUS = (1L << 61) - 1;
    /** hash(inf); hash(-inf) is its negation. */
    public static final long INF = 314159;

    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    /** hash() of an int held in a long. */
    public static long hashLong(long v) {
        long h;
        if (v == Long.MIN_VALUE) {
            h = -(Long.remainderUnsigned(v, MODULUS)); // |MIN| = 2**63 as an unsigned value
        } else {
            h = v % MODULUS; // Java's % keeps the dividend's sign, exactly what we need
        }
        return h == -1 ? -2 : h;
    }

    /** hash() of an int held in a BigInteger. */
    public static long hashBigInteger(BigInteger v) {
        long h = v.abs().mod(BIG_MODULUS).longValue();
        if (v.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** hash() of any int value (Long, BigInteger, Boolean). */
    public static long hashInt(Object v) {
        if (v instanceof BigInteger b) {
            return hashBigInteger(b);
        }
        return hashLong(PyArith.toBigIntegerOrLong(v));
    }

    /** hash() of a float; NaN hashes to 0 here (use {@link #hashDouble(double, Object)} for identity). */
    public static long hashDouble(double x) {
        if (Double.isNaN(x)) {
            return 0;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? INF : -INF;
        }
        if (x == (long) x && x != 9.223372036854775807E18) {
            return hashLong((long) x); // integral floats hash like the equal int
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
        // |x| = mant * 2**exp, and 2**61 == 1 (mod P), so multiplying by 2**exp is a rotation
        // of the 61-bit residue by exp mod 61.
        int r = Math.floorMod(exp, 61);
        long h = mant; // < 2**53 < P, already reduced
        if (r != 0) {
            h = ((h << r) & MODULUS) | (h >>> (61 - r));
        }
        if (h == MODULUS) {
            h = 0;
        }
        if (x < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** hash() of a float, where a NaN hashes by the identity of its boxed object (CPython 3.10+). */
    public static long hashDouble(double x, Object identity) {
        if (Double.isNaN(x)) {
            return System.identityHashCode(identity);
        }
        return hashDouble(x);
    }
}
