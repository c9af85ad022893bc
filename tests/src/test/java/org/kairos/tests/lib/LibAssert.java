package org.kairos.tests.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigInteger;
import org.kairos.runtime.lib.PyArith;
import org.kairos.runtime.lib.PyLibError;

/** Assertions shared by the lib tests: exact float bits, normalised ints, Python errors. */
final class LibAssert {
    private LibAssert() {
    }

    /** Python int literal as a normalised Long/BigInteger. */
    static Object n(String decimal) {
        return PyArith.normalize(new BigInteger(decimal));
    }

    /** Floats must match bit for bit (so -0.0 and 0.0 differ; NaN equals NaN). */
    static void F(double expected, Object actual) {
        assertTrue(actual instanceof Double, () -> "expected a Double, got " + actual);
        double a = (Double) actual;
        if (Double.doubleToLongBits(expected) != Double.doubleToLongBits(a)) {
            fail("expected " + PyArith.floatRepr(expected) + " but was " + PyArith.floatRepr(a));
        }
    }

    /** Ints must have the value and be normalised: Long when in range, else BigInteger. */
    static void I(String expected, Object actual) {
        BigInteger e = new BigInteger(expected);
        if (e.bitLength() <= 63) {
            assertTrue(actual instanceof Long, () -> "expected a Long, got " + describe(actual));
        } else {
            assertTrue(actual instanceof BigInteger, () -> "expected a BigInteger, got " + describe(actual));
        }
        assertEquals(expected, actual.toString());
    }

    static void S(String expected, Object actual) {
        assertEquals(expected, actual);
    }

    static void assertBool(boolean expected, boolean actual) {
        assertEquals(expected, actual);
    }

    /** A body expected to raise a Python exception with CPython's exact message. */
    interface Body {
        Object run();
    }

    static void E(String type, String message, Body body) {
        PyLibError err = assertThrows(PyLibError.class, body::run);
        assertEquals(type + ": " + message, err.type + ": " + err.message);
    }

    private static String describe(Object o) {
        return o == null ? "null" : o.getClass().getSimpleName() + " " + o;
    }
}
