package org.kairos.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.math.BigInteger;

/**
 * Maps a Python key to a Java object whose {@code equals}/{@code hashCode} follow Python's
 * {@code __eq__}/{@code __hash__}: str and int are their own keys (bool and integral floats fold
 * into int, as in Python {@code 1 == 1.0 == True}); anything else is wrapped with its Python hash.
 */
public final class HashKey {
    final Object obj;
    final long hash;

    private HashKey(Object obj, long hash) {
        this.obj = obj;
        this.hash = hash;
    }

    @TruffleBoundary
    public static Object of(Object key) {
        if (key instanceof String || key instanceof Long) {
            return key;
        }
        if (key instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (key instanceof Double d) {
            double v = d;
            if (v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 9.2e18) {
                return (long) v;
            }
            if (Double.isNaN(v)) {
                return new HashKey(key, 0);
            }
            return key;
        }
        if (key instanceof BigInteger) {
            return key;
        }
        return new HashKey(key, Py.hash(key));
    }

    @Override
    public int hashCode() {
        return Long.hashCode(hash);
    }

    @Override
    @TruffleBoundary
    public boolean equals(Object o) {
        if (!(o instanceof HashKey k)) {
            return false;
        }
        if (k.obj == obj) {
            return true;
        }
        return k.hash == hash && Py.eqBool(obj, k.obj);
    }
}
