package org.kairos.asyncio;

import org.kairos.builtins.Builtins;
import org.kairos.runtime.Generators;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PException;
import org.kairos.runtime.PModule;
import org.kairos.runtime.PNone;
import org.kairos.runtime.Py;
import org.kairos.runtime.PythonObject;

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
 * and this object steps through the same states with the same effects (see {@link JavaCoroutine}).
 * A task parked on an event then holds no guest frame for the wait: a frame and its arrays cost
 * about a third of a parked task's memory.
 */
final class EventWait extends JavaCoroutine {
    private final Object event;
    /** The asyncio module, whose {@code _LoopBound._get_loop} the fast path stands in for. */
    private final PModule module;

    private EventWait(Object event, PModule module) {
        super("wait", "Event.wait");
        this.event = event;
        this.module = module;
    }

    static void install(PModule m) {
        Builtins.def(m.dict, "_event_native", "cls, /", a -> {
            PClass cls = AsyncioModule.classArg(a[0]);
            Builtins.libMethod(cls, "wait", "self, /", b -> new EventWait(b[0], m)).coroutineFunction = true;
            Builtins.libMethod(cls, "set", "self, /", b -> {
                set(cls, b[0]);
                return PNone.NONE;
            });
            return PNone.NONE;
        });
    }

    /**
     * {@code Event.set}, CPython's
     * <pre>
     * def set(self):
     *     if not self._value:
     *         self._value = True
     *         for fut in self._waiters:
     *             if not fut.done():
     *                 fut.set_result(True)
     * </pre>
     * One call wakes every waiter, so as guest code its loop ran (and was compiled) once per
     * waiter. Attributes as {@link LibAttrs} reads them; plain futures are finished directly, others
     * through their methods.
     */
    private static void set(PClass cls, Object event) {
        if (Py.isTrue(LibAttrs.get(cls, event, "_value"))) {
            return;
        }
        LibAttrs.set(cls, event, "_value", true);
        Object it = Py.getIter(LibAttrs.get(cls, event, "_waiters"));
        for (Object fut = Py.next(it); fut != null; fut = Py.next(it)) {
            if (fut instanceof PFuture f && f.cls == AsyncioModule.FUTURE) {
                if (!f.done()) {
                    f.setResult(true);
                }
            } else if (!Py.isTrue(Py.callMethod(fut, "done"))) {
                Py.callMethod(fut, "set_result", true);
            }
        }
    }

    @Override
    Object start() {
        PDict d = plainDict();
        Object value = d != null ? d.getStr("_value") : null;
        if (Py.isTrue(value != null ? value : Py.getAttr(event, "_value"))) {
            state = DONE;
            return new Generators.Done(true);
        }
        Object loop = d != null ? getLoop(d) : Py.callMethod(event, "_get_loop");
        Object f = createFuture(loop);
        Object w = d != null ? d.getStr("_waiters") : null;
        Py.callMethod(w != null ? w : Py.getAttr(event, "_waiters"), "append", f);
        awaited = awaitStart(f);
        state = SUSPENDED;
        return f;
    }

    @Override
    Object resume() {
        Object f = awaited;
        try {
            awaitedResult(f);
        } finally {
            finish(f);
        }
        return new Generators.Done(true);
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
        Object loop = AsyncioModule.runningLoop();
        Object bound = d.getStr("_loop");
        if (bound == null || bound == PNone.NONE) {
            d.putStr("_loop", loop);
        } else if (bound != loop) {
            throw PException.runtimeError(Py.repr(event) + " is bound to a different event loop");
        }
        return loop;
    }

    /** The future's await raised (or will): the finally clause, then done. */
    private void finish(Object f) {
        awaited = null;
        state = DONE;
        PDict d = plainDict();
        Object w = d != null ? d.getStr("_waiters") : null;
        Py.callMethod(w != null ? w : Py.getAttr(event, "_waiters"), "remove", f);
    }

    @Override
    void closeSuspended() {
        state = RUNNING;
        finish(awaited);
    }
}
