package org.kairos.runtime;

import com.oracle.truffle.api.bytecode.BytecodeNode;

import java.util.ArrayList;

/**
 * A Python exception object (instance of BaseException or a subclass). The Truffle throwable that
 * carries it through Java frames is {@link PException}.
 */
public final class PBaseException extends PythonObject {
    public PTuple args = PTuple.EMPTY;
    public PBaseException cause;
    public PBaseException context;
    public boolean suppressContext;
    /** Frames the exception unwound through, innermost first (CPython's tb chain, reversed). */
    public ArrayList<TracebackEntry> traceback;
    /** Identity of the frame of the last traceback entry, to record each frame once. */
    public Object lastFrame;
    /** A guest-assigned {@code __traceback__} replacing the recorded one (None clears it). */
    public boolean tracebackCleared;
    /** An exception group's {@code exceptions} (args[1] keeps the sequence as given, which may be a list). */
    public Object[] groupExceptions;

    /**
     * One frame of a traceback: resolved to a line lazily, only when printed. {@code code} is the
     * frame's code object (null when unknown); for a comprehension run inline in its caller (see
     * Tracebacks.visibleEntries) it is the caller's, while the position is the comprehension's.
     */
    public record TracebackEntry(BytecodeNode bytecode, int bci, String name, String filename, int fixedLine, PCode code) {
        public int line() {
            if (fixedLine > 0 || bytecode == null) {
                return fixedLine;
            }
            var loc = bytecode.getSourceLocation(bci);
            return loc == null ? 0 : loc.getStartLine();
        }
    }

    public PBaseException(PClass cls) {
        super(cls);
    }

    public PBaseException(PClass cls, Object[] args) {
        super(cls);
        this.args = new PTuple(args);
    }

    public void addTraceback(TracebackEntry e, Object frame) {
        if (traceback == null) {
            traceback = new ArrayList<>();
        }
        if (frame != null && frame == lastFrame && !traceback.isEmpty()) {
            return;
        }
        lastFrame = frame;
        traceback.add(e);
    }

    public PClass getPythonClass() {
        return cls;
    }
}
