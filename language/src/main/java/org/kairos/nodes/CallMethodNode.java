package org.kairos.nodes;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import org.kairos.runtime.PBuiltinFunction;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PCode;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PFunction;
import org.kairos.runtime.PModule;
import org.kairos.runtime.Py;

/**
 * {@code obj.name(args)} without a bound method: a method found on the receiver's class (a guest function
 * called directly with the receiver prepended, or a builtin method), or a function in a module's dict.
 * The class caches rely on the same conditions as {@link GetAttrNode}: the MRO's layout assumptions, no
 * instance of the class ever having {@code name} in its dict, and no guest {@code __getattribute__}.
 */
@GenerateInline(false)
public abstract class CallMethodNode extends Node {
    static final int LIMIT = 3;
    static final PClass MODULE = PClass.MODULE;

    public abstract Object execute(Object obj, String name, Object[] args);

    @Specialization(guards = {"module.dict == cachedDict", "module.cls == MODULE", "entry != null", "!entry.removed"}, limit = "LIMIT")
    static Object doModule(PModule module, String name, Object[] args,
                    @Cached("module.dict") PDict cachedDict,
                    @Cached("moduleEntry(module, name)") PDict.Entry entry,
                    @Cached CallDispatchNode dispatch) {
        return dispatch.execute(entry.value, args);
    }

    @Specialization(guards = {"classOf(obj) == cachedClass", "fn != null", "args.length == argc"}, assumptions = "layout", limit = "LIMIT")
    static Object doFunction(Object obj, String name, Object[] args,
                    @Cached("classOf(obj)") PClass cachedClass,
                    @Cached(value = "cachedClass.mroLayoutAssumptions()", dimensions = 1) Assumption[] layout,
                    @Cached("methodFunction(cachedClass, name)") PFunction fn,
                    @Cached("args.length") int argc,
                    @Cached("isDirectWithSelf(fn.code, argc)") boolean direct,
                    @Cached("planWithSelf(fn, argc, direct)") BindPlan plan,
                    @Cached("create(fn.code.callTarget())") DirectCallNode callNode,
                    @Bind Node node) {
        return CallDispatchNode.callFunction(fn, obj, args, direct, plan, callNode, node);
    }

    @Specialization(guards = {"classOf(obj) == cachedClass", "bf != null"}, assumptions = "layout", limit = "LIMIT")
    static Object doBuiltinMethod(Object obj, String name, Object[] args,
                    @Cached("classOf(obj)") PClass cachedClass,
                    @Cached(value = "cachedClass.mroLayoutAssumptions()", dimensions = 1) Assumption[] layout,
                    @Cached("builtinMethod(cachedClass, name)") PBuiltinFunction bf) {
        return callBuiltinMethod(bf, obj, args);
    }

    @Specialization(replaces = {"doModule", "doFunction", "doBuiltinMethod"})
    static Object doGeneric(Object obj, String name, Object[] args) {
        return Runtime.callMethod(obj, name, args);
    }

    static PClass classOf(Object obj) {
        return Py.classOf(obj);
    }

    static PDict.Entry moduleEntry(PModule module, String name) {
        return GetAttrNode.moduleEntry(module, name);
    }

    static BindPlan planWithSelf(PFunction fn, int argc, boolean direct) {
        return CallDispatchNode.planWithSelf(fn, argc, direct);
    }

    static boolean isDirectWithSelf(PCode code, int argc) {
        return CallDispatchNode.isDirectWithSelf(code, argc);
    }

    /** What {@code cls.lookup(name)} finds if it is a guest function that no instance attribute can shadow, else null. */
    @TruffleBoundary
    static PFunction methodFunction(PClass cls, String name) {
        if (GetAttrNode.isCacheable(cls) && cls.neverInstanceAttr(name) && cls.lookup(name) instanceof PFunction f) {
            return f;
        }
        return null;
    }

    /** As {@link #methodFunction}, for a method of a builtin class (which binds like a function). */
    @TruffleBoundary
    static PBuiltinFunction builtinMethod(PClass cls, String name) {
        if (GetAttrNode.isCacheable(cls) && cls.neverInstanceAttr(name) && cls.lookup(name) instanceof PBuiltinFunction bf && bf.owner != null) {
            return bf;
        }
        return null;
    }

    @TruffleBoundary
    static Object callBuiltinMethod(PBuiltinFunction bf, Object self, Object[] args) {
        return bf.callWithSelf(self, args);
    }
}
