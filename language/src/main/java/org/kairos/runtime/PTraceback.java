package org.kairos.runtime;

/** A traceback entry object ({@code tb_next}, {@code tb_lineno}) exposed to guest code. */
public final class PTraceback extends PythonObject {
    public final PBaseException.TracebackEntry entry;
    public final Object next;

    public PTraceback(PBaseException.TracebackEntry entry, Object next) {
        super(PClass.TRACEBACK);
        this.entry = entry;
        this.next = next;
    }
}
