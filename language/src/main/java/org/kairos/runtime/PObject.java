package org.kairos.runtime;

/** An instance of a guest class that derives (only) from {@code object}. */
public final class PObject extends PythonObject {
    public PObject(PClass cls) {
        super(cls);
    }
}
