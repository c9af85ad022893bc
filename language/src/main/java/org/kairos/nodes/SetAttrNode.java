package org.kairos.nodes;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PObject;
import org.kairos.runtime.Py;

/**
 * {@code obj.name = value} for instances of guest classes deriving only from object: when neither a guest
 * {@code __setattr__} nor a data descriptor of that name is on the class (the MRO's layout assumptions
 * say this stays so), the value goes straight into the instance dict, as {@link Py#genericSetAttr} does.
 */
@GenerateInline(false)
public abstract class SetAttrNode extends Node {
    static final int LIMIT = 3;

    public abstract void execute(Object obj, String name, Object value);

    @Specialization(guards = {"obj.cls == cachedClass", "storesInDict"}, assumptions = "layout", limit = "LIMIT")
    static void doInstanceDict(PObject obj, String name, Object value,
                    @Cached("obj.cls") PClass cachedClass,
                    @Cached(value = "cachedClass.mroLayoutAssumptions()", dimensions = 1) Assumption[] layout,
                    @Cached("storesInDict(cachedClass, name)") boolean storesInDict) {
        obj.getOrCreateDict().putStr(name, value);
    }

    @Specialization(replaces = "doInstanceDict")
    static void doGeneric(Object obj, String name, Object value) {
        Py.setAttr(obj, name, value);
    }

    @TruffleBoundary
    static boolean storesInDict(PClass cls, String name) {
        if (cls.builtin || cls.layout != PClass.Layout.OBJECT || name.equals("__class__") || name.equals("__dict__")) {
            return false;
        }
        if (cls.noDict && !cls.slotNames.contains(name)) {
            return false;
        }
        Object setattr = cls.lookup("__setattr__");
        if (setattr != null && setattr != Py.OBJECT_SETATTR) {
            return false;
        }
        Object descr = cls.lookup(name);
        return descr == null || !Py.isDataDescriptor(descr);
    }
}
