package org.kairos.asyncio;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import org.kairos.nodes.CallDispatchNode;
import org.kairos.runtime.PCode;
import org.kairos.runtime.PFunction;
import org.kairos.runtime.Py;

/**
 * Calls a handle's guest callback: a function, or a method bound to a function (a TaskGroup's
 * {@code _on_task_done}, a protocol's method). A few callee codes are called directly; the rest
 * go through {@link Py#call}.
 */
@GenerateInline(false)
abstract class GuestCallbackNode extends Node {
    /** {@code cb}: the callback as queued; {@code fn}/{@code self}: its function and receiver (null for a plain function). */
    abstract void execute(Object cb, PFunction fn, Object self, Object[] args);

    @Specialization(guards = {"fn.code == cachedCode", "isPlainCallable(cachedCode, self, args)"}, limit = "3")
    static void doDirect(@SuppressWarnings("unused") Object cb, PFunction fn, Object self, Object[] args,
                    @Cached("fn.code") PCode cachedCode,
                    @Cached("create(cachedCode.callTarget())") DirectCallNode call,
                    @Bind Node node) {
        CallDispatchNode.invoke(fn, cachedCode, call, CallDispatchNode.frameArgs(fn, self, args), node);
    }

    @Specialization(replaces = "doDirect")
    static void doGeneric(Object cb, @SuppressWarnings("unused") PFunction fn, @SuppressWarnings("unused") Object self, Object[] args) {
        Py.call(cb, args);
    }

    /** Positional parameters only, as many as the call passes, and not a generator or coroutine function. */
    static boolean isPlainCallable(PCode code, Object self, Object[] args) {
        int n = args.length + (self == null ? 0 : 1);
        return code.signature.isSimple() && code.signature.positional == n && !code.isGenerator && !code.isCoroutine && !code.isAsyncGenerator;
    }
}
