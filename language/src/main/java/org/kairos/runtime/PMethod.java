package org.kairos.runtime;

/** A bound method: a callable with its first argument ({@code __self__}) fixed. */
public final class PMethod extends PythonObject {
    public final Object self;
    public final Object func;

    public PMethod(Object self, Object func) {
        super(PClass.METHOD);
        this.self = self;
        this.func = func;
    }
}
