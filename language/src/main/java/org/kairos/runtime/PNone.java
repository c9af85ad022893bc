package org.kairos.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** Python's singletons: None, NotImplemented, Ellipsis, plus an internal "no value" marker. */
@ExportLibrary(InteropLibrary.class)
public final class PNone implements TruffleObject {
    public static final PNone NONE = new PNone("None");
    public static final PNone NOT_IMPLEMENTED = new PNone("NotImplemented");
    public static final PNone ELLIPSIS = new PNone("Ellipsis");
    /** Marks a missing optional argument or an unbound slot; never visible to guest code. */
    public static final PNone NO_VALUE = new PNone("<no value>");

    private final String name;

    private PNone(String name) {
        this.name = name;
    }

    @ExportMessage
    boolean isNull() {
        return this == NONE;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
