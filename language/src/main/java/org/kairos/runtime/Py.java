package org.kairos.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.kairos.runtime.PDescriptors.PClassMethod;
import org.kairos.runtime.PDescriptors.PGetSet;
import org.kairos.runtime.PDescriptors.PProperty;
import org.kairos.runtime.PDescriptors.PStaticMethod;

import java.math.BigInteger;

/**
 * The abstract object protocol (CPython's {@code abstract.c}/{@code object.c}): attribute access,
 * calls, truth, repr/str, hashing, iteration and item access, dispatching through the class for
 * guest objects and straight to Java for builtin values. Operators live in {@link Ops}.
 */
public final class Py {
    private Py() {
    }

    private static final Object[] NO_ARGS = new Object[0];

    // ------------------------------------------------------------------ classes

    public static PClass classOf(Object o) {
        if (o instanceof PythonObject p) {
            PClass c = p.cls;
            return c == null ? PClass.TYPE : c;
        }
        if (o instanceof Long || o instanceof BigInteger) {
            return PClass.INT;
        }
        if (o instanceof String) {
            return PClass.STR;
        }
        if (o instanceof Double) {
            return PClass.FLOAT;
        }
        if (o instanceof Boolean) {
            return PClass.BOOL;
        }
        if (o == PNone.NONE) {
            return PClass.NONE_TYPE;
        }
        if (o == PNone.NOT_IMPLEMENTED) {
            return PClass.NOT_IMPLEMENTED_TYPE;
        }
        if (o == PNone.ELLIPSIS) {
            return PClass.ELLIPSIS_TYPE;
        }
        if (o instanceof PCell) {
            return PClass.CELL;
        }
        if (o instanceof PException pe) {
            return pe.exc.cls;
        }
        return PClass.OBJECT;
    }

    public static String typeName(Object o) {
        return classOf(o).name;
    }

    public static boolean isInstance(Object o, PClass c) {
        return classOf(o).isSubclassOf(c);
    }

    /** True if the class's attribute comes from a guest class (so Java fast paths must not be used). */
    private static boolean guestOverrides(Object o) {
        return o instanceof PythonObject p && p.cls != null && !p.cls.builtin;
    }

    // ------------------------------------------------------------------ attributes

    @TruffleBoundary
    public static Object getAttr(Object obj, String name) {
        if (hasGetattributeHook(obj)) {
            return callGetattribute(obj, name);
        }
        Object r = lookupAttr(obj, name, true);
        if (r == null) {
            Object hook = moduleGetattr(obj);
            if (hook != null) {
                // PEP 562: the module's __getattr__ answers, its AttributeError included
                return call(hook, name);
            }
            throw noAttribute(obj, name);
        }
        return r;
    }

    /** Whether {@code obj} is an instance of a guest class that overrides {@code __getattribute__}. */
    public static boolean hasGetattributeHook(Object obj) {
        return obj instanceof PythonObject po && !(obj instanceof PClass) && po.cls != null && po.cls.hasGetattributeHook;
    }

    /**
     * Attribute access on an instance of a class that overrides {@code __getattribute__}: its
     * AttributeError falls back to {@code __getattr__}, as CPython's slot does.
     */
    private static Object callGetattribute(Object obj, String name) {
        PClass t = classOf(obj);
        try {
            return call(t.lookup("__getattribute__"), obj, name);
        } catch (PException e) {
            if (t.hasGetattrHook && e.exc.cls.isSubclassOf(ExceptionClasses.AttributeError)) {
                return call(t.lookup("__getattr__"), obj, name);
            }
            throw e;
        }
    }

    /**
     * {@code object.__getattribute__}: the generic lookup, with neither a class's
     * {@code __getattribute__} override nor its {@code __getattr__}.
     */
    @TruffleBoundary
    public static Object objectGetAttribute(Object obj, String name) {
        Object r = lookupAttr(obj, name, false);
        if (r == null) {
            throw noAttribute(obj, name);
        }
        return r;
    }

    /** A module's own {@code __getattr__} function (PEP 562), or null. */
    private static Object moduleGetattr(Object obj) {
        return obj instanceof PModule m ? m.dict.getStr("__getattr__") : null;
    }

    @TruffleBoundary
    public static PException noAttribute(Object obj, String name) {
        PException e;
        if (obj instanceof PClass c) {
            e = PException.attributeError("type object '" + c.name + "' has no attribute '" + name + "'");
        } else if (obj instanceof PModule m) {
            e = PException.attributeError("module '" + m.name + "' has no attribute '" + name + "'");
        } else {
            e = PException.attributeError("'" + typeName(obj) + "' object has no attribute '" + name + "'");
        }
        e.exc.getOrCreateDict().putStr("name", name);
        e.exc.dict.putStr("obj", obj);
        return e;
    }

    /** Attribute lookup that returns null instead of raising AttributeError for a missing name. */
    @TruffleBoundary
    public static Object getAttrOrNull(Object obj, String name) {
        boolean hooked = hasGetattributeHook(obj);
        Object r = hooked ? null : lookupAttr(obj, name, true);
        Object hook = hooked || r != null ? null : moduleGetattr(obj);
        if (hooked || hook != null) {
            try {
                return hooked ? callGetattribute(obj, name) : call(hook, name);
            } catch (PException e) {
                if (e.exc.cls.isSubclassOf(ExceptionClasses.AttributeError)) {
                    return null;
                }
                throw e;
            }
        }
        return r;
    }

    /** {@code getattrHook}: whether a class's {@code __getattr__} answers for a missing name. */
    private static Object lookupAttr(Object obj, String name, boolean getattrHook) {
        if (obj instanceof PClass c) {
            return getClassAttr(c, name);
        }
        if (obj instanceof PSuper s) {
            return s.getAttr(name);
        }
        PClass t = classOf(obj);
        Object descr = t.lookup(name);
        if (descr != null && isDataDescriptor(descr)) {
            return descrGet(descr, obj, t);
        }
        if (obj instanceof PythonObject po && po.dict != null) {
            Object v = po.dict.getStr(name);
            if (v != null) {
                return v;
            }
        }
        if (descr != null) {
            return descrGet(descr, obj, t);
        }
        switch (name) {
            case "__class__":
                return t;
            case "__dict__":
                if (obj instanceof PythonObject po && supportsDict(po)) {
                    return po.getOrCreateDict();
                }
                break;
            default:
                break;
        }
        if (getattrHook && t.hasGetattrHook) {
            Object hook = t.lookup("__getattr__");
            try {
                return call(hook, obj, name);
            } catch (PException e) {
                if (e.exc.cls.isSubclassOf(ExceptionClasses.AttributeError)) {
                    return null;
                }
                throw e;
            }
        }
        return null;
    }

    public static boolean supportsDict(PythonObject po) {
        if (po.cls != null && (po.cls.noDict || po.cls == PClass.OBJECT)) {
            return false; // bare object() instances have no __dict__ either
        }
        return po instanceof PObject || po instanceof PFunction || po instanceof PModule || po instanceof PBaseException ||
                        (po.cls != null && !po.cls.builtin);
    }

    @TruffleBoundary
    public static Object getClassAttr(PClass c, String name) {
        PClass meta = classOf(c);
        Object metaDescr = meta == PClass.TYPE ? null : meta.lookup(name);
        if (metaDescr != null && isDataDescriptor(metaDescr)) {
            return descrGet(metaDescr, c, meta);
        }
        // data descriptors of type win over the class namespace (function.__name__ is for instances)
        switch (name) {
            case "__name__":
                return c.name;
            case "__qualname__":
                return c.qualname;
            case "__mro__":
                return new PTuple(c.mro.clone());
            case "__bases__":
                return new PTuple(c.bases.clone());
            case "__base__":
                return c.bases.length == 0 ? PNone.NONE : c.bases[0];
            case "__dict__":
                return c.namespace();
            case "__class__":
                return meta;
            default:
                break;
        }
        for (PClass k : c.mro) {
            Object v = k.namespace().getStr(name);
            if (v != null) {
                if (v instanceof PStaticMethod sm) {
                    return sm.func;
                }
                if (v instanceof PClassMethod cm) {
                    return new PMethod(c, cm.func);
                }
                if (v instanceof PythonObject po && po.cls != null && (!po.cls.builtin || po.cls.isLibClass())) {
                    Object get = po.cls.lookup("__get__");
                    if (get != null) {
                        return call(get, v, PNone.NONE, c);
                    }
                }
                return v;
            }
        }
        if (name.equals("__doc__")) {
            return PNone.NONE;
        }
        Object td = PClass.TYPE.lookup(name);
        if (td != null) {
            return descrGet(td, c, PClass.TYPE);
        }
        if (metaDescr != null) {
            return descrGet(metaDescr, c, meta);
        }
        if (meta != PClass.TYPE && meta.hasGetattrHook) {
            try {
                return call(meta.lookup("__getattr__"), c, name);
            } catch (PException e) {
                if (e.exc.cls.isSubclassOf(ExceptionClasses.AttributeError)) {
                    return null;
                }
                throw e;
            }
        }
        return null;
    }

    public static boolean isDataDescriptor(Object d) {
        if (d instanceof PProperty || d instanceof PGetSet) {
            return true;
        }
        if (d instanceof PythonObject po && po.cls != null && (!po.cls.builtin || po.cls.isLibClass())) {
            return po.cls.lookup("__set__") != null || po.cls.lookup("__delete__") != null;
        }
        return false;
    }

    @TruffleBoundary
    public static Object descrGet(Object descr, Object obj, PClass type) {
        if (descr instanceof PFunction) {
            return new PMethod(obj, descr);
        }
        if (descr instanceof PBuiltinFunction bf) {
            return bf.owner != null ? new PMethod(obj, bf) : bf;
        }
        if (descr instanceof PStaticMethod sm) {
            return sm.func;
        }
        if (descr instanceof PClassMethod cm) {
            return new PMethod(type, cm.func);
        }
        if (descr instanceof PProperty p) {
            if (p.fget == PNone.NONE) {
                throw PException.attributeError("property " + propName(p) + "of '" + type.name + "' object has no getter");
            }
            return call(p.fget, obj);
        }
        if (descr instanceof PGetSet gs) {
            return gs.getter.get(obj);
        }
        if (descr instanceof PythonObject po && po.cls != null && (!po.cls.builtin || po.cls.isLibClass())) {
            Object get = po.cls.lookup("__get__");
            if (get != null) {
                return call(get, descr, obj, type);
            }
        }
        return descr;
    }

    private static String propName(PProperty p) {
        return p.name instanceof String s ? "'" + s + "' " : "";
    }

    @TruffleBoundary
    public static void setAttr(Object obj, String name, Object value) {
        if (obj instanceof PClass c) {
            if (c.builtin) {
                throw PException.typeError("cannot set '" + name + "' attribute of immutable type '" + c.name + "'");
            }
            PClass meta = classOf(c);
            if (meta != PClass.TYPE) {
                Object d = meta.lookup(name);
                if (d != null && isDataDescriptor(d)) {
                    descrSet(d, c, name, value, meta);
                    return;
                }
            }
            switch (name) {
                case "__name__" -> c.name = (String) value;
                case "__qualname__" -> c.qualname = (String) value;
                default -> c.ns.putStr(name, value);
            }
            if (name.equals("__getattr__")) {
                c.hasGetattrHook = true;
            } else if (name.equals("__getattribute__")) {
                c.hasGetattributeHook = !(value instanceof PBuiltinFunction);
            }
            return;
        }
        PClass t = classOf(obj);
        if (!t.builtin) {
            Object setattr = t.lookup("__setattr__");
            if (setattr != null && setattr != OBJECT_SETATTR) {
                call(setattr, obj, name, value);
                return;
            }
        }
        genericSetAttr(obj, name, value);
    }

    /** Filled by the builtins so guest {@code __setattr__} overrides can be detected. */
    public static Object OBJECT_SETATTR;

    @TruffleBoundary
    public static void genericSetAttr(Object obj, String name, Object value) {
        PClass t = classOf(obj);
        Object descr = t.lookup(name);
        if (descr != null && isDataDescriptor(descr)) {
            descrSet(descr, obj, name, value, t);
            return;
        }
        if (obj instanceof PythonObject po && supportsDict(po)) {
            if (po instanceof PFunction f && setFunctionAttr(f, name, value)) {
                return;
            }
            if (po instanceof PBaseException be && setExceptionAttr(be, name, value)) {
                return;
            }
            if (name.equals("__class__") && value instanceof PClass nc) {
                nc.noteInstanceDict(po.dict);
                po.cls = nc;
                return;
            }
            if (name.equals("__dict__") && value instanceof PDict nd) {
                PClass.instanceDictReplaced(po, nd);
                po.dict = nd;
                return;
            }
            po.getOrCreateDict().putStr(name, value);
            return;
        }
        if (obj instanceof PythonObject po && t.noDict && t.slotNames.contains(name)) {
            po.getOrCreateDict().putStr(name, value);
            return;
        }
        if (descr != null) {
            throw PException.attributeError("'" + t.name + "' object attribute '" + name + "' is read-only");
        }
        throw PException.attributeError("'" + t.name + "' object has no attribute '" + name + "' and no __dict__ for setting new attributes");
    }

    private static boolean setFunctionAttr(PFunction f, String name, Object value) {
        switch (name) {
            case "__name__" -> f.name = (String) value;
            case "__qualname__" -> f.qualname = (String) value;
            case "__doc__" -> f.doc = value;
            case "__module__" -> f.module = value;
            case "__defaults__" -> f.defaults = value == PNone.NONE ? new Object[0] : ((PTuple) value).items.clone();
            case "__kwdefaults__" -> f.setKwDefaults(value);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean setExceptionAttr(PBaseException e, String name, Object value) {
        switch (name) {
            case "__cause__" -> {
                e.cause = value == PNone.NONE ? null : (PBaseException) value;
                e.suppressContext = true;
            }
            case "__context__" -> e.context = value == PNone.NONE ? null : (PBaseException) value;
            case "__suppress_context__" -> e.suppressContext = isTrue(value);
            case "__traceback__" -> {
                if (value == PNone.NONE) {
                    e.traceback = null;
                    e.tracebackCleared = true;
                }
            }
            case "args" -> e.args = new PTuple(Iteration.toArray(value));
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void descrSet(Object descr, Object obj, String name, Object value, PClass t) {
        if (descr instanceof PProperty p) {
            if (p.fset == PNone.NONE) {
                throw PException.attributeError("property " + propName(p) + "of '" + t.name + "' object has no setter");
            }
            call(p.fset, obj, value);
            return;
        }
        if (descr instanceof PGetSet gs) {
            if (gs.setter == null) {
                throw PException.attributeError("attribute '" + name + "' of '" + gs.owner + "' objects is not writable");
            }
            gs.setter.set(obj, value);
            return;
        }
        PythonObject po = (PythonObject) descr;
        Object set = po.cls.lookup("__set__");
        if (set == null) {
            throw PException.attributeError("__set__");
        }
        call(set, descr, obj, value);
    }

    @TruffleBoundary
    public static void delAttr(Object obj, String name) {
        PClass t = classOf(obj);
        if (obj instanceof PClass c && !c.builtin) {
            if (c.namespace().remove(name) == null) {
                throw noAttribute(obj, name);
            }
            return;
        }
        if (!t.builtin) {
            Object delattr = t.lookup("__delattr__");
            if (delattr != null && delattr != OBJECT_DELATTR) {
                call(delattr, obj, name);
                return;
            }
        }
        genericDelAttr(obj, name);
    }

    public static Object OBJECT_DELATTR;

    @TruffleBoundary
    public static void genericDelAttr(Object obj, String name) {
        PClass t = classOf(obj);
        Object descr = t.lookup(name);
        if (descr instanceof PProperty p) {
            if (p.fdel == PNone.NONE) {
                throw PException.attributeError("property " + propName(p) + "of '" + t.name + "' object has no deleter");
            }
            call(p.fdel, obj);
            return;
        }
        if (descr instanceof PythonObject po && po.cls != null && (!po.cls.builtin || po.cls.isLibClass()) && po.cls.lookup("__delete__") != null) {
            call(po.cls.lookup("__delete__"), descr, obj);
            return;
        }
        if (obj instanceof PythonObject po && po.dict != null && po.dict.remove(name) != null) {
            return;
        }
        throw noAttribute(obj, name);
    }

    /** Looks a special method up on the class only (as CPython's _PyObject_LookupSpecial). */
    public static Object lookupSpecial(Object obj, String name) {
        return classOf(obj).lookup(name);
    }

    // ------------------------------------------------------------------ calls

    public static Object call(Object callable, Object... args) {
        return callKw(callable, args, null);
    }

    /** Calls with {@code args} = positional values then one value per name in {@code kwnames}. */
    @TruffleBoundary
    public static Object callKw(Object callable, Object[] args, String[] kwnames) {
        if (callable instanceof PFunction f) {
            return callFunction(f, args, kwnames);
        }
        if (callable instanceof PBuiltinFunction bf) {
            return bf.call(args, kwnames);
        }
        if (callable instanceof PMethod m) {
            Object[] a = new Object[args.length + 1];
            a[0] = m.self;
            System.arraycopy(args, 0, a, 1, args.length);
            return callKw(m.func, a, kwnames);
        }
        if (callable instanceof PClass c) {
            return callClass(c, args, kwnames);
        }
        Object callMethod = classOf(callable).lookup("__call__");
        if (callMethod != null) {
            Object[] a = new Object[args.length + 1];
            a[0] = callable;
            System.arraycopy(args, 0, a, 1, args.length);
            return callKw(callMethod, a, kwnames);
        }
        throw PException.typeError("'" + typeName(callable) + "' object is not callable");
    }

    @TruffleBoundary
    public static Object callFunction(PFunction f, Object[] args, String[] kwnames) {
        Object[] frameArgs = bindFunctionArgs(f, args, kwnames);
        if (f.code.startsLazily()) {
            return Generators.createLazily(f, f.code, frameArgs, false);
        }
        ThreadState ts = org.kairos.KairosContext.get(null).threadState();
        ts.enterCall();
        Object r;
        try {
            r = f.code.callTarget().call(frameArgs);
        } finally {
            ts.depth--;
        }
        PCode c = f.code;
        if (c.isGenerator || c.isCoroutine || c.isAsyncGenerator) {
            return Generators.wrap(f, r);
        }
        return r;
    }

    public static Object[] bindFunctionArgs(PFunction f, Object[] args, String[] kwnames) {
        Signature sig = f.code.signature;
        if ((kwnames == null || kwnames.length == 0) && sig.isSimple() && args.length == sig.positional) {
            Object[] frameArgs = new Object[args.length + 1];
            frameArgs[0] = f;
            System.arraycopy(args, 0, frameArgs, 1, args.length);
            return frameArgs;
        }
        Object[] frameArgs = sig.bind(f.qualname, args, kwnames, f.defaults, f.kwDefaults, 1);
        frameArgs[0] = f;
        return frameArgs;
    }

    @TruffleBoundary
    public static Object callClass(PClass c, Object[] args, String[] kwnames) {
        PClass meta = classOf(c);
        if (meta != PClass.TYPE) {
            Object mcall = meta.lookup("__call__");
            if (mcall != null && mcall != TYPE_CALL) {
                Object[] a = new Object[args.length + 1];
                a[0] = c;
                System.arraycopy(args, 0, a, 1, args.length);
                return callKw(mcall, a, kwnames);
            }
        }
        return typeCall(c, args, kwnames);
    }

    /** Filled by the builtins: {@code type.__call__}. */
    public static Object TYPE_CALL;

    /** {@code type.__call__}: {@code __new__} then {@code __init__}. */
    @TruffleBoundary
    public static Object typeCall(PClass c, Object[] args, String[] kwnames) {
        if (c == PClass.TYPE && args.length == 1 && (kwnames == null || kwnames.length == 0)) {
            return classOf(args[0]);
        }
        Object newFn = c.lookup("__new__");
        Object[] a = new Object[args.length + 1];
        a[0] = c;
        System.arraycopy(args, 0, a, 1, args.length);
        Object fn = newFn instanceof PStaticMethod sm ? sm.func : newFn;
        Object obj = callKw(fn, a, kwnames);
        if (!classOf(obj).isSubclassOf(c)) {
            return obj;
        }
        Object init = c.lookup("__init__");
        if (init != null) {
            a[0] = obj;
            Object r = callKw(init, a, kwnames);
            if (r != PNone.NONE) {
                throw PException.typeError("__init__() should return None, not '" + typeName(r) + "'");
            }
        }
        return obj;
    }

    /** Calls {@code obj.name(*args)} without creating a bound method when the attribute is a plain method. */
    @TruffleBoundary
    public static Object callMethod(Object obj, String name, Object... args) {
        PClass t = classOf(obj);
        // special methods are looked up on the type, as CPython's implicit calls do; other names
        // go through a class's __getattribute__ override
        if (!(obj instanceof PClass) && !(obj instanceof PSuper) && (!t.hasGetattributeHook || isDunder(name))) {
            Object descr = t.lookup(name);
            if ((descr instanceof PFunction || (descr instanceof PBuiltinFunction bf && bf.owner != null)) &&
                            !(obj instanceof PythonObject po && po.dict != null && po.dict.getStr(name) != null)) {
                Object[] a = new Object[args.length + 1];
                a[0] = obj;
                System.arraycopy(args, 0, a, 1, args.length);
                return callKw(descr, a, null);
            }
        }
        return callKw(getAttr(obj, name), args, null);
    }

    private static boolean isDunder(String name) {
        return name.length() > 4 && name.startsWith("__") && name.endsWith("__");
    }

    public static boolean isCallable(Object o) {
        return o instanceof PFunction || o instanceof PBuiltinFunction || o instanceof PMethod || o instanceof PClass ||
                        classOf(o).lookup("__call__") != null;
    }

    // ------------------------------------------------------------------ truth, repr, str

    @TruffleBoundary
    public static boolean isTrue(Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        if (o == PNone.NONE) {
            return false;
        }
        if (o instanceof Long l) {
            return l != 0;
        }
        if (o instanceof String s) {
            return !s.isEmpty();
        }
        if (o instanceof Double d) {
            return d != 0.0;
        }
        if (o instanceof BigInteger) {
            return true;
        }
        if (guestOverrides(o)) {
            PClass t = classOf(o);
            Object b = t.lookup("__bool__");
            if (b != null && !(b instanceof PBuiltinFunction)) {
                Object r = call(b, o);
                if (!(r instanceof Boolean rb)) {
                    throw PException.typeError("__bool__ should return bool, returned " + typeName(r));
                }
                return rb;
            }
            Object len = t.lookup("__len__");
            if (len != null && !(len instanceof PBuiltinFunction)) {
                return lenOf(o) != 0;
            }
        }
        if (o instanceof PList l) {
            return l.size != 0;
        }
        if (o instanceof PTuple t) {
            return t.items.length != 0;
        }
        if (o instanceof PDict d) {
            return d.size() != 0;
        }
        if (o instanceof PSet s) {
            return s.size() != 0;
        }
        if (o instanceof PRange r) {
            return r.length() != 0;
        }
        if (o instanceof PBytes b) {
            return b.bytes.length != 0;
        }
        if (o instanceof PythonObject) {
            PClass t = classOf(o);
            Object b = t.lookup("__bool__");
            if (b != null) {
                return isTrue(call(b, o));
            }
            Object len = t.lookup("__len__");
            if (len != null) {
                return lenOf(o) != 0;
            }
        }
        return true;
    }

    @TruffleBoundary
    public static String repr(Object o) {
        if (o instanceof String s) {
            return Repr.reprString(s);
        }
        if (o instanceof Long) {
            return o.toString();
        }
        if (o instanceof BigInteger b) {
            return Numbers.intToDecimal(b);
        }
        if (o instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (o instanceof Double d) {
            return Repr.reprFloat(d);
        }
        if (o instanceof PNone) {
            return o.toString();
        }
        if (guestOverrides(o)) {
            Object r = classOf(o).lookup("__repr__");
            if (r != null && !(r instanceof PBuiltinFunction)) {
                Object s = call(r, o);
                if (!(s instanceof String str)) {
                    throw PException.typeError("__repr__ returned non-string (type " + typeName(s) + ")");
                }
                return str;
            }
        }
        return Repr.builtinRepr(o);
    }

    @TruffleBoundary
    public static String str(Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (guestOverrides(o)) {
            Object r = classOf(o).lookup("__str__");
            if (r != null && !(r instanceof PBuiltinFunction)) {
                Object s = call(r, o);
                if (!(s instanceof String str)) {
                    throw PException.typeError("__str__ returned non-string (type " + typeName(s) + ")");
                }
                return str;
            }
        }
        if (o instanceof PBaseException e) {
            return exceptionStr(e);
        }
        return repr(o);
    }

    public static String exceptionStr(PBaseException e) {
        Object[] a = e.args.items;
        if (e.cls.isSubclassOf(ExceptionClasses.KeyError) && a.length == 1) {
            return repr(a[0]);
        }
        if (e.cls.isSubclassOf(ExceptionClasses.UnicodeError)) {
            String u = ExceptionClasses.unicodeErrorStr(e);
            if (u != null) {
                return u;
            }
        }
        if (e.cls.isSubclassOf(ExceptionClasses.OSError)) {
            String os = ExceptionClasses.osErrorStr(e);
            if (os != null) {
                return os;
            }
        }
        if (e.cls.isSubclassOf(ExceptionClasses.BaseExceptionGroup) && a.length == 2) {
            Object excs = a[1];
            int n = excs instanceof PTuple t ? t.size() : excs instanceof PList l ? l.size() : 0;
            return str(a[0]) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
        }
        return switch (a.length) {
            case 0 -> "";
            case 1 -> str(a[0]);
            default -> repr(e.args);
        };
    }

    /** The last line of a traceback: {@code ValueError: msg} (module-qualified for guest classes). */
    @TruffleBoundary
    public static String formatExceptionOnly(PBaseException e) {
        String name = e.cls.name;
        String mod = e.cls.getModule();
        if (!mod.equals("builtins") && !mod.equals("__main__")) {
            name = mod + "." + e.cls.qualname;
        } else if (mod.equals("__main__")) {
            name = e.cls.qualname;
        }
        String s;
        try {
            s = str(e);
        } catch (PException ex) {
            s = "<exception str() failed>";
        }
        return s.isEmpty() ? name : name + ": " + s;
    }

    // ------------------------------------------------------------------ hashing and equality

    @TruffleBoundary
    public static long hash(Object o) {
        if (o instanceof Long l) {
            return Numbers.hashLong(l);
        }
        if (o instanceof String s) {
            long h = s.hashCode();
            return h == -1 ? -2 : h;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof PComplex c) {
            return c.hash();
        }
        if (o instanceof Double d) {
            return Numbers.hashDouble(d);
        }
        if (o instanceof BigInteger b) {
            return Numbers.hashBig(b);
        }
        PClass t = classOf(o);
        if (guestOverrides(o) || o instanceof PClass) {
            Object h = t.lookup("__hash__");
            if (h == PNone.NONE) {
                throw PException.typeError("unhashable type: '" + t.name + "'");
            }
            if (h != null && !(h instanceof PBuiltinFunction)) {
                Object r = call(h, o);
                if (r instanceof Long l) {
                    return l == -1 ? -2 : l;
                }
                if (r instanceof BigInteger b) {
                    return Numbers.hashBig(b);
                }
                if (r instanceof Boolean b) {
                    return b ? 1 : 0;
                }
                throw PException.typeError("__hash__ method should return an integer");
            }
        }
        if (o instanceof PTuple tup) {
            long acc = 0x27D4EB2F165667C5L;
            for (Object item : tup.items) {
                long lane = hash(item);
                acc += lane * 0xC2B2AE3D27D4EB4FL;
                acc = Long.rotateLeft(acc, 31);
                acc *= 0x9E3779B185EBCA87L;
            }
            acc += tup.items.length ^ (0x27D4EB2F165667C5L ^ 3527539L);
            return acc == -1 ? 1546275796 : acc;
        }
        if (o instanceof PList || o instanceof PDict || (o instanceof PSet s && !s.isFrozen())) {
            throw PException.typeError("unhashable type: '" + t.name + "'");
        }
        if (o instanceof PSet s) {
            long h = 0;
            for (Object e : s.elements()) {
                h ^= hash(e) * 0x9E3779B97F4A7C15L;
            }
            return h;
        }
        if (o instanceof PMethod m) {
            return System.identityHashCode(m.self) * 31L + System.identityHashCode(m.func);
        }
        if (o instanceof PBytes b) {
            return java.util.Arrays.hashCode(b.bytes);
        }
        if (o instanceof PSlice) {
            throw PException.typeError("unhashable type: 'slice'");
        }
        return System.identityHashCode(o);
    }

    @TruffleBoundary
    public static boolean eqBool(Object a, Object b) {
        if (a == b) {
            return true;
        }
        return isTrue(Ops.eq(a, b));
    }

    // ------------------------------------------------------------------ numbers

    /** {@code operator.index}: an int from an int-like object, or TypeError. */
    @TruffleBoundary
    public static Object index(Object o) {
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        }
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        Object m = classOf(o).lookup("__index__");
        if (m != null) {
            Object r = call(m, o);
            if (r instanceof Long || r instanceof BigInteger) {
                return r;
            }
            throw PException.typeError("__index__ returned non-int (type " + typeName(r) + ")");
        }
        throw PException.typeError("'" + typeName(o) + "' object cannot be interpreted as an integer");
    }

    @TruffleBoundary
    public static long indexToLong(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        if (o == PNone.NONE || o instanceof Double || o instanceof String) {
            throw PException.typeError("slice indices must be integers or None or have an __index__ method");
        }
        Object i = index(o);
        if (i instanceof Long l) {
            return l;
        }
        return ((BigInteger) i).signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
    }

    /** An int index for sequence item access, with CPython's TypeError message. */
    @TruffleBoundary
    public static long seqIndex(Object o, String seqType) {
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof BigInteger) {
            throw PException.raise(ExceptionClasses.IndexError, "cannot fit 'int' into an index-sized integer");
        }
        if (classOf(o).lookup("__index__") != null) {
            return indexToLong(o);
        }
        throw PException.typeError(seqType + " indices must be integers or slices, not " + typeName(o));
    }

    // ------------------------------------------------------------------ length and items

    @TruffleBoundary
    public static long lenOf(Object o) {
        if (o instanceof String s) {
            return s.codePointCount(0, s.length());
        }
        if (!guestOverrides(o)) {
            if (o instanceof PList l) {
                return l.size;
            }
            if (o instanceof PTuple t) {
                return t.items.length;
            }
            if (o instanceof PDict d) {
                return d.size();
            }
            if (o instanceof PSet s) {
                return s.size();
            }
            if (o instanceof PRange r) {
                return r.length();
            }
            if (o instanceof PBytes b) {
                return b.bytes.length;
            }
        }
        Object m = classOf(o).lookup("__len__");
        if (m == null) {
            throw PException.typeError("object of type '" + typeName(o) + "' has no len()");
        }
        Object r = call(m, o);
        if (r instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (!(r instanceof Long l)) {
            if (r instanceof BigInteger) {
                throw PException.raise(ExceptionClasses.OverflowError, "cannot fit 'int' into an index-sized integer");
            }
            throw PException.typeError("'" + typeName(r) + "' object cannot be interpreted as an integer");
        }
        if (l < 0) {
            throw PException.valueError("__len__() should return >= 0");
        }
        return l;
    }

    @TruffleBoundary
    public static Object getItem(Object o, Object key) {
        return Items.getItem(o, key);
    }

    @TruffleBoundary
    public static void setItem(Object o, Object key, Object value) {
        Items.setItem(o, key, value);
    }

    @TruffleBoundary
    public static void delItem(Object o, Object key) {
        Items.delItem(o, key);
    }

    // ------------------------------------------------------------------ iteration

    @TruffleBoundary
    public static Object getIter(Object o) {
        return Iteration.getIter(o);
    }

    /** The next value of an iterator, or null when it is exhausted. */
    @TruffleBoundary
    public static Object next(Object it) {
        return Iteration.next(it);
    }

    // ------------------------------------------------------------------ misc

    public static boolean isSubclass(PClass a, PClass b) {
        return a.isSubclassOf(b);
    }

    public static Object[] noArgs() {
        return NO_ARGS;
    }

    public static Object bool(boolean b) {
        return b;
    }
}
