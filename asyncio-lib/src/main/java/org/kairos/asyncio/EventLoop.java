package org.kairos.asyncio;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.kairos.KairosContext;
import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.PBaseException;
import org.kairos.runtime.PBuiltinFunction;
import org.kairos.runtime.PContext;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PException;
import org.kairos.runtime.PGenerator;
import org.kairos.runtime.PList;
import org.kairos.runtime.PModule;
import org.kairos.runtime.PNone;
import org.kairos.runtime.PythonObject;
import org.kairos.runtime.Py;
import org.kairos.runtime.ThreadState;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The event loop: a FIFO ready queue, a timer heap ordered by (when, sequence) and a thread-safe
 * inbox for {@code call_soon_threadsafe}. One iteration runs exactly the handles that were ready
 * when it started, so callbacks scheduled meanwhile wait for the next iteration (CPython's order).
 */
public final class EventLoop extends PythonObject {
    static final Object[] NO_ARGS = new Object[0];
    private static final double CLOCK_RESOLUTION = 1e-9;

    final ReadyQueue ready = new ReadyQueue();
    /** Items of the current iteration still to run (set by {@link #prepareIteration}). */
    int todo;
    private final CallTarget runOnce;
    final PriorityQueue<Handle.TimerHandle> scheduled = new PriorityQueue<>();
    private final ConcurrentLinkedQueue<Handle> inbox = new ConcurrentLinkedQueue<>();
    private final Object wakeLock = new Object();
    private long timerSeq;
    boolean stopping;
    boolean closed;
    Thread thread;
    boolean debug;
    Object exceptionHandler = PNone.NONE;
    Object taskFactory = PNone.NONE;
    /** Whether {@link #taskFactory} is asyncio's own eager_task_factory (create_task then makes the task itself). */
    boolean eagerTaskFactory;
    /** The context's counter for default task names. */
    final java.util.concurrent.atomic.AtomicLong taskNames;
    /** The task whose step is running (current_task), or null. */
    Object currentTask;
    /** Head of the intrusive doubly linked list of registered, not yet done tasks. */
    PTask tasksHead;
    final PModule module;
    /** Guest-side state (default executor, async generators) kept by the bundled Python code. */
    final PDict extra = new PDict();
    /**
     * Async generators first iterated while this loop ran, for shutdown_asyncgens. Weak, like
     * CPython's WeakSet, so generators dropped mid-run do not pile up.
     */
    final ArrayList<WeakReference<PGenerator>> asyncgens = new ArrayList<>();
    private int asyncgensPruneAt = 64;
    private PBuiltinFunction firstiterHook;

    EventLoop(PModule module) {
        super(AsyncioModule.LOOP);
        this.module = module;
        this.runOnce = RunOnceRoot.callTarget(KairosContext.get(null));
        this.taskNames = PTask.nameCounter(KairosContext.get(null));
    }

    static ThreadState ts() {
        return KairosContext.get(null).threadState();
    }

    double time() {
        return System.nanoTime() / 1e9;
    }

    void checkClosed() {
        if (closed) {
            throw PException.runtimeError("Event loop is closed");
        }
    }

    boolean isRunning() {
        return thread != null;
    }

    void timerCancelled() {
        // cancelled timers are dropped lazily when they reach the head of the heap
    }

    // ----------------------------------------------------------------- scheduling

    /** call_soon after the guest-visible checks. */
    Handle callSoonChecked(Object callback, Object[] args, PContext ctx) {
        checkClosed();
        Handle h = new Handle(AsyncioModule.HANDLE, this, callback, args, ctx == null ? copyContext() : ctx);
        ready.add(h);
        return h;
    }

    /** A ready-queue item as the Handle CPython would have queued (for {@code loop._ready}). */
    Handle handleView(Object item) {
        if (item instanceof PTask t) {
            if (t.wakeupQueued) {
                return new Handle(AsyncioModule.HANDLE, this, new PTask.Wakeup(t), new Object[]{t.futWaiter}, t.context);
            }
            return new Handle(AsyncioModule.HANDLE, this, t, NO_ARGS, t.context);
        }
        if (item instanceof QueuedCallback c) {
            return new Handle(AsyncioModule.HANDLE, this, c, new Object[]{c.fut}, copyContext());
        }
        return (Handle) item;
    }

    Handle callSoonThreadsafe(Object callback, Object[] args, PContext ctx) {
        checkClosed();
        Handle h = new Handle(AsyncioModule.HANDLE, this, callback, args, ctx == null ? copyContext() : ctx);
        if (Thread.currentThread() == thread) {
            // from the loop's own thread it is an ordinary call_soon: keep FIFO order with it
            ready.add(h);
            return h;
        }
        inbox.add(h);
        wakeUp();
        return h;
    }

    void wakeUp() {
        synchronized (wakeLock) {
            wakeLock.notifyAll();
        }
    }

    Handle.TimerHandle callAt(double when, Object callback, Object[] args, PContext ctx) {
        checkClosed();
        Handle.TimerHandle t = new Handle.TimerHandle(this, when, timerSeq++, callback, args, ctx == null ? copyContext() : ctx);
        scheduled.add(t);
        t.scheduled = true;
        return t;
    }

    @TruffleBoundary
    static PContext copyContext() {
        ThreadState ts = ts();
        if (ts.currentContext == null) {
            ts.currentContext = new PContext(new java.util.LinkedHashMap<>());
        }
        return ((PContext) ts.currentContext).copy();
    }

    // ----------------------------------------------------------------- running

    void runForever() {
        checkClosed();
        checkRunning();
        ThreadState ts = ts();
        thread = Thread.currentThread();
        Object prevLoop = ts.asyncioRunningLoop;
        ts.asyncioRunningLoop = this;
        Object prevFirstiter = ts.asyncgenFirstiter;
        ts.asyncgenFirstiter = firstiterHook();
        try {
            while (true) {
                runOnce.call(this);
                if (stopping) {
                    break;
                }
            }
        } finally {
            stopping = false;
            thread = null;
            ts.asyncioRunningLoop = prevLoop;
            ts.asyncgenFirstiter = prevFirstiter;
        }
    }

    private PBuiltinFunction firstiterHook() {
        PBuiltinFunction h = firstiterHook;
        if (h == null) {
            h = new PBuiltinFunction("_asyncgen_firstiter_hook", "BaseEventLoop", "agen, /", a -> {
                if (a[0] instanceof PGenerator g) {
                    trackAsyncgen(g);
                }
                return PNone.NONE;
            });
            firstiterHook = h;
        }
        return h;
    }

    @TruffleBoundary
    private void trackAsyncgen(PGenerator g) {
        if (asyncgens.size() >= asyncgensPruneAt) {
            asyncgens.removeIf(r -> r.get() == null || r.get().finished());
            asyncgensPruneAt = Math.max(64, asyncgens.size() * 2);
        }
        asyncgens.add(new WeakReference<>(g));
    }

    /** Empties the tracked set, returning the generators still alive and not finished, in first-iteration order. */
    @TruffleBoundary
    PList takeAsyncgens() {
        PList l = new PList();
        for (WeakReference<PGenerator> r : asyncgens) {
            PGenerator g = r.get();
            if (g != null && !g.finished()) {
                l.append(g);
            }
        }
        asyncgens.clear();
        return l;
    }

    void checkRunning() {
        if (isRunning()) {
            throw PException.runtimeError("This event loop is already running");
        }
        if (ts().asyncioRunningLoop != null) {
            throw PException.runtimeError("Cannot run the event loop while another loop is running");
        }
    }

    private void drainInbox() {
        Handle h;
        while ((h = inbox.poll()) != null) {
            ready.add(h);
        }
    }

    /**
     * The first half of CPython's {@code _run_once}: drop cancelled timers, wait for the earliest
     * timer or a thread-safe call, move due timers to the ready queue. Returns how many ready items
     * this iteration runs ({@link RunOnceRoot} runs them).
     */
    @TruffleBoundary
    int prepareIteration() {
        PriorityQueue<Handle.TimerHandle> timers = scheduled;
        while (!timers.isEmpty() && timers.peek().cancelled) {
            timers.poll().scheduled = false;
        }
        drainInbox();
        if (ready.isEmpty() && !stopping) {
            long waitNanos;
            if (!timers.isEmpty()) {
                waitNanos = (long) ((timers.peek().when - time()) * 1e9);
            } else {
                waitNanos = Long.MAX_VALUE;
            }
            if (waitNanos > 0) {
                waitFor(waitNanos);
            }
            drainInbox();
        }
        double end = time() + CLOCK_RESOLUTION;
        while (!timers.isEmpty()) {
            Handle.TimerHandle t = timers.peek();
            if (t.when >= end) {
                break;
            }
            timers.poll();
            t.scheduled = false;
            ready.add(t);
        }
        return ready.size();
    }

    private void waitFor(long nanos) {
        synchronized (wakeLock) {
            if (!inbox.isEmpty()) {
                return;
            }
            try {
                if (nanos == Long.MAX_VALUE) {
                    wakeLock.wait();
                } else {
                    wakeLock.wait(nanos / 1_000_000, (int) (nanos % 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Runs a handle the compiled fast paths of {@link RunReadyNode} do not cover. */
    @TruffleBoundary
    void runHandle(ThreadState ts, Handle h) {
        Object cb = h.callback;
        Object[] args = h.args;
        PContext ctx = h.context;
        Object prev = ts.currentContext;
        if (ctx.entered) {
            reportCallbackError(h, contextEnteredError(ctx));
            return;
        }
        ctx.entered = true;
        ts.currentContext = ctx;
        try {
            if (cb instanceof Handle.JavaCallback jc) {
                jc.invoke(args);
            } else {
                Py.call(cb, args);
            }
        } catch (PException e) {
            PBaseException exc = e.exc;
            if (exc.cls.isSubclassOf(ExceptionClasses.SystemExit) || exc.cls.isSubclassOf(ExceptionClasses.KeyboardInterrupt)) {
                throw e;
            }
            ts.currentContext = prev;
            ctx.entered = false;
            reportCallbackError(h, exc);
        } finally {
            ts.currentContext = prev;
            ctx.entered = false;
        }
    }

    @TruffleBoundary
    static PBaseException contextEnteredError(PContext ctx) {
        return PException.runtimeError("cannot enter context: " + org.kairos.runtime.Repr.builtinRepr(ctx) + " is already entered").exc;
    }

    @TruffleBoundary
    void reportCallbackError(Handle h, PBaseException exc) {
        PDict c = new PDict();
        c.putStr("message", "Exception in callback " + AsyncioModule.handleText(h));
        c.putStr("exception", exc);
        c.putStr("handle", h);
        callExceptionHandler(c);
    }

    void callExceptionHandler(PDict context) {
        Object helper = module.dict.getStr("_call_exception_handler");
        Py.call(helper, this, context);
    }
}
