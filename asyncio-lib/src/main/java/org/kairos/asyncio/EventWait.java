package org.kairos.asyncio;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.kairos.builtins.Builtins;
import org.kairos.runtime.Generators;
import org.kairos.runtime.JavaRepr;
import org.kairos.runtime.NativeAwaitable;
import org.kairos.runtime.PBaseException;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PException;
import org.kairos.runtime.PGenerator;
import org.kairos.runtime.PModule;
import org.kairos.runtime.PNone;
import org.kairos.runtime.Py;
import org.kairos.runtime.PythonObject;
import org.kairos.runtime.Repr;

/**
 * The coroutine of {@code asyncio.Event.wait()}, in Java. CPython's is
 * <pre>
 * async def wait(self):
 *     if self._value: return True
 *     fut = self._get_loop().create_future()
 *     self._waiters.append(fut)
 *     try:
 *         await fut
 *         return True
 *     finally:
 *         self._waiters.remove(fut)
 * </pre>
 * and this object steps through the same states with the same effects. A task parked on an event
 * then holds no guest frame for the wait (a frame and its arrays cost about a third of a parked
 * task's memory): the object is the awaited delegate (a {@link NativeAwaitable}) and also answers
 * the coroutine protocol (send, throw, close, {@code __await__}) for tasks and other callers.
 */
final class EventWait extends PythonObject implements NativeAwaitable, NativeAwaitable.Iterator, JavaRepr {
    static final PClass CLASS = coroutineClass();

    private static final int CREATED = 0;
    private static final int WAITING = 1;
    private static final int RUNNING = 2;
    private static final int DONE = 3;

    private final Object event;
    /** The asyncio module, whose {@code _LoopBound._get_loop} the fast path stands in for. */
    private final PModule module;
    /** The future waited for, while {@link #WAITING}. */
    private Object fut;
    private int state;

    private EventWait(Object event, PModule module) {
        super(CLASS);
        this.event = event;
        this.module = module;
    }

    private static PClass coroutineClass() {
        PClass c = new PClass("coroutine", PClass.OBJECT, PClass.Layout.OTHER);
        c.ns.putStr("__module__", "builtins");
        return c;
    }

    static void install(PModule m) {
        Builtins.def(m.dict, "_event_native", "cls, /", a -> {
            Builtins.method((PClass) a[0], "wait", "self, /", b -> new EventWait(b[0], m));
            return PNone.NONE;
        });
        PClass c = CLASS;
        Builtins.method(c, "send", "self, value, /", a -> guestResult(self(a[0]).send(a[1])));
        Builtins.method(c, "__next__", "self, /", a -> guestResult(self(a[0]).stepNone()));
        Builtins.method(c, "throw", "self, typ, val=?, tb=?, /", a -> {
            Object e = a[2] != PNone.NO_VALUE && a[2] != PNone.NONE ? a[2] : a[1];
            if (e instanceof PClass k) {
                e = a[2] != PNone.NO_VALUE && a[2] != PNone.NONE && !(a[2] instanceof PBaseException) ? Py.call(k, a[2]) : Py.call(k);
            }
            if (!(e instanceof PBaseException be)) {
                throw PException.typeError("exceptions must derive from BaseException");
            }
            throw self(a[0]).throwInto(be);
        });
        Builtins.method(c, "close", "self, /", a -> {
            self(a[0]).close();
            return PNone.NONE;
        });
        Builtins.method(c, "__await__", "self, /", a -> a[0]);
        Builtins.method(c, "__iter__", "self, /", a -> a[0]);
        Builtins.method(c, "__repr__", "self, /", a -> self(a[0]).repr());
        Builtins.getset(c, "__name__", o -> "wait", null);
        Builtins.getset(c, "__qualname__", o -> "Event.wait", null);
        Builtins.getset(c, "cr_running", o -> self(o).state == RUNNING, null);
        Builtins.getset(c, "cr_suspended", o -> self(o).state == WAITING, null);
        Builtins.getset(c, "cr_await", o -> {
            Object f = self(o).fut;
            return f == null ? PNone.NONE : f;
        }, null);
        Builtins.getset(c, "cr_frame", o -> PNone.NONE, null);
    }

    @Override
    public String repr() {
        return "<coroutine object Event.wait at " + Repr.addressOf(this) + ">";
    }

    private static EventWait self(Object o) {
        if (o instanceof EventWait w) {
            return w;
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

    @Override
    public Object fastAwaitIterator() {
        return this;
    }

    /** {@code send(None)}: runs the coroutine to its await, or from it to the end. */
    @Override
    @TruffleBoundary
    public Object stepNone() {
        switch (state) {
            case CREATED:
                state = RUNNING;
                try {
                    PDict d = plainDict();
                    Object value = d != null ? d.getStr("_value") : null;
                    if (Py.isTrue(value != null ? value : Py.getAttr(event, "_value"))) {
                        state = DONE;
                        return new Generators.Done(true);
                    }
                    Object loop = d != null ? getLoop(d) : Py.callMethod(event, "_get_loop");
                    Object f;
                    if (loop instanceof EventLoop el && el.dict == null && el.cls.lookup("create_future") == AsyncioModule.LOOP.namespace().getStr("create_future")) {
                        PFuture pf = new PFuture(AsyncioModule.FUTURE);
                        pf.loop = el;
                        f = pf;
                    } else {
                        f = Py.callMethod(loop, "create_future");
                    }
                    Object w = d != null ? d.getStr("_waiters") : null;
                    Py.callMethod(w != null ? w : Py.getAttr(event, "_waiters"), "append", f);
                    // Future.__await__: mark the future as awaited by a task step, then yield it
                    if (f instanceof PFuture pf && Gather.isNative(pf)) {
                        pf.blocking = true;
                    } else {
                        Py.setAttr(f, "_asyncio_future_blocking", true);
                    }
                    fut = f;
                    state = WAITING;
                    return f;
                } catch (PException e) {
                    state = DONE;
                    throw e;
                }
            case WAITING:
                state = RUNNING;
                Object f = fut;
                try {
                    if (f instanceof PFuture pf && Gather.isNative(pf)) {
                        if (!pf.done()) {
                            throw PException.runtimeError("await wasn't used with future");
                        }
                        pf.result();
                    } else {
                        if (!Py.isTrue(Py.callMethod(f, "done"))) {
                            throw PException.runtimeError("await wasn't used with future");
                        }
                        Py.callMethod(f, "result");
                    }
                } finally {
                    finish(f);
                }
                return new Generators.Done(true);
            case RUNNING:
                throw PException.valueError("coroutine already executing");
            default:
                throw PException.runtimeError("cannot reuse already awaited coroutine");
        }
    }

    /**
     * The event's instance dict when its {@code _get_loop} is {@code _LoopBound}'s own (so that
     * {@link #getLoop} may stand in for it), else null: the generic path then calls the method.
     */
    private PDict plainDict() {
        if (event instanceof PythonObject po && po.dict != null && module.dict.getStr("_LoopBound") instanceof PClass lb &&
                        po.cls.lookup("_get_loop") == lb.namespace().getStr("_get_loop") && po.cls.lookup("_value") == null) {
            return po.dict;
        }
        return null;
    }

    /** {@code _LoopBound._get_loop}: the running loop, which the event binds to on first use. */
    private Object getLoop(PDict d) {
        Object loop = EventLoop.ts().asyncioRunningLoop;
        if (loop == null) {
            throw PException.runtimeError("no running event loop");
        }
        Object bound = d.getStr("_loop");
        if (bound == null || bound == PNone.NONE) {
            d.putStr("_loop", loop);
        } else if (bound != loop) {
            throw PException.runtimeError(Py.repr(event) + " is bound to a different event loop");
        }
        return loop;
    }

    private Object send(Object value) {
        if (value != PNone.NONE && state == CREATED) {
            throw PException.typeError("can't send non-None value to a just-started coroutine");
        }
        // a future's await ignores what is sent in
        return stepNone();
    }

    /** The future's await raised (or will): the finally clause, then done. */
    private void finish(Object f) {
        fut = null;
        state = DONE;
        PDict d = plainDict();
        Object w = d != null ? d.getStr("_waiters") : null;
        Py.callMethod(w != null ? w : Py.getAttr(event, "_waiters"), "remove", f);
    }

    /** {@code throw(exc)}: raises at the await (after the finally clause), or at once if not started. */
    @TruffleBoundary
    private PException throwInto(PBaseException exc) {
        close();
        return new PException(exc);
    }

    @Override
    public PException throwThrough(PBaseException exc) {
        return throwInto(exc);
    }

    /** An exception at the await (GeneratorExit for close()): the finally clause runs; or no start at all. */
    @TruffleBoundary
    private void close() {
        if (state == RUNNING) {
            throw PException.valueError("coroutine already executing");
        }
        if (state == WAITING) {
            state = RUNNING;
            finish(fut);
        }
        state = DONE;
    }
}
