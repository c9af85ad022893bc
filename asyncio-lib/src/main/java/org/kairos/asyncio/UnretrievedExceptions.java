package org.kairos.asyncio;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.kairos.KairosContext;
import org.kairos.runtime.PDict;
import org.kairos.runtime.Py;

import java.lang.ref.WeakReference;
import java.util.ArrayList;

/**
 * "Future/Task exception was never retrieved": CPython reports this from the future's finalizer.
 * Kairos has no finalizers, so each future that fails is watched through a weak reference, next to
 * a detached copy of it (the copy carries the retrieval flag and stands in as the context's
 * {@code future}, since the original is gone by then). {@code gc.collect()} and loop close collect
 * the Java heap and report, in failure order, the watched futures that became unreachable while
 * their exception was still unretrieved.
 */
final class UnretrievedExceptions {
    private record Watch(WeakReference<PFuture> ref, PFuture copy) {
    }

    private final ArrayList<Watch> watches = new ArrayList<>();

    private UnretrievedExceptions() {
    }

    private static UnretrievedExceptions of(KairosContext ctx) {
        return (UnretrievedExceptions) ctx.moduleState.computeIfAbsent(UnretrievedExceptions.class, k -> {
            UnretrievedExceptions u = new UnretrievedExceptions();
            ctx.gcHooks.add(u::sweep);
            return u;
        });
    }

    /** Starts watching {@code f}, which just failed; returns the copy that tracks retrieval. */
    @TruffleBoundary
    static PFuture watch(PFuture f) {
        PFuture copy = f.detachedCopy();
        copy.logTraceback = true;
        of(KairosContext.get(null)).watches.add(new Watch(new WeakReference<>(f), copy));
        return copy;
    }

    /** Called at loop close: reports what is already unreachable. */
    @TruffleBoundary
    static void sweepNow() {
        UnretrievedExceptions u = (UnretrievedExceptions) KairosContext.get(null).moduleState.get(UnretrievedExceptions.class);
        if (u != null) {
            u.sweep();
        }
    }

    private void sweep() {
        watches.removeIf(w -> !w.copy.logTraceback);
        if (watches.isEmpty()) {
            return;
        }
        System.gc();
        ArrayList<PFuture> dead = new ArrayList<>();
        watches.removeIf(w -> {
            if (w.ref.get() != null) {
                return false;
            }
            dead.add(w.copy);
            return true;
        });
        for (PFuture c : dead) {
            if (!c.logTraceback) {
                continue;
            }
            c.logTraceback = false;
            PDict ctx = new PDict();
            ctx.putStr("message", c.cls.name + " exception was never retrieved");
            ctx.putStr("exception", c.exc());
            ctx.putStr("future", c);
            Py.callMethod(c.loop, "call_exception_handler", ctx);
        }
    }
}
