package org.kairos.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import org.kairos.runtime.PCode;
import org.kairos.runtime.PFunction;
import org.kairos.runtime.PMethod;
import org.kairos.runtime.Py;

/**
 * A call with keyword arguments ({@code f(a, b=1)}): the last {@code kwnames.length} arguments are
 * the keyword values. Guest functions and their bound methods bind through a {@link BindPlan} made
 * for the call site's shape and call their code through a {@link DirectCallNode}; anything else
 * takes the generic path.
 */
@GenerateInline(false)
public abstract class CallKwNode extends Node {
    static final int LIMIT = 3;

    public abstract Object execute(Object callee, Object[] args, String[] kwnames);

    @Specialization(guards = {"fn.code == cachedCode", "args.length == argc", "kwnames == cachedNames", "plan != null"}, limit = "LIMIT")
    static Object doFunction(PFunction fn, Object[] args, String[] kwnames,
                    @Cached("fn.code") PCode cachedCode,
                    @Cached("args.length") int argc,
                    @Cached(value = "kwnames", dimensions = 0) String[] cachedNames,
                    @Cached("create(fn, argc, kwnames)") BindPlan plan,
                    @Cached("create(cachedCode.callTarget())") DirectCallNode callNode,
                    @Bind Node node) {
        Object[] frameArgs = plan.bind(fn, null, args);
        if (frameArgs == null) {
            frameArgs = bind(fn, null, args, kwnames);
        }
        return CallDispatchNode.invoke(fn, cachedCode, callNode, frameArgs, node);
    }

    @Specialization(guards = {"isFunctionMethod(m)", "methodCode(m) == cachedCode", "args.length == argc", "kwnames == cachedNames", "plan != null"}, limit = "LIMIT")
    static Object doMethod(PMethod m, Object[] args, String[] kwnames,
                    @Cached("methodCode(m)") PCode cachedCode,
                    @Cached("args.length") int argc,
                    @Cached(value = "kwnames", dimensions = 0) String[] cachedNames,
                    @Cached("createWithSelf(m.func, argc, kwnames)") BindPlan plan,
                    @Cached("create(cachedCode.callTarget())") DirectCallNode callNode,
                    @Bind Node node) {
        PFunction fn = (PFunction) m.func;
        Object[] frameArgs = plan.bind(fn, m.self, args);
        if (frameArgs == null) {
            frameArgs = bind(fn, m.self, args, kwnames);
        }
        return CallDispatchNode.invoke(fn, cachedCode, callNode, frameArgs, node);
    }

    @Specialization(replaces = {"doFunction", "doMethod"})
    static Object doGeneric(Object callee, Object[] args, String[] kwnames) {
        return Runtime.call(callee, args, kwnames);
    }

    static BindPlan create(Object fn, int nargs, String[] kwnames) {
        return BindPlan.create((PFunction) fn, nargs, kwnames);
    }

    static BindPlan createWithSelf(Object fn, int argc, String[] kwnames) {
        return create(fn, argc + 1, kwnames);
    }

    static boolean isFunctionMethod(PMethod m) {
        return m.func instanceof PFunction;
    }

    static PCode methodCode(PMethod m) {
        return ((PFunction) m.func).code;
    }

    @TruffleBoundary
    private static Object[] bind(PFunction fn, Object self, Object[] args, String[] kwnames) {
        return Py.bindFunctionArgs(fn, self == null ? args : CallDispatchNode.prepend(self, args), kwnames);
    }
}
