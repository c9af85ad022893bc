package org.kairos.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** dict algorithms shared by operators and builtins (update, equality). */
public final class DictOps {
    private DictOps() {
    }

    /** {@code d.update(other)}: a mapping (has keys()) or an iterable of pairs. */
    @TruffleBoundary
    public static void update(PDict d, Object other) {
        if (other instanceof PDict o) {
            for (PDict.Entry e : o.entries()) {
                d.put(e.key, e.value);
            }
            return;
        }
        Object keys = Py.getAttrOrNull(other, "keys");
        if (keys != null) {
            Object it = Py.getIter(Py.call(keys));
            Object k;
            while ((k = Py.next(it)) != null) {
                d.put(k, Py.getItem(other, k));
            }
            return;
        }
        Object it = Py.getIter(other);
        Object item;
        int i = 0;
        while ((item = Py.next(it)) != null) {
            Object[] pair;
            try {
                pair = Iteration.toArray(item);
            } catch (PException e) {
                if (e.exc.cls == ExceptionClasses.TypeError) {
                    throw PException.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
                }
                throw e;
            }
            if (pair.length != 2) {
                throw PException.valueError("dictionary update sequence element #" + i + " has length " + pair.length + "; 2 is required");
            }
            d.put(pair[0], pair[1]);
            i++;
        }
    }

    @TruffleBoundary
    public static boolean equals(PDict a, PDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (PDict.Entry e : a.entries()) {
            Object v = b.get(e.key);
            if (v == null || !Py.eqBool(e.value, v)) {
                return false;
            }
        }
        return true;
    }
}
