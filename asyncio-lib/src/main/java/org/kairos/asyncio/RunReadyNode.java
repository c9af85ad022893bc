package org.kairos.asyncio;

import com.oracle.truffle.api.nodes.Node;
import org.kairos.KairosContext;
import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.PBaseException;
import org.kairos.runtime.PContext;
import org.kairos.runtime.PException;
import org.kairos.runtime.PFunction;
import org.kairos.runtime.PMethod;
import org.kairos.runtime.ThreadState;

/**
 * Runs one ready item inside its context: a task step, a task wake-up, or a handle. Task steps
 * resume the coroutine through {@link TaskStepNode}; a handle whose callback is a guest function
 * or a method bound to one goes through {@link GuestCallbackNode}; anything else takes the
 * general path in {@link EventLoop#runHandle}.
 */
final class RunReadyNode extends Node {
    @Child private TaskStepNode step = new TaskStepNode();
    @Child private GuestCallbackNode guest = GuestCallbackNodeGen.create();

    void execute(EventLoop l, Object item) {
        ThreadState ts = KairosContext.get(this).threadState();
        // every way of running a task ends in the one runTask call below, so a compiled loop
        // iteration holds a single copy of the task step
        PTask t;
        PBaseException exc = null;
        Object wokenBy = null;
        if (item instanceof PTask pt) {
            t = pt;
            if (t.wakeupQueued) {
                // the task's wake-up: futWaiter is the future that finished (see PTask.wakeupQueued)
                t.wakeupQueued = false;
                wokenBy = t.futWaiter;
                exc = wokenBy == null ? null : PTask.wakeupException(wokenBy);
            }
        } else if (item instanceof QueuedCallback c) {
            runQueuedCallback(l, c);
            return;
        } else {
            Handle h = (Handle) item;
            if (h.cancelled) {
                return;
            }
            Object cb = h.callback;
            if (cb instanceof PTask ht && h.args.length <= 1) {
                t = ht;
                exc = h.args.length == 0 ? null : (PBaseException) h.args[0];
            } else if (cb instanceof PFunction fn) {
                runGuest(l, ts, h, fn, null);
                return;
            } else if (cb instanceof PMethod m && m.func instanceof PFunction fn) {
                runGuest(l, ts, h, fn, m.self);
                return;
            } else {
                l.runHandle(ts, h);
                return;
            }
        }
        runTask(l, ts, t, exc, wokenBy);
    }

    /** {@code wokenBy}: for a wake-up, the future that finished (for error reports), else null. */
    private void runTask(EventLoop l, ThreadState ts, PTask t, PBaseException exc, Object wokenBy) {
        PContext ctx = t.context;
        if (ctx.entered) {
            l.reportCallbackError(taskHandle(l, t, exc, wokenBy), EventLoop.contextEnteredError(ctx));
            return;
        }
        ctx.entered = true;
        Object prev = ts.currentContext;
        ts.currentContext = ctx;
        try {
            step.execute(l, t, exc);
        } catch (PException e) {
            failed(l, taskHandle(l, t, exc, wokenBy), e);
        } finally {
            ts.currentContext = prev;
            ctx.entered = false;
        }
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static void runQueuedCallback(EventLoop l, QueuedCallback c) {
        Object fut = c.fut;
        try {
            c.run();
        } catch (PException e) {
            failed(l, new Handle(AsyncioModule.HANDLE, l, c, new Object[]{fut}, EventLoop.copyContext()), e);
        }
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static Handle taskHandle(EventLoop l, PTask t, PBaseException exc, Object wokenBy) {
        if (wokenBy != null) {
            return new Handle(AsyncioModule.HANDLE, l, new PTask.Wakeup(t), new Object[]{wokenBy}, t.context);
        }
        return new Handle(AsyncioModule.HANDLE, l, t, exc == null ? EventLoop.NO_ARGS : new Object[]{exc}, t.context);
    }

    private void runGuest(EventLoop l, ThreadState ts, Handle h, PFunction fn, Object self) {
        PContext ctx = h.context;
        if (ctx.entered) {
            l.runHandle(ts, h);
            return;
        }
        ctx.entered = true;
        Object prev = ts.currentContext;
        ts.currentContext = ctx;
        try {
            guest.execute(h.callback, fn, self, h.args);
        } catch (PException e) {
            failed(l, h, e);
        } finally {
            ts.currentContext = prev;
            ctx.entered = false;
        }
    }

    /** An exception escaped a callback: KeyboardInterrupt and SystemExit stop the loop, the rest is reported. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static void failed(EventLoop l, Handle h, PException e) {
        PBaseException exc = e.exc;
        if (exc.cls.isSubclassOf(ExceptionClasses.SystemExit) || exc.cls.isSubclassOf(ExceptionClasses.KeyboardInterrupt)) {
            throw e;
        }
        l.reportCallbackError(h, exc);
    }
}
