package org.kairos.runtime;

/** {@code list[int]} and friends: a parameterized builtin class, as types.GenericAlias. */
public final class PGenericAlias extends PythonObject {
    public static final PClass CLASS = new PClass("GenericAlias", PClass.OBJECT, PClass.Layout.OTHER);
    public final PClass origin;
    public final Object args;

    public PGenericAlias(PClass origin, Object args) {
        super(CLASS);
        this.origin = origin;
        this.args = args;
    }
}
