package org.kairos.asyncio;

import org.kairos.builtins.Builtins;
import org.kairos.runtime.Generators;
import org.kairos.runtime.Ops;
import org.kairos.runtime.PCode;
import org.kairos.runtime.PException;
import org.kairos.runtime.PFunction;
import org.kairos.runtime.PModule;
import org.kairos.runtime.PNone;
import org.kairos.runtime.Py;

/**
 * The coroutine of {@code asyncio.sleep(delay, result=None)}, in Java. CPython's is
 * <pre>
 * async def sleep(delay, result=None):
 *     if delay &lt;= 0:
 *         await __sleep0()          # a bare yield
 *         return result
 *     if math.isnan(delay):
 *         raise ValueError("Invalid delay: NaN (not a number)")
 *     loop = events.get_running_loop()
 *     future = loop.create_future()
 *     h = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
 *     try:
 *         return await future
 *     finally:
 *         h.cancel()
 * </pre>
 * and this object steps through the same states with the same effects (see {@link JavaCoroutine}).
 * Every leaf of an asyncio program sleeps: as a guest coroutine, each sleep was a call, a frame
 * and a resume of its own, and two more roots for the compiler. The guest definition stays in
 * {@code asyncio_impl.py} for its code object, which {@code cr_frame} shows.
 */
final class Sleep extends JavaCoroutine {
    /** Lines of the guest definition's awaits, relative to its {@code def} line. */
    private static final int ZERO_AWAIT_LINE = 2;
    private static final int FUTURE_AWAIT_LINE = 10;

    private final Object delay;
    private final Object result;
    /** The guest {@code sleep}'s code (for frames) and {@code _set_result_unless_cancelled}. */
    private final PCode code;
    private final Object setResult;
    /** Suspended in the bare yield of a delay &lt;= 0. */
    private boolean zero;
    private Object handle;

    private Sleep(Object delay, Object result, PCode code, Object setResult) {
        super("sleep", "sleep");
        this.delay = delay;
        this.result = result;
        this.code = code;
        this.setResult = setResult;
    }

    /** {@code _sleep_native(sleep, _set_result_unless_cancelled)}: makes {@code asyncio.sleep} this builtin. */
    static void install(PModule m) {
        Builtins.def(m.dict, "_set_result_unless_cancelled", "fut, result", a -> {
            setResultUnlessCancelled(a[0], a[1]);
            return PNone.NONE;
        });
        Builtins.def(m.dict, "_sleep_native", "guest, set_result, /", a -> {
            if (!(a[0] instanceof PFunction guest) || !guest.code.isCoroutine) {
                throw PException.typeError("a coroutine function is required, not " + Py.typeName(a[0]));
            }
            PCode code = guest.code;
            Object setResult = a[1];
            Builtins.def(m.dict, "sleep", "delay, result=None", b -> new Sleep(b[0], b[1], code, setResult)).coroutineFunction = true;
            return PNone.NONE;
        });
    }

    /**
     * {@code futures._set_result_unless_cancelled}, the callback of every timer a sleep sets:
     * <pre>
     * def _set_result_unless_cancelled(fut, result):
     *     if fut.cancelled():
     *         return
     *     fut.set_result(result)
     * </pre>
     * A plain future is finished directly, anything else through its methods.
     */
    private static void setResultUnlessCancelled(Object fut, Object result) {
        if (fut instanceof PFuture f && f.cls == AsyncioModule.FUTURE) {
            if (f.state != PFuture.CANCELLED) {
                f.setResult(result);
            }
        } else if (!Py.isTrue(Py.callMethod(fut, "cancelled"))) {
            Py.callMethod(fut, "set_result", result);
        }
    }

    @Override
    Object frame() {
        return Builtins.frameAt(code, line());
    }

    private int line() {
        int first = code.firstLineNo;
        return state == CREATED ? first : zero ? first + ZERO_AWAIT_LINE : first + FUTURE_AWAIT_LINE;
    }

    /** As a task's repr shows its coroutine: the guest definition's file and the current line. */
    String taskInfo() {
        return state == DONE ? "sleep() done, defined at " + code.filename + ":" + code.firstLineNo : "sleep() running at " + code.filename + ":" + line();
    }

    @Override
    Object start() {
        if (notPositive(delay)) {
            zero = true;
            state = SUSPENDED;
            return PNone.NONE;
        }
        if (!(delay instanceof Long) && Double.isNaN(AsyncioModule.toDouble(delay))) {
            throw PException.valueError("Invalid delay: NaN (not a number)");
        }
        Object loop = AsyncioModule.runningLoop();
        Object f = createFuture(loop);
        handle = callLater(loop, f);
        awaited = awaitStart(f);
        state = SUSPENDED;
        return f;
    }

    @Override
    Object resume() {
        if (zero) {
            state = DONE;
            return new Generators.Done(result);
        }
        try {
            return new Generators.Done(awaitedResult(awaited));
        } finally {
            finish();
        }
    }

    private static boolean notPositive(Object delay) {
        if (delay instanceof Long l) {
            return l <= 0;
        }
        if (delay instanceof Double d) {
            return d <= 0;
        }
        return Py.isTrue(Ops.compare(Ops.CmpOp.LE, delay, 0L));
    }

    /** {@code loop.call_later(delay, _set_result_unless_cancelled, future, result)}. */
    private Object callLater(Object loop, Object f) {
        if (loop instanceof EventLoop el && el.dict == null && el.cls.lookup("call_later") == AsyncioModule.LOOP.namespace().getStr("call_later")) {
            return el.callAt(AsyncioModule.laterTime(el, delay), setResult, new Object[]{f, result}, null);
        }
        return Py.callMethod(loop, "call_later", delay, setResult, f, result);
    }

    /** The finally clause: {@code h.cancel()}. */
    private void finish() {
        Object h = handle;
        awaited = null;
        handle = null;
        state = DONE;
        if (h instanceof Handle jh && jh.cls == AsyncioModule.TIMER_HANDLE) {
            jh.cancel();
        } else {
            Py.callMethod(h, "cancel");
        }
    }

    @Override
    void closeSuspended() {
        if (zero) {
            state = DONE;
        } else {
            state = RUNNING;
            finish();
        }
    }
}
