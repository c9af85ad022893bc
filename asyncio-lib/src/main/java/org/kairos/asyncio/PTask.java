package org.kairos.asyncio;

import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.PBaseException;
import org.kairos.runtime.PBuiltinFunction;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PContext;
import org.kairos.runtime.PException;
import org.kairos.runtime.PGenerator;
import org.kairos.runtime.PNone;
import org.kairos.runtime.Py;
import org.kairos.runtime.ThreadState;

import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code _asyncio.Task}: drives a coroutine. Each step resumes the coroutine once and then either
 * finishes the task or parks it on the future the coroutine yielded (woken by a done callback).
 */
public final class PTask extends PFuture implements Handle.JavaCallback {
    /** The counter behind the default Task-N names: process-wide for guest code, so one per context. */
    static AtomicLong nameCounter(org.kairos.KairosContext ctx) {
        return (AtomicLong) ctx.moduleState.computeIfAbsent(PTask.class, k -> new AtomicLong());
    }

    Object coro;
    PContext context;
    /** A str, or a Long still to be formatted as "Task-N" (formatting deferred as CPython does). */
    Object name;
    boolean mustCancel;
    int numCancelsRequested;
    Object futWaiter;
    boolean logDestroyPending = true;
    PTask prev;
    PTask next;
    boolean registered;
    private Wakeup wakeup;
    private PBuiltinFunction guestWakeup;

    PTask(PClass cls) {
        super(cls);
    }

    /** The done callback that resumes the task when the awaited future completes. */
    private final class Wakeup implements Handle.JavaCallback {
        @Override
        public void invoke(Object[] args) {
            wakeup(args[0]);
        }

        @Override
        public String describe() {
            return "Task.task_wakeup";
        }
    }

    @Override
    public void invoke(Object[] args) {
        step(args.length == 0 ? null : (PBaseException) args[0]);
    }

    @Override
    public String describe() {
        return "Task.task_step";
    }

    @Override
    PFuture detachedCopy() {
        PTask c = new PTask(cls);
        copyStateTo(c);
        c.coro = coro;
        c.context = context;
        c.name = name;
        return c;
    }

    String getName() {
        Object n = name;
        if (n instanceof Long l) {
            String s = "Task-" + l;
            name = s;
            return s;
        }
        return (String) n;
    }

    // ----------------------------------------------------------------- registry

    void register() {
        EventLoop l = javaLoop();
        if (registered || l == null) {
            return;
        }
        registered = true;
        PTask h = l.tasksHead;
        next = h;
        prev = null;
        if (h != null) {
            h.prev = this;
        }
        l.tasksHead = this;
    }

    void unregister() {
        if (!registered) {
            return;
        }
        registered = false;
        EventLoop l = javaLoop();
        if (prev != null) {
            prev.next = next;
        } else if (l != null && l.tasksHead == this) {
            l.tasksHead = next;
        }
        if (next != null) {
            next.prev = prev;
        }
        prev = null;
        next = null;
    }

    // ----------------------------------------------------------------- cancellation

    @Override
    boolean cancel(Object msg) {
        clearLogTraceback();
        if (state != PENDING) {
            return false;
        }
        numCancelsRequested++;
        Object w = futWaiter;
        if (w != null) {
            if (cancelFuture(w, msg)) {
                return true;
            }
        }
        mustCancel = true;
        cancelMsg = msg;
        return true;
    }

    static boolean cancelFuture(Object f, Object msg) {
        if (f instanceof PFuture pf && (pf.cls == AsyncioModule.FUTURE || pf.cls == AsyncioModule.TASK)) {
            return pf.cancel(msg);
        }
        return Py.isTrue(Py.callKw(Py.getAttr(f, "cancel"), new Object[]{msg}, new String[]{"msg"}));
    }

    // ----------------------------------------------------------------- stepping

    /** One step with current-task bookkeeping (CPython's enter_task / leave_task). */
    void step(PBaseException exc) {
        EventLoop l = javaLoop();
        Object cur = l.currentTask;
        if (cur != null) {
            throw PException.runtimeError("Cannot enter into task " + Py.repr(this) + " while another task " + Py.repr(cur) + " is being executed.");
        }
        l.currentTask = this;
        try {
            stepImpl(exc);
        } finally {
            if (l.currentTask == this) {
                l.currentTask = null;
            }
        }
    }

    void eagerStart(ThreadState ts) {
        EventLoop l = javaLoop();
        Object prevTask = l.currentTask;
        l.currentTask = this;
        register();
        Object prevCtx = ts.currentContext;
        boolean wasEntered = context.entered;
        context.entered = true;
        ts.currentContext = context;
        try {
            stepImpl(null);
        } finally {
            ts.currentContext = prevCtx;
            context.entered = wasEntered;
            l.currentTask = prevTask;
        }
        if (state != PENDING) {
            unregister();
            coro = null;
        }
    }

    private void stepImpl(PBaseException excIn) {
        PBaseException exc = excIn;
        if (state != PENDING) {
            throw PException.raise(AsyncioModule.InvalidStateError,
                            "_step(): already done: " + Py.repr(this) + ", " + (exc == null ? "None" : Py.repr(exc)));
        }
        if (mustCancel) {
            if (exc == null || !exc.cls.isSubclassOf(AsyncioModule.CancelledError)) {
                exc = makeCancelledError();
            }
            mustCancel = false;
        }
        futWaiter = null;
        Object yielded;
        try {
            yielded = advance(exc);
        } catch (PGenerator.Returned r) {
            if (mustCancel) {
                mustCancel = false;
                super.cancel(cancelMsg);
            } else {
                setResult(r.value);
            }
            return;
        } catch (PException e) {
            PBaseException be = e.exc;
            if (be.cls.isSubclassOf(AsyncioModule.CancelledError)) {
                cancelledExc = be;
                super.cancel(PNone.NONE);
            } else if (be.cls.isSubclassOf(ExceptionClasses.KeyboardInterrupt) || be.cls.isSubclassOf(ExceptionClasses.SystemExit)) {
                setException(be);
                throw e;
            } else {
                setException(be);
            }
            return;
        }
        handleYield(yielded);
    }

    private Object advance(PBaseException exc) {
        Object c = coro;
        if (c instanceof PGenerator g) {
            if (exc == null) {
                return g.resume(PNone.NONE);
            }
            if (!g.started && g.isSuspended()) {
                g.started = true;
            }
            return g.resume(new PGenerator.ThrowSignal(exc));
        }
        try {
            if (exc == null) {
                return Py.callMethod(c, "send", PNone.NONE);
            }
            return Py.callMethod(c, "throw", exc);
        } catch (PException e) {
            if (e.exc.cls.isSubclassOf(ExceptionClasses.StopIteration)) {
                Object[] a = e.exc.args.items;
                throw new PGenerator.Returned(a.length > 0 ? a[0] : PNone.NONE);
            }
            throw e;
        }
    }

    private void scheduleError(String msg) {
        PBaseException e = PException.runtimeError(msg).exc;
        javaLoop().callSoonChecked(this, new Object[]{e}, context);
    }

    private void handleYield(Object result) {
        EventLoop l = javaLoop();
        if (result instanceof PFuture f && (f.cls == AsyncioModule.FUTURE || f.cls == AsyncioModule.TASK)) {
            if (f.loop != loop) {
                scheduleError("Task " + Py.repr(this) + " got Future " + Py.repr(f) + " attached to a different loop");
                return;
            }
            if (!f.blocking) {
                scheduleError("yield was used instead of yield from in task " + Py.repr(this) + " with " + Py.repr(f));
                return;
            }
            if (f == this) {
                scheduleError("Task cannot await on itself: " + Py.repr(this));
                return;
            }
            f.blocking = false;
            Wakeup w = wakeup;
            if (w == null) {
                w = new Wakeup();
                wakeup = w;
            }
            f.addDoneCallback(w, context);
            futWaiter = f;
            if (mustCancel) {
                if (f.cancel(cancelMsg)) {
                    mustCancel = false;
                }
            }
            return;
        }
        if (result == PNone.NONE) {
            l.callSoonChecked(this, EventLoop.NO_ARGS, context);
            return;
        }
        Object blocking = Py.getAttrOrNull(result, "_asyncio_future_blocking");
        if (blocking != null) {
            Object otherLoop = AsyncioModule.futureLoop(result);
            if (otherLoop != loop) {
                scheduleError("Task " + Py.repr(this) + " got Future " + Py.repr(result) + " attached to a different loop");
                return;
            }
            if (!Py.isTrue(blocking)) {
                scheduleError("yield was used instead of yield from in task " + Py.repr(this) + " with " + Py.repr(result));
                return;
            }
            if (result == this) {
                scheduleError("Task cannot await on itself: " + Py.repr(this));
                return;
            }
            Py.setAttr(result, "_asyncio_future_blocking", false);
            Py.callKw(Py.getAttr(result, "add_done_callback"), new Object[]{guestWakeup(), context}, new String[]{"context"});
            futWaiter = result;
            if (mustCancel) {
                if (cancelFuture(result, cancelMsg)) {
                    mustCancel = false;
                }
            }
            return;
        }
        if (result instanceof PGenerator g && g.kind == PGenerator.Kind.GENERATOR) {
            scheduleError("yield was used instead of yield from for generator in task " + Py.repr(this) + " with " + Py.repr(result));
            return;
        }
        scheduleError("Task got bad yield: " + Py.repr(result));
    }

    private PBuiltinFunction guestWakeup() {
        PBuiltinFunction g = guestWakeup;
        if (g == null) {
            g = new PBuiltinFunction("task_wakeup", "Task", "future, /", a -> {
                wakeup(a[0]);
                return PNone.NONE;
            });
            guestWakeup = g;
        }
        return g;
    }

    void wakeup(Object fut) {
        PBaseException exc = null;
        if (fut instanceof PFuture f) {
            if (!(f.state == FINISHED && f.exception == null)) {
                try {
                    f.result();
                } catch (PException e) {
                    exc = e.exc;
                }
            }
        } else {
            try {
                Py.callMethod(fut, "result");
            } catch (PException e) {
                exc = e.exc;
            }
        }
        step(exc);
    }
}
