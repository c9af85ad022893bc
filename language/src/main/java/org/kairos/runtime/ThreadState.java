package org.kairos.runtime;

/**
 * Per-thread interpreter state: the exception being handled (for implicit chaining and bare
 * {@code raise}) and the Python call depth (for RecursionError).
 */
public final class ThreadState {
    public PBaseException handled;
    public int depth;
    public int recursionLimit = 1000;
    /**
     * The generator/coroutine frame currently running on this thread, or null: also null while the
     * body of an {@code await f(args)} runs without its coroutine object (see {@link #eagerCode});
     * read it through {@link #currentGenerator()} where the object is needed.
     */
    public PGenerator currentGenerator;
    /**
     * The function and code of the {@code await f(args)} body running without its coroutine
     * object, when {@link #currentGenerator} is null: a body that returns without suspending (and
     * without anything asking for its frame's object) never needs one. Null otherwise.
     */
    public PFunction eagerFn;
    public PCode eagerCode;
    /** The current contextvars.Context (a PContext), created lazily. */
    public Object currentContext;
    /** asyncio: the event loop running on this thread (a Java loop object), or null. */
    public Object asyncioRunningLoop;
    /** sys.set_asyncgen_hooks: called with each async generator on its first iteration, or null. */
    public Object asyncgenFirstiter;
    /** sys.set_asyncgen_hooks finalizer (kept for get_asyncgen_hooks; Kairos has no finalization), or null. */
    public Object asyncgenFinalizer;

    /** The running generator frame's object, made now for an eagerly started body that has none yet. */
    public PGenerator currentGenerator() {
        PGenerator g = currentGenerator;
        if (g == null && eagerCode != null) {
            g = PGenerator.startedEagerly(eagerFn, eagerCode);
            currentGenerator = g;
            eagerFn = null;
            eagerCode = null;
        }
        return g;
    }

    /** The code of the running generator frame (made or not), or null. */
    public PCode currentGeneratorCode() {
        PGenerator g = currentGenerator;
        return g != null ? g.code : eagerCode;
    }

    /** Counts one more Python frame; RecursionError past the limit (sys.setrecursionlimit). */
    public void enterCall() {
        if (++depth > recursionLimit) {
            depth--;
            throw recursionError();
        }
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static PException recursionError() {
        return PException.raise(ExceptionClasses.RecursionError, "maximum recursion depth exceeded");
    }
}
