package org.kairos.nodes;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import org.kairos.runtime.PBuiltinFunction;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PFunction;
import org.kairos.runtime.PMethod;
import org.kairos.runtime.PModule;
import org.kairos.runtime.PythonObject;
import org.kairos.runtime.Py;

/**
 * {@code obj.name} with inline caches: module attributes through the module dict's entry, and attributes
 * of instances keyed on the exact class, valid while {@link PClass#layoutAssumption() the layout
 * assumptions} of its MRO hold. The cached paths implement the order of {@link Py#getAttrOrNull}: data
 * descriptors (never cached), then the instance dict, then the class attribute.
 */
@GenerateInline(false)
public abstract class GetAttrNode extends Node {
    static final int LIMIT = 3;

    static final int NO_CACHE = 0;
    /** No class attribute: the instance dict, else the generic path (__getattr__, AttributeError). */
    static final int NO_CLASS_ATTR = 1;
    /** A guest function: bound to the instance. */
    static final int METHOD = 2;
    /** {@link PClass#isPlainData plain data}, read through the namespace entry (rebinding it does not invalidate). */
    static final int DATA = 3;
    /** Another non-data descriptor (builtin method, staticmethod, guest descriptor with only __get__). */
    static final int DESCRIPTOR = 4;

    static final PClass MODULE = PClass.MODULE;

    public abstract Object execute(Object obj, String name);

    @Specialization(guards = {"module.dict == cachedDict", "module.cls == MODULE", "entry != null", "!entry.removed"}, limit = "LIMIT")
    static Object doModule(PModule module, String name,
                    @Cached("module.dict") PDict cachedDict,
                    @Cached("moduleEntry(module, name)") PDict.Entry entry) {
        return entry.value;
    }

    @Specialization(guards = {"classOf(obj) == cachedClass", "kind != NO_CACHE"}, assumptions = "layout", limit = "LIMIT")
    static Object doInstance(Object obj, String name,
                    @Cached("classOf(obj)") PClass cachedClass,
                    @Cached(value = "cachedClass.mroLayoutAssumptions()", dimensions = 1) Assumption[] layout,
                    @Cached("classAttrEntry(cachedClass, name)") PDict.Entry classEntry,
                    @Cached("attrKind(cachedClass, classEntry)") int kind,
                    @Cached("!cachedClass.neverInstanceAttr(name)") boolean checkDict) {
        if (checkDict && obj instanceof PythonObject po) {
            PDict d = po.dict;
            if (d != null) {
                Object v = d.getStr(name);
                if (v != null) {
                    return v;
                }
            }
        }
        switch (kind) {
            case METHOD:
                return new PMethod(obj, classEntry.value);
            case DATA:
                return classEntry.value;
            case DESCRIPTOR:
                return Py.descrGet(classEntry.value, obj, cachedClass);
            default:
                return Py.getAttr(obj, name);
        }
    }

    @Specialization(replaces = {"doModule", "doInstance"})
    static Object doGeneric(Object obj, String name) {
        return Py.getAttr(obj, name);
    }

    static PClass classOf(Object obj) {
        return Py.classOf(obj);
    }

    /** The module dict's entry of {@code name}, unless module's class has a data descriptor of that name. */
    @TruffleBoundary
    static PDict.Entry moduleEntry(PModule module, String name) {
        if (module.cls != PClass.MODULE) {
            return null;
        }
        Object d = PClass.MODULE.lookup(name);
        if (d != null && Py.isDataDescriptor(d)) {
            return null;
        }
        return module.dict.getEntryStr(name);
    }

    /**
     * Whether attribute access on instances of {@code cls} follows the generic instance protocol: not classes,
     * modules or super objects (their own lookup rules), nor a guest {@code __getattribute__}.
     */
    @TruffleBoundary
    static boolean isCacheable(PClass cls) {
        return !cls.isSubclassOf(PClass.TYPE) && !cls.isSubclassOf(PClass.MODULE) && !cls.isSubclassOf(PClass.SUPER) &&
                        cls.lookup("__getattribute__") instanceof PBuiltinFunction;
    }

    /** The namespace entry that {@code cls.lookup(name)} finds, or null. */
    @TruffleBoundary
    static PDict.Entry classAttrEntry(PClass cls, String name) {
        for (PClass k : cls.mro) {
            PDict.Entry e = k.namespace().getEntryStr(name);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    static int attrKind(PClass cls, PDict.Entry classEntry) {
        if (!isCacheable(cls)) {
            return NO_CACHE;
        }
        if (classEntry == null) {
            return NO_CLASS_ATTR;
        }
        Object v = classEntry.value;
        if (v instanceof PFunction) {
            return METHOD;
        }
        if (PClass.isPlainData(v)) {
            return DATA;
        }
        return Py.isDataDescriptor(v) ? NO_CACHE : DESCRIPTOR;
    }
}
