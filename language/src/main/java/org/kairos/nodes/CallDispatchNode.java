package org.kairos.nodes;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import org.kairos.KairosContext;
import org.kairos.runtime.Generators;
import org.kairos.runtime.PBuiltinFunction;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PException;
import org.kairos.runtime.PBaseException;
import org.kairos.runtime.PFunction;
import org.kairos.runtime.PGenerator;
import org.kairos.runtime.PMethod;
import org.kairos.runtime.PNone;
import org.kairos.runtime.PObject;
import org.kairos.runtime.PCode;
import org.kairos.runtime.Py;
import org.kairos.runtime.ThreadState;

/**
 * Calls a callee value with positional arguments. Guest functions, bound methods of guest functions and
 * instantiation of plain guest classes go through a {@link DirectCallNode} per cached code object, so that
 * the compiler can inline the callee; everything else takes the generic path of {@link Py#callKw}.
 */
@GenerateInline(false)
public abstract class CallDispatchNode extends Node {
    static final int LIMIT = 3;

    public abstract Object execute(Object callee, Object[] args);

    @Specialization(guards = {"fn.code == cachedCode", "args.length == argc"}, limit = "LIMIT")
    static Object doFunction(PFunction fn, Object[] args,
                    @Cached("fn.code") PCode cachedCode,
                    @Cached("args.length") int argc,
                    @Cached("isDirect(cachedCode, argc)") boolean direct,
                    @Cached("plan(fn, argc, direct)") BindPlan plan,
                    @Cached("create(cachedCode.callTarget())") DirectCallNode callNode,
                    @Bind Node node) {
        return callFunction(fn, null, args, direct, plan, callNode, node);
    }

    @Specialization(guards = {"isFunctionMethod(m)", "methodCode(m) == cachedCode", "args.length == argc"}, limit = "LIMIT")
    static Object doMethod(PMethod m, Object[] args,
                    @Cached("methodCode(m)") PCode cachedCode,
                    @Cached("args.length") int argc,
                    @Cached("isDirectWithSelf(cachedCode, argc)") boolean direct,
                    @Cached("planWithSelf(m.func, argc, direct)") BindPlan plan,
                    @Cached("create(cachedCode.callTarget())") DirectCallNode callNode,
                    @Bind Node node) {
        return callFunction((PFunction) m.func, m.self, args, direct, plan, callNode, node);
    }

    /** {@code C(args)} for a class whose instances come from object.__new__ and whose __init__ is a guest function. */
    @Specialization(guards = {"cls == cachedClass", "init != null", "args.length == argc"}, assumptions = "layout", limit = "LIMIT")
    static Object doNewObject(PClass cls, Object[] args,
                    @Cached("cls") PClass cachedClass,
                    @Cached(value = "cls.mroLayoutAssumptions()", dimensions = 1) Assumption[] layout,
                    @Cached("plainInit(cls)") PFunction init,
                    @Cached("args.length") int argc,
                    @Cached("isDirectWithSelf(init.code, argc)") boolean direct,
                    @Cached("planWithSelf(init, argc, direct)") BindPlan plan,
                    @Cached("create(init.code.callTarget())") DirectCallNode callNode,
                    @Bind Node node) {
        PObject obj = new PObject(cachedClass);
        Object r = callFunction(init, obj, args, direct, plan, callNode, node);
        if (r != PNone.NONE) {
            throw initReturned(r);
        }
        return obj;
    }

    /** Uncached, but keeps the guest-function entries of a call site that also calls builtins. */
    @Specialization
    static Object doBuiltin(PBuiltinFunction bf, Object[] args) {
        return callBuiltin(bf, args);
    }

    /** Builtin classes ({@code int(x)}, {@code range(n)}): uncached, like {@link #doBuiltin}. */
    @Specialization(guards = "cls.builtin")
    static Object doBuiltinClass(PClass cls, Object[] args) {
        return Runtime.call(cls, args, null);
    }

    @Specialization(replaces = {"doFunction", "doMethod", "doNewObject"})
    static Object doGeneric(Object callee, Object[] args) {
        return Runtime.call(callee, args, null);
    }

    static boolean isFunctionMethod(PMethod m) {
        return m.func instanceof PFunction;
    }

    static PCode methodCode(PMethod m) {
        return ((PFunction) m.func).code;
    }

    /** Whether the positional arguments fill the frame as they are, with no binding to do. */
    static boolean isDirect(PCode code, int argc) {
        return code.signature.isSimple() && argc == code.signature.positional;
    }

    static boolean isDirectWithSelf(PCode code, int argc) {
        return isDirect(code, argc + 1);
    }

    static PFunction plainInit(PClass cls) {
        if (cls.builtin || cls.cls != null || cls.layout != PClass.Layout.OBJECT || cls.namespace().getStr("__abstractmethods__") != null ||
                        cls.lookup("__new__") != PClass.OBJECT.namespace().getStr("__new__")) {
            return null;
        }
        if (cls.lookup("__init__") instanceof PFunction f && !(f.code.isGenerator || f.code.isCoroutine || f.code.isAsyncGenerator)) {
            return f;
        }
        return null;
    }

    /** The frame arguments of a guest function: the function, then the receiver if any, then the arguments. */
    public static Object[] frameArgs(PFunction fn, Object self, Object[] args) {
        int skip = self == null ? 1 : 2;
        Object[] frameArgs = new Object[args.length + skip];
        frameArgs[0] = fn;
        if (self != null) {
            frameArgs[1] = self;
        }
        System.arraycopy(args, 0, frameArgs, skip, args.length);
        return frameArgs;
    }

    /**
     * As {@link #frameArgs} for a call that passes fewer positional arguments than the function's
     * {@code positional} parameters: the rest come from its defaults, which {@link #defaultsCover}
     * checked (they can be reassigned, so the check is made at every call).
     */
    public static Object[] frameArgsWithDefaults(PFunction fn, Object self, Object[] args, int positional) {
        int skip = self == null ? 1 : 2;
        Object[] frameArgs = new Object[positional + 1];
        frameArgs[0] = fn;
        if (self != null) {
            frameArgs[1] = self;
        }
        System.arraycopy(args, 0, frameArgs, skip, args.length);
        int given = args.length + skip - 1;
        Object[] defaults = fn.defaults;
        int missing = positional - given;
        System.arraycopy(defaults, defaults.length - missing, frameArgs, given + 1, missing);
        return frameArgs;
    }

    /** Whether {@code fn}'s defaults supply the positional parameters after the {@code given} first ones. */
    public static boolean defaultsCover(PFunction fn, int given) {
        int missing = fn.code.signature.positional - given;
        return missing == 0 || fn.defaults != null && fn.defaults.length >= missing;
    }

    /** As {@link #defaultsCover} for a method call: the receiver is one more given argument. */
    public static boolean defaultsCoverWithSelf(PFunction fn, int argc) {
        return defaultsCover(fn, argc + 1);
    }

    /** Binds to a signature with defaults, *args, **kwargs or keyword-only parameters (may raise TypeError). */
    @TruffleBoundary
    static Object[] bind(PFunction fn, Object self, Object[] args) {
        return Py.bindFunctionArgs(fn, self == null ? args : prepend(self, args), null);
    }

    static Object[] prepend(Object self, Object[] args) {
        Object[] a = new Object[args.length + 1];
        a[0] = self;
        System.arraycopy(args, 0, a, 1, args.length);
        return a;
    }

    /** The binding plan of a call that is not {@linkplain #isDirect direct} (null: generic binding). */
    static BindPlan plan(Object fn, int nargs, boolean direct) {
        return direct ? null : BindPlan.create((PFunction) fn, nargs, null);
    }

    static BindPlan planWithSelf(Object fn, int argc, boolean direct) {
        return plan(fn, argc + 1, direct);
    }

    /** {@code fn(self, *args)} (no self if null); {@code direct}: see {@link #isDirect}; {@code plan}: see {@link #plan}. */
    static Object callFunction(PFunction fn, Object self, Object[] args, boolean direct, BindPlan plan, DirectCallNode callNode, Node node) {
        Object[] frameArgs;
        if (direct) {
            frameArgs = frameArgs(fn, self, args);
        } else {
            frameArgs = plan == null ? null : plan.bind(fn, self, args);
            if (frameArgs == null) {
                frameArgs = bind(fn, self, args);
            }
        }
        return invoke(fn, fn.code, callNode, frameArgs, node);
    }

    /** Calls a guest function's code as {@link Py#callFunction} does: recursion check, generator wrapping. */
    public static Object invoke(PFunction fn, PCode code, DirectCallNode callNode, Object[] frameArgs, Node node) {
        return invoke(fn, code, callNode, frameArgs, node, false);
    }

    /** {@code awaited}: the call is the operand of an await (see {@link Generators#wrap(PFunction, PCode, Object, boolean)}). */
    static Object invoke(PFunction fn, PCode code, DirectCallNode callNode, Object[] frameArgs, Node node, boolean awaited) {
        if (code.startsLazily()) {
            // the body runs at the first resume, from its eager entry (see PGenerator.startArgs)
            return Generators.createLazily(fn, code, frameArgs, awaited);
        }
        ThreadState ts = KairosContext.get(node).threadState();
        ts.enterCall();
        Object r;
        try {
            r = callNode.call(frameArgs);
        } finally {
            ts.depth--;
        }
        if (code.isGenerator || code.isCoroutine || code.isAsyncGenerator) {
            return Generators.wrap(fn, code, r, awaited);
        }
        return r;
    }

    /**
     * {@code await f(args)} of a coroutine function: runs the body at once instead of creating a
     * suspended coroutine and resuming it (no start yield, no continuation call, and a body that
     * never suspends keeps its frame virtual in compiled code). Returns what the first delegation
     * step of the await returns: the yielded value, with the awaiting frame's {@code yieldFrom} set to the new
     * coroutine, or, when the body returned, a result that {@link Generators#isDone} takes as done.
     */
    static Object startAwaited(PFunction fn, PCode code, DirectCallNode callNode, Object[] frameArgs, Node node) {
        ThreadState ts = KairosContext.get(node).threadState();
        // the frame of the await, whose delegate the new coroutine becomes if it suspends
        PGenerator savedGenerator = ts.currentGenerator;
        PFunction savedFn = ts.eagerFn;
        PCode savedCode = ts.eagerCode;
        PBaseException savedHandled = ts.handled;
        ts.enterCall();
        // the body runs without its coroutine object until something asks for it
        ts.currentGenerator = null;
        ts.eagerFn = fn;
        ts.eagerCode = code;
        Object r;
        try {
            r = callNode.call(frameArgs);
        } catch (PException e) {
            throw PGenerator.exitEagerWithError(ts, savedGenerator, savedFn, savedCode, savedHandled, code, e);
        } catch (RuntimeException | Error e) {
            PGenerator.exitEagerAbruptly(ts, savedGenerator, savedFn, savedCode, savedHandled);
            throw e;
        }
        return PGenerator.exitEagerAwaited(ts, savedGenerator, savedFn, savedCode, savedHandled, fn, code, r);
    }

    @TruffleBoundary
    static Object callBuiltin(PBuiltinFunction bf, Object[] args) {
        return bf.call(args, null);
    }

    @TruffleBoundary
    private static PException initReturned(Object r) {
        return PException.typeError("__init__() should return None, not '" + Py.typeName(r) + "'");
    }
}
