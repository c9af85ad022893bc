package org.kairos.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.ContinuationResult;
import com.oracle.truffle.api.frame.MaterializedFrame;
import org.kairos.KairosContext;

/**
 * The delegation protocol behind {@code yield from} and {@code await} (one step of CPython's
 * {@code SEND}/{@code YIELD_VALUE} loop), awaitable lookup and async iteration.
 */
public final class Generators {
    private Generators() {
    }

    /** The delegate finished; {@code value} is the result of the yield-from/await expression. */
    public record Done(Object value) {
    }

    /**
     * Whether a delegation step's result says the delegate finished: a {@link Done}, or, from the
     * eager start of {@code await f(args)}, the body's own continuation result without a
     * continuation (see {@link PGenerator#exitEagerAwaited}), which saves making a Done per call.
     */
    public static boolean isDone(Object step) {
        return step instanceof Done || step instanceof ContinuationResult;
    }

    /** The result of a finished delegation step (see {@link #isDone}). */
    public static Object doneValue(Object step) {
        return step instanceof ContinuationResult cont ? cont.getResult() : ((Done) step).value();
    }

    /**
     * A generator or coroutine of a call that did not run its body (see {@link PCode#startsLazily}):
     * it keeps the call's frame arguments (every call builds its own array) until its first
     * resume. {@code awaited}: see {@link #wrap(PFunction, PCode, Object, boolean)}.
     */
    public static PGenerator createLazily(PFunction fn, PCode c, Object[] frameArgs, boolean awaited) {
        return trackUnawaited(new PGenerator(fn, c, frameArgs), c, awaited);
    }

    /** A coroutine not made for an await goes on the context's never-awaited list (for the RuntimeWarning). */
    private static PGenerator trackUnawaited(PGenerator g, PCode c, boolean awaited) {
        if (c.isCoroutine && !awaited) {
            g.linkUnawaited(KairosContext.get(null).unawaitedCoroutines);
        }
        return g;
    }

    /** Wraps the initial continuation of a generator/coroutine function call. */
    public static Object wrap(PFunction fn, Object result) {
        return wrap(fn, fn.code, result, false);
    }

    /**
     * As {@link #wrap(PFunction, Object)}, with {@code fn}'s code {@code c} (which a call site has
     * as a constant). {@code awaited} means the call is the operand of an {@code await}, so the
     * coroutine is started at once and cannot end up never awaited. Skipping the never-awaited
     * list then keeps the new coroutine local to the compiled caller.
     */
    public static Object wrap(PFunction fn, PCode c, Object result, boolean awaited) {
        assert !c.startsLazily();
        // the start yield of the body (it cannot have returned: nothing runs before that yield)
        ContinuationResult cr = (ContinuationResult) result;
        clearStartYieldSlot(c, cr);
        return trackUnawaited(new PGenerator(fn, c, cr), c, awaited);
    }

    /**
     * The first yield leaves its continuation result in a stack slot of the frame it materializes
     * (the Bytecode DSL's yield writes it there before returning it). That slot is not read again,
     * but it would keep the 24-byte object alive for as long as the generator is suspended: clear
     * it. The slot is fixed per code object; it is looked up once and checked at each use.
     */
    static void clearStartYieldSlot(PCode c, ContinuationResult cr) {
        MaterializedFrame f = cr.getFrame();
        int slot = c.startYieldSlot;
        if (!clearSlot(f, slot, cr)) {
            c.startYieldSlot = clearSlotSlow(f, cr);
        }
    }

    /**
     * As {@link #clearStartYieldSlot} for the first suspension of a body run by the code's eager
     * entry, which left its continuation result (and through it the value it yielded) in the
     * frame that is kept from now on. That slot depends on the yield site; the last one is cached.
     * Once per generator, so out of line in compiled code: resume sites stay small.
     */
    @TruffleBoundary
    static void clearEagerYieldSlot(PCode c, ContinuationResult cr, MaterializedFrame f) {
        int slot = c.eagerYieldSlot;
        if (!clearSlot(f, slot, cr)) {
            c.eagerYieldSlot = clearSlotSlow(f, cr);
        }
    }

    private static boolean clearSlot(MaterializedFrame f, int slot, ContinuationResult cr) {
        if (slot >= 0 && slot < f.getFrameDescriptor().getNumberOfSlots() && f.isObject(slot) && f.getObject(slot) == cr) {
            f.setObject(slot, null);
            return true;
        }
        return false;
    }

    /** Finds and clears the slot holding {@code cr}; returns it, or -1. */
    @TruffleBoundary
    private static int clearSlotSlow(MaterializedFrame f, ContinuationResult cr) {
        for (int i = f.getFrameDescriptor().getNumberOfSlots() - 1; i >= 0; i--) {
            if (f.isObject(i) && f.getObject(i) == cr) {
                f.setObject(i, null);
                return i;
            }
        }
        return -1;
    }

    /** Raises the exception of a resume that carries a throw(), else passes the sent value on. */
    public static Object resumeValue(Object v) {
        if (v instanceof PGenerator.ThrowSignal t) {
            throw new PException(t.exc());
        }
        return v;
    }

    public static Object yieldFromIter(Object x, boolean inCoroutine) {
        if (x instanceof PGenerator g && g.kind() == PGenerator.Kind.GENERATOR) {
            return g;
        }
        return yieldFromIterSlow(x, inCoroutine);
    }

    @TruffleBoundary
    private static Object yieldFromIterSlow(Object x, boolean inCoroutine) {
        if (x instanceof PGenerator g && g.kind() == PGenerator.Kind.COROUTINE) {
            PCode cur = KairosContext.get(null).threadState().currentGeneratorCode();
            if (!inCoroutine && (cur == null || !cur.iterableCoroutine)) {
                throw PException.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return g;
        }
        return Py.getIter(x);
    }

    public static Object getAwaitable(Object x) {
        // the common cases (await of a coroutine object or of an asyncio future) stay out of the boundary
        if (x instanceof PGenerator g && g.kind() == PGenerator.Kind.COROUTINE && !g.running()) {
            return g;
        }
        if (x instanceof NativeAwaitable na) {
            Object it = na.fastAwaitIterator();
            if (it != null) {
                return it;
            }
        }
        return getAwaitableSlow(x);
    }

    /**
     * {@link #getAwaitable} for an await compiled into a generator frame: the delegate only lives
     * in the generator's {@code yieldFrom} (see {@link NativeAwaitable#frameAwaitIterator}).
     */
    public static Object getFrameAwaitable(Object x) {
        if (x instanceof PGenerator g && g.kind() == PGenerator.Kind.COROUTINE && !g.running()) {
            return g;
        }
        if (x instanceof NativeAwaitable na) {
            Object it = na.frameAwaitIterator();
            if (it != null) {
                return it;
            }
        }
        return getAwaitableSlow(x);
    }

    @TruffleBoundary
    private static Object getAwaitableSlow(Object x) {
        if (x instanceof PGenerator g) {
            if (g.kind() == PGenerator.Kind.COROUTINE || (g.kind() == PGenerator.Kind.GENERATOR && g.code.iterableCoroutine)) {
                if (g.kind() == PGenerator.Kind.COROUTINE && g.yieldFrom == null && g.running()) {
                    throw PException.runtimeError("coroutine is being awaited already");
                }
                return g;
            }
        }
        Object await = Py.classOf(x).lookup("__await__");
        if (await == null || await == PNone.NONE) {
            throw PException.typeError("object " + Py.typeName(x) + " can't be used in 'await' expression");
        }
        Object it = Py.call(await, x);
        if (it instanceof PIterator pi && pi.cls.name.equals("coroutine_wrapper")) {
            return it;
        }
        if (it instanceof PGenerator g && g.kind() == PGenerator.Kind.COROUTINE) {
            throw PException.typeError("__await__() returned a coroutine");
        }
        if (!Iteration.isIterator(it)) {
            throw PException.typeError("__await__() returned non-iterator of type '" + Py.typeName(it) + "'");
        }
        return it;
    }

    /** One step of delegation: returns the value the delegate yielded, or a {@link Done}. */
    @TruffleBoundary
    public static Object yieldFromStep(Object it, Object send) {
        ThreadState ts = KairosContext.get(null).threadState();
        Object r = step(it, send);
        if (r instanceof Done) {
            if (ts.currentGenerator != null) {
                ts.currentGenerator.yieldFrom = null;
            }
        } else {
            PGenerator current = ts.currentGenerator();
            if (current != null) {
                current.yieldFrom = it;
            }
        }
        return r;
    }

    private static Object step(Object it, Object send) {
        if (send instanceof PGenerator.ThrowSignal t) {
            PBaseException exc = t.exc();
            if (exc.cls.isSubclassOf(ExceptionClasses.GeneratorExit)) {
                if (it instanceof PGenerator g) {
                    g.close();
                } else {
                    Object close = Py.getAttrOrNull(it, "close");
                    if (close != null) {
                        Py.call(close);
                    }
                }
                throw new PException(exc);
            }
            if (it instanceof PGenerator g) {
                try {
                    return g.resume(send);
                } catch (PGenerator.Returned r) {
                    return new Done(r.value);
                }
            }
            Object thr = Py.getAttrOrNull(it, "throw");
            if (thr == null) {
                throw new PException(exc);
            }
            try {
                return Py.call(thr, exc);
            } catch (PException e) {
                if (e.exc.cls.isSubclassOf(ExceptionClasses.StopIteration)) {
                    return new Done(stopValue(e.exc));
                }
                throw e;
            }
        }
        if (it instanceof PGenerator g) {
            try {
                return g.resume(send);
            } catch (PGenerator.Returned r) {
                return new Done(r.value);
            }
        }
        try {
            // Inside the try: some Java iterators (coroutine_wrapper) finish with a valued StopIteration.
            if (it instanceof PIterator pi && send == PNone.NONE) {
                Object v = pi.next();
                return v == null ? new Done(PNone.NONE) : v;
            }
            if (send == PNone.NONE) {
                Object next = Py.classOf(it).lookup("__next__");
                if (next == null) {
                    throw PException.typeError("'" + Py.typeName(it) + "' object is not an iterator");
                }
                return Py.call(next, it);
            }
            return Py.callMethod(it, "send", send);
        } catch (PException e) {
            if (e.exc.cls.isSubclassOf(ExceptionClasses.StopIteration)) {
                return new Done(stopValue(e.exc));
            }
            throw e;
        }
    }

    public static Object stopValue(PBaseException e) {
        return e.args.items.length > 0 ? e.args.items[0] : PNone.NONE;
    }

    @TruffleBoundary
    public static Object getAIter(Object x) {
        Object m = Py.classOf(x).lookup("__aiter__");
        if (m == null) {
            throw PException.typeError("'async for' requires an object with __aiter__ method, got " + Py.typeName(x));
        }
        Object it = Py.call(m, x);
        if (Py.classOf(it).lookup("__anext__") == null) {
            throw PException.typeError("'async for' received an object from __aiter__ that does not implement __anext__: " + Py.typeName(it));
        }
        return it;
    }

    public static Object getANext(Object it) {
        if (it instanceof PGenerator g && g.kind() == PGenerator.Kind.ASYNC_GENERATOR) {
            return PAsyncGenAwaitable.anext(g);
        }
        return getANextSlow(it);
    }

    @TruffleBoundary
    private static Object getANextSlow(Object it) {
        Object m = Py.classOf(it).lookup("__anext__");
        if (m == null) {
            throw PException.typeError("'async for' requires an iterator with __anext__ method, got " + Py.typeName(it));
        }
        Object aw = Py.call(m, it);
        try {
            return getAwaitable(aw);
        } catch (PException e) {
            if (e.exc.cls == ExceptionClasses.TypeError) {
                throw PException.typeError("'async for' received an invalid object from __anext__: " + Py.typeName(aw));
            }
            throw e;
        }
    }

    @TruffleBoundary
    public static Object[] asyncWithEnter(Object mgr) {
        PClass t = Py.classOf(mgr);
        Object enter = t.lookup("__aenter__");
        Object exit = t.lookup("__aexit__");
        if (enter == null) {
            throw PException.typeError("'" + t.name + "' object does not support the asynchronous context manager protocol");
        }
        if (exit == null) {
            throw PException.typeError("'" + t.name + "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
        }
        Object exitBound = Py.descrGet(exit, mgr, t);
        Object awaitable = Py.call(Py.descrGet(enter, mgr, t));
        return new Object[]{exitBound, awaitable};
    }
}
