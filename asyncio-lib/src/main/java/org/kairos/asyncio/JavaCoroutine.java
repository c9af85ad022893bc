package org.kairos.asyncio;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.kairos.builtins.Builtins;
import org.kairos.runtime.Generators;
import org.kairos.runtime.JavaRepr;
import org.kairos.runtime.NativeAwaitable;
import org.kairos.runtime.NativeCoroutine;
import org.kairos.runtime.PBaseException;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PException;
import org.kairos.runtime.PGenerator;
import org.kairos.runtime.PNone;
import org.kairos.runtime.Py;
import org.kairos.runtime.PythonObject;
import org.kairos.runtime.Repr;

/**
 * A coroutine object of asyncio written in Java ({@link Sleep}, {@link EventWait}): a state
 * machine stepping through the states of CPython's {@code async def} with the same effects, so
 * that a task parked in it holds no guest frame and running it costs no guest call.
 *
 * <p>It is the await's delegate ({@link NativeAwaitable}), and answers the coroutine protocol
 * ({@code send}, {@code throw}, {@code close}, {@code __await__}, {@code cr_*}) for tasks and any
 * other caller. Subclasses give the steps; the protocol, the states and the class live here.
 */
abstract class JavaCoroutine extends PythonObject implements NativeAwaitable, NativeAwaitable.Iterator, NativeCoroutine, JavaRepr {
    /** Passes for the builtin coroutine class (its name and module), as CPython's coroutines show. */
    static final PClass CLASS = coroutineClass();

    static final int CREATED = 0;
    /** Suspended at its await. */
    static final int SUSPENDED = 1;
    static final int RUNNING = 2;
    static final int DONE = 3;

    int state;
    /** What the coroutine's await waits for while {@link #SUSPENDED} ({@code cr_await}), else null. */
    Object awaited;
    private final String name;
    private final String qualname;
    /** {@code cr_await} as guest code saw it, the same object until the coroutine runs again. */
    private Object awaitView;

    JavaCoroutine(String name, String qualname) {
        super(CLASS);
        this.name = name;
        this.qualname = qualname;
    }

    private static PClass coroutineClass() {
        PClass c = new PClass("coroutine", PClass.OBJECT, PClass.Layout.OTHER);
        c.ns.putStr("__module__", "builtins");
        PClass k = c;
        Builtins.method(k, "send", "self, value, /", a -> guestResult(self(a[0]).send(a[1])));
        Builtins.method(k, "__next__", "self, /", a -> guestResult(self(a[0]).stepNone()));
        Builtins.method(k, "throw", "self, typ, val=?, tb=?, /", a -> {
            Object e = a[2] != PNone.NO_VALUE && a[2] != PNone.NONE ? a[2] : a[1];
            if (e instanceof PClass cls) {
                e = a[2] != PNone.NO_VALUE && a[2] != PNone.NONE && !(a[2] instanceof PBaseException) ? Py.call(cls, a[2]) : Py.call(cls);
            }
            if (!(e instanceof PBaseException be)) {
                throw PException.typeError("exceptions must derive from BaseException");
            }
            return guestResult(self(a[0]).throwInto(be));
        });
        Builtins.method(k, "close", "self, /", a -> {
            self(a[0]).close();
            return PNone.NONE;
        });
        Builtins.method(k, "__await__", "self, /", a -> a[0]);
        Builtins.method(k, "__iter__", "self, /", a -> a[0]);
        Builtins.method(k, "__repr__", "self, /", a -> self(a[0]).repr());
        Builtins.getset(k, "__name__", o -> self(o).name, null);
        Builtins.getset(k, "__qualname__", o -> self(o).qualname, null);
        Builtins.getset(k, "cr_running", o -> self(o).state == RUNNING, null);
        Builtins.getset(k, "cr_suspended", o -> self(o).state == SUSPENDED, null);
        Builtins.getset(k, "cr_await", o -> self(o).awaitingForGuest(), null);
        Builtins.getset(k, "cr_frame", o -> self(o).state == DONE ? PNone.NONE : self(o).frame(), null);
        return c;
    }

    /** From the start to the await: sets {@link #SUSPENDED} and returns the value to yield, or {@link #DONE} and a {@link Generators.Done}. */
    abstract Object start();

    /** From the await to the end ({@link #RUNNING} meanwhile): a {@link Generators.Done}, or raises; {@link #DONE} after. */
    abstract Object resume();

    /** The frame {@code cr_frame} shows while not closed, or None (no guest code to show). */
    Object frame() {
        return PNone.NONE;
    }

    /**
     * GeneratorExit at the await (close()): runs the cleanup it passes through on its way out;
     * {@link #DONE} after.
     */
    abstract void closeSuspended();

    /**
     * {@code throw(exc)} at the await ({@link #RUNNING} meanwhile): the value to yield or a
     * {@link Generators.Done} if the coroutine handles it, else raises. By default it catches
     * nothing: the cleanup runs and the exception goes on.
     */
    Object throwAt(PBaseException exc) {
        closeSuspended();
        state = DONE;
        throw new PException(exc);
    }

    /** Whether {@link #throwAt} may handle an exception (then an await's throw takes the guest call). */
    boolean catchesThrown() {
        return false;
    }

    /** {@code cr_await}: a future's real iterator (a FutureIter) rather than the future standing in for it. */
    private Object awaitingForGuest() {
        Object a = awaited;
        if (a == null) {
            return PNone.NONE;
        }
        if (awaitView == null) {
            awaitView = a instanceof NativeAwaitable.Iterator ni ? ni.guestIterator() : a;
        }
        return awaitView;
    }

    @Override
    public String repr() {
        return "<coroutine object " + qualname + " at " + Repr.addressOf(this) + ">";
    }

    @Override
    public String coroutineState() {
        return switch (state) {
            case CREATED -> "CORO_CREATED";
            case SUSPENDED -> "CORO_SUSPENDED";
            case RUNNING -> "CORO_RUNNING";
            default -> "CORO_CLOSED";
        };
    }

    @Override
    public Object fastAwaitIterator() {
        return this;
    }

    private static JavaCoroutine self(Object o) {
        if (o instanceof JavaCoroutine c) {
            return c;
        }
        throw PException.typeError("descriptor requires a 'coroutine' object but received '" + Py.typeName(o) + "'");
    }

    /** A step's outcome as the guest methods give it: the yielded value, or StopIteration. */
    private static Object guestResult(Object r) {
        if (r instanceof Generators.Done d) {
            throw PGenerator.stopIteration(d.value());
        }
        return r;
    }

    /** {@code send(None)}: runs the coroutine to its await, or from it to the end. */
    @Override
    @TruffleBoundary
    public final Object stepNone() {
        switch (state) {
            case CREATED:
                state = RUNNING;
                try {
                    return start();
                } catch (PException e) {
                    state = DONE;
                    throw e;
                }
            case SUSPENDED:
                state = RUNNING;
                awaitView = null;
                return resume();
            case RUNNING:
                throw alreadyExecuting();
            default:
                throw PException.runtimeError("cannot reuse already awaited coroutine");
        }
    }

    /** Raised when a running coroutine is stepped, thrown into or closed. */
    private static PException alreadyExecuting() {
        return PException.valueError("coroutine already executing");
    }

    private Object send(Object value) {
        if (value != PNone.NONE && state == CREATED) {
            throw PException.typeError("can't send non-None value to a just-started coroutine");
        }
        // the awaits these coroutines suspend in (a future, a bare yield) ignore what is sent in
        return stepNone();
    }

    /** {@code throw(exc)}: what the coroutine yields or returns next, or raises. */
    @TruffleBoundary
    private Object throwInto(PBaseException exc) {
        switch (state) {
            case RUNNING:
                throw alreadyExecuting();
            case SUSPENDED:
                state = RUNNING;
                awaitView = null;
                try {
                    return throwAt(exc);
                } catch (PException e) {
                    state = DONE;
                    throw e;
                }
            default:
                // a coroutine that never ran (or is closed) raises it without running anything
                state = DONE;
                throw new PException(exc);
        }
    }

    @Override
    public PException throwThrough(PBaseException exc) {
        if (catchesThrown()) {
            return null;
        }
        try {
            throwInto(exc);
        } catch (PException e) {
            return e;
        }
        throw new IllegalStateException("a coroutine that catches nothing returned from throw()");
    }

    @TruffleBoundary
    private void close() {
        if (state == RUNNING) {
            throw alreadyExecuting();
        }
        if (state == SUSPENDED) {
            closeSuspended();
        }
        state = DONE;
    }

    // ----------------------------------------------------------------- the await of a future

    /** {@code loop.create_future()}, made directly for the default loop. */
    static Object createFuture(Object loop) {
        if (loop instanceof EventLoop el && el.dict == null && el.cls.lookup("create_future") == AsyncioModule.LOOP.namespace().getStr("create_future")) {
            PFuture pf = new PFuture(AsyncioModule.FUTURE);
            pf.loop = el;
            return pf;
        }
        return Py.callMethod(loop, "create_future");
    }

    /**
     * {@code Future.__await__} up to its yield: the future to yield, marked as awaited by a task
     * step, or null if it is done (the await then returns its result at once). As CPython's
     * FutureIter, a native future yielded before and not picked up raises.
     */
    static Object awaitStart(Object f) {
        if (f instanceof PFuture pf && Gather.isNative(pf)) {
            if (pf.done()) {
                return null;
            }
            if (pf.blocking) {
                throw PFuture.FutureIter.notAwaited();
            }
            pf.blocking = true;
            return pf;
        }
        if (Py.isTrue(Py.callMethod(f, "done"))) {
            return null;
        }
        Py.setAttr(f, "_asyncio_future_blocking", true);
        return f;
    }

    /** {@code Future.__await__} after its yield: the result, or what the future raises. */
    static Object awaitedResult(Object f) {
        if (f instanceof PFuture pf && Gather.isNative(pf)) {
            if (!pf.done()) {
                throw PException.runtimeError("await wasn't used with future");
            }
            return pf.result();
        }
        if (!Py.isTrue(Py.callMethod(f, "done"))) {
            throw PException.runtimeError("await wasn't used with future");
        }
        return Py.callMethod(f, "result");
    }
}
