package org.kairos.runtime;

/**
 * Per-thread interpreter state: the exception being handled (for implicit chaining and bare
 * {@code raise}) and the Python call depth (for RecursionError).
 */
public final class ThreadState {
    public PBaseException handled;
    public int depth;
    public int recursionLimit = 1000;
    /** The generator/coroutine frame currently running on this thread, or null. */
    public PGenerator currentGenerator;
    /** The current contextvars.Context (a PContext), created lazily. */
    public Object currentContext;
    /** asyncio: the event loop running on this thread (a Java loop object), or null. */
    public Object asyncioRunningLoop;
    /** sys.set_asyncgen_hooks: called with each async generator on its first iteration, or null. */
    public Object asyncgenFirstiter;
    /** sys.set_asyncgen_hooks finalizer (kept for get_asyncgen_hooks; Kairos has no finalization), or null. */
    public Object asyncgenFinalizer;

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
