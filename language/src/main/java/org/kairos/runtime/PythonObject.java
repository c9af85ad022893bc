package org.kairos.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/**
 * Base of every heap object whose Python class is not implied by its Java class alone: it records the
 * Python class (which may be a guest subclass of a builtin) and an optional instance {@code __dict__}.
 * Immutable builtin values (int, float, str, bool, None) are plain Java objects instead.
 */
public abstract class PythonObject implements TruffleObject {
    public PClass cls;
    public PDict dict;

    protected PythonObject(PClass cls) {
        this.cls = cls;
    }

    public final PDict getOrCreateDict() {
        PDict d = dict;
        if (d == null) {
            d = new PDict();
            dict = d;
        }
        return d;
    }
}
