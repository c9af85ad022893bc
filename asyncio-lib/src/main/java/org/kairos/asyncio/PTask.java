package org.kairos.asyncio;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.Generators;
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
    /**
     * N of the default name "Task-N", formatted only when asked for (as CPython does); a name set
     * explicitly, or formatted once, lives in {@link Extras#name}.
     */
    long nameNumber;
    boolean mustCancel;
    boolean logDestroyPending = true;
    boolean registered;
    Object futWaiter;
    PTask prev;
    PTask next;
    /**
     * The task sits in the ready queue as its own wake-up (for {@link #futWaiter}, which finished)
     * rather than as a plain step. A task waits for one future at a time, so the task object itself
     * serves as the done callback it registers and as the queue item: no wake-up object per task.
     */
    boolean wakeupQueued;

    PTask(PClass cls) {
        super(cls);
    }

    /**
     * The task's wake-up as a callable: how a wake-up shows in a future's callbacks and in handles,
     * and what the loop queues in the rare case that the task itself cannot be the queue item (see
     * {@link #wakeupQueued}). Ordinary parking registers the task itself.
     */
    static final class Wakeup implements Handle.JavaCallback {
        final PTask task;

        Wakeup(PTask task) {
            this.task = task;
        }

        @Override
        public void invoke(Object[] args) {
            task.wakeup(args[0]);
        }

        @Override
        public String describe() {
            return "Task.task_wakeup";
        }
    }

    /** A done callback as guest code and reprs see it: a task stands for its wake-up. */
    static Object callbackView(Object cb) {
        return cb instanceof PTask t ? new Wakeup(t) : cb;
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
        c.nameNumber = nameNumber;
        c.setName(nameOrNull());
        return c;
    }

    /** CPython's num_cancels_requested (in {@link Extras}: most tasks are never cancelled). */
    int cancelsRequested() {
        Extras e = extras;
        return e == null ? 0 : e.cancelsRequested;
    }

    private Object nameOrNull() {
        Extras e = extras;
        return e == null ? null : e.name;
    }

    /** The name (a str), formatted from the number at the first request and kept from then on. */
    Object getName() {
        Object n = nameOrNull();
        if (n == null) {
            n = "Task-" + nameNumber;
            extras().name = n;
        }
        return n;
    }

    void setName(Object name) {
        if (name != null || extras != null) {
            extras().name = name;
        }
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
        extras().cancelsRequested++;
        Object w = futWaiter;
        if (w != null) {
            if (cancelFuture(w, msg)) {
                return true;
            }
        }
        mustCancel = true;
        setCancelMsg(msg);
        return true;
    }

    static boolean cancelFuture(Object f, Object msg) {
        if (f instanceof PFuture pf && Gather.isNative(pf)) {
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
            throw cannotEnter(this, cur);
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
        PBaseException exc = stepPrologue(excIn);
        Object r;
        try {
            r = advance(exc);
        } catch (PException e) {
            stepRaised(e);
            return;
        }
        if (r instanceof Generators.Done d) {
            stepReturned(d.value());
            return;
        }
        handleYield(r);
    }

    /** The checks before a resume; returns the exception to throw into the coroutine, if any. */
    PBaseException stepPrologue(PBaseException excIn) {
        if (state != PENDING) {
            throw alreadyDone(excIn);
        }
        PBaseException exc = excIn;
        if (mustCancel) {
            exc = takeCancel(exc);
        }
        futWaiter = null;
        return exc;
    }

    @TruffleBoundary
    private PBaseException takeCancel(PBaseException exc) {
        mustCancel = false;
        if (exc == null || !exc.cls.isSubclassOf(AsyncioModule.CancelledError)) {
            return makeCancelledError();
        }
        return exc;
    }

    @TruffleBoundary
    private PException alreadyDone(PBaseException exc) {
        return PException.raise(AsyncioModule.InvalidStateError,
                        "_step(): already done: " + Py.repr(this) + ", " + (exc == null ? "None" : Py.repr(exc)));
    }

    /** The value a resume of a coroutine frame takes to raise {@code exc} at its yield. */
    static Object throwSignal(PGenerator g, PBaseException exc) {
        if (!g.started() && g.isSuspended()) {
            g.markStarted();
        }
        return new PGenerator.ThrowSignal(exc);
    }

    /** The coroutine returned {@code value}. Once per task, so kept out of the compiled step. */
    @TruffleBoundary
    void stepReturned(Object value) {
        if (mustCancel) {
            mustCancel = false;
            super.cancel(cancelMsg());
        } else {
            setResult(value);
        }
    }

    /** The coroutine raised. KeyboardInterrupt and SystemExit also leave the loop. */
    @TruffleBoundary
    void stepRaised(PException e) {
        PBaseException be = e.exc;
        if (be.cls.isSubclassOf(AsyncioModule.CancelledError)) {
            extras().cancelledExc = be;
            super.cancel(PNone.NONE);
        } else if (be.cls.isSubclassOf(ExceptionClasses.KeyboardInterrupt) || be.cls.isSubclassOf(ExceptionClasses.SystemExit)) {
            setException(be);
            throw e;
        } else {
            setException(be);
        }
    }

    /** Resumes a coroutine once; returns the yielded value or a {@link Generators.Done}. */
    @TruffleBoundary
    Object advance(PBaseException exc) {
        Object c = coro;
        if (c instanceof PGenerator g) {
            return g.resumeRaw(exc == null ? PNone.NONE : throwSignal(g, exc));
        }
        try {
            if (exc == null) {
                return Py.callMethod(c, "send", PNone.NONE);
            }
            return Py.callMethod(c, "throw", exc);
        } catch (PException e) {
            if (e.exc.cls.isSubclassOf(ExceptionClasses.StopIteration)) {
                Object[] a = e.exc.args.items;
                return new Generators.Done(a.length > 0 ? a[0] : PNone.NONE);
            }
            throw e;
        }
    }

    @TruffleBoundary
    private void scheduleError(String msg) {
        PBaseException e = PException.runtimeError(msg).exc;
        javaLoop().callSoonChecked(this, new Object[]{e}, context);
    }

    /** The coroutine yielded {@code result}: park on it, or run again next iteration for a bare yield. */
    void handleYield(Object result) {
        if (result instanceof PFuture f && Gather.isNative(f) &&
                        f.loop == loop && f.blocking && f != this) {
            f.blocking = false;
            // the task itself is the done callback: PFuture queues it as this task's wake-up
            f.addDoneCallback(this, context);
            futWaiter = f;
            if (mustCancel) {
                cancelWaiter(f);
            }
            return;
        }
        if (result == PNone.NONE) {
            EventLoop l = javaLoop();
            l.checkClosed();
            l.ready.add(this);
            return;
        }
        handleYieldSlow(result);
    }

    @TruffleBoundary
    private void cancelWaiter(PFuture f) {
        if (f.cancel(cancelMsg())) {
            mustCancel = false;
        }
    }

    @TruffleBoundary
    private void handleYieldSlow(Object result) {
        if (result instanceof PFuture f && Gather.isNative(f)) {
            if (f.loop != loop) {
                scheduleError("Task " + Py.repr(this) + " got Future " + Py.repr(f) + " attached to a different loop");
                return;
            }
            if (!f.blocking) {
                scheduleError("yield was used instead of yield from in task " + Py.repr(this) + " with " + Py.repr(f));
                return;
            }
            scheduleError("Task cannot await on itself: " + Py.repr(this));
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
                if (cancelFuture(result, cancelMsg())) {
                    mustCancel = false;
                }
            }
            return;
        }
        if (result instanceof PGenerator g && g.kind() == PGenerator.Kind.GENERATOR) {
            scheduleError("yield was used instead of yield from for generator in task " + Py.repr(this) + " with " + Py.repr(result));
            return;
        }
        scheduleError("Task got bad yield: " + Py.repr(result));
    }

    private PBuiltinFunction guestWakeup() {
        Extras e = extras();
        PBuiltinFunction g = e.guestWakeup;
        if (g == null) {
            g = new PBuiltinFunction("task_wakeup", "Task", "future, /", a -> {
                wakeup(a[0]);
                return PNone.NONE;
            });
            e.guestWakeup = g;
        }
        return g;
    }

    void wakeup(Object fut) {
        step(wakeupException(fut));
    }

    /** What a wake-up throws into the coroutine: the awaited future's exception, or null. */
    static PBaseException wakeupException(Object fut) {
        if (fut instanceof PFuture f && f.state == FINISHED && !f.failed) {
            return null;
        }
        return wakeupExceptionSlow(fut);
    }

    @TruffleBoundary
    private static PBaseException wakeupExceptionSlow(Object fut) {
        try {
            if (fut instanceof PFuture f) {
                f.result();
            } else {
                Py.callMethod(fut, "result");
            }
        } catch (PException e) {
            return e.exc;
        }
        return null;
    }

    /** Queues the first step (Task.__init__ and the eager path's fallback). */
    void scheduleFirstStep() {
        EventLoop l = javaLoop();
        l.checkClosed();
        l.ready.add(this);
    }

    /** enter_task's error: another task's step is running. */
    @TruffleBoundary
    static PException cannotEnter(PTask t, Object cur) {
        return PException.runtimeError("Cannot enter into task " + Py.repr(t) + " while another task " + Py.repr(cur) + " is being executed.");
    }
}
