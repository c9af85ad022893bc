package org.kairos.asyncio;

/**
 * A done callback implemented in Java that, when its future finishes, goes into the ready queue
 * itself (with {@link #fut} set) instead of as a {@link Handle} with an argument array and a
 * copied context: gather's per-child callback and a TaskGroup's per-task one. Such callbacks only
 * run library code, so they need no context of their own. One object per registration.
 */
abstract class QueuedCallback implements Handle.JavaCallback {
    /** The finished future, while this callback sits in the ready queue. */
    Object fut;

    /** The callback proper, for the finished future {@code f}. */
    abstract void done(Object f);

    /** Runs the callback for the future it was queued for. */
    final void run() {
        Object f = fut;
        fut = null;
        done(f);
    }

    @Override
    public final void invoke(Object[] args) {
        done(args[0]);
    }
}
