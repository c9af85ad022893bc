package org.kairos.runtime;

/**
 * Per-thread interpreter state: the exception being handled (for implicit chaining and bare
 * {@code raise}) and the Python call depth (for RecursionError).
 */
public final class ThreadState {
    public PBaseException handled;
    public int depth;
    public int recursionLimit = 1000;
}
