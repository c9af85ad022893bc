package org.kairos.runtime;

/** Python tuple: an immutable array. */
public final class PTuple extends PythonObject {
    public static final PTuple EMPTY = new PTuple(new Object[0]);
    public final Object[] items;

    public PTuple(Object[] items) {
        super(PClass.TUPLE);
        this.items = items;
    }

    public PTuple(PClass cls, Object[] items) {
        super(cls);
        this.items = items;
    }

    public static PTuple of(Object... items) {
        return new PTuple(items);
    }

    public int size() {
        return items.length;
    }
}
