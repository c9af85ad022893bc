package org.kairos.builtins;

import org.kairos.KairosContext;
import org.kairos.runtime.BuiltinClasses;
import org.kairos.runtime.ClassBuilder;
import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.Iteration;
import org.kairos.runtime.Numbers;
import org.kairos.runtime.PBaseException;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PDescriptors;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PException;
import org.kairos.runtime.PList;
import org.kairos.runtime.PModule;
import org.kairos.runtime.PNone;
import org.kairos.runtime.PObject;
import org.kairos.runtime.PRange;
import org.kairos.runtime.PSet;
import org.kairos.runtime.PSuper;
import org.kairos.runtime.PTuple;
import org.kairos.runtime.Py;
import org.kairos.runtime.Tracebacks;

import java.math.BigInteger;

/**
 * The {@code builtins} module: the core functions and the constructors of the builtin classes.
 * Methods of builtin types live in {@link TypeMethods}; further functions in {@link BuiltinFunctions}.
 */
public final class BuiltinsModule {
    private BuiltinsModule() {
    }

    private static boolean initialized;

    /** Builtin classes are shared by all contexts, so their methods are installed once. */
    static synchronized void initClasses() {
        if (initialized) {
            return;
        }
        initialized = true;
        objectAndType();
        TypeMethods.installLazily();
    }

    public static PModule create(KairosContext ctx) {
        initClasses();
        PModule m = new PModule("builtins");
        PDict d = m.dict;
        for (PClass c : new PClass[]{PClass.OBJECT, PClass.TYPE, PClass.INT, PClass.BOOL, PClass.FLOAT, PClass.STR, PClass.BYTES, PClass.TUPLE, PClass.LIST,
                        PClass.DICT, PClass.SET, PClass.FROZENSET, PClass.RANGE, PClass.SLICE, PClass.PROPERTY, PClass.STATICMETHOD, PClass.CLASSMETHOD,
                        PClass.SUPER, BuiltinClasses.MAP, BuiltinClasses.FILTER, BuiltinClasses.ZIP, BuiltinClasses.ENUMERATE, BuiltinClasses.REVERSED}) {
            d.putStr(c.name, c);
        }
        d.putStr("bytearray", org.kairos.runtime.PByteArray.CLASS);
        d.putStr("complex", org.kairos.runtime.PComplex.CLASS);
        Builtins.getset(org.kairos.runtime.PUnion.CLASS, "__args__", s -> new PTuple(((org.kairos.runtime.PUnion) s).args.clone()), null);
        for (PClass c : ExceptionClasses.ALL) {
            d.putStr(c.name, c);
        }
        d.putStr("EnvironmentError", ExceptionClasses.OSError);
        d.putStr("IOError", ExceptionClasses.OSError);
        d.putStr("None", PNone.NONE);
        d.putStr("NotImplemented", PNone.NOT_IMPLEMENTED);
        d.putStr("Ellipsis", PNone.ELLIPSIS);
        d.putStr("__debug__", true);
        Builtins.def(d, "print", "*args, sep=None, end=None, file=None, flush=False", a -> {
            PTuple args = (PTuple) a[0];
            String sep = a[1] == PNone.NONE ? " " : checkStr(a[1], "sep");
            String end = a[2] == PNone.NONE ? "\n" : checkStr(a[2], "end");
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < args.items.length; i++) {
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(Py.str(args.items[i]));
            }
            sb.append(end);
            Object file = a[3] == PNone.NONE ? ctx.sys().dict.getStr("stdout") : a[3];
            if (file instanceof PTextIO t) {
                t.write(sb.toString());
                if (Py.isTrue(a[4])) {
                    t.flush();
                }
            } else if (file != PNone.NONE) {
                Py.callMethod(file, "write", sb.toString());
                if (Py.isTrue(a[4])) {
                    Py.callMethod(file, "flush");
                }
            }
            return PNone.NONE;
        });
        Builtins.def(d, "len", "obj, /", a -> Py.lenOf(a[0]));
        Builtins.def(d, "repr", "obj, /", a -> Py.repr(a[0]));
        Builtins.def(d, "isinstance", "obj, class_or_tuple, /", a -> isInstance(a[0], a[1]));
        Builtins.def(d, "issubclass", "cls, class_or_tuple, /", a -> {
            if (!(a[0] instanceof PClass c)) {
                throw PException.typeError("issubclass() arg 1 must be a class");
            }
            return isSubclass(c, a[1]);
        });
        Builtins.def(d, "id", "obj, /", a -> (long) System.identityHashCode(a[0]));
        Builtins.def(d, "hash", "obj, /", a -> Py.hash(a[0]));
        Builtins.def(d, "callable", "obj, /", a -> Py.isCallable(a[0]));
        Builtins.def(d, "getattr", "obj, name, default=?, /", a -> {
            String n = checkStr(a[1], "attribute name");
            if (a[2] == PNone.NO_VALUE) {
                return Py.getAttr(a[0], n);
            }
            try {
                Object v = Py.getAttrOrNull(a[0], n);
                return v == null ? a[2] : v;
            } catch (PException e) {
                if (e.exc.cls.isSubclassOf(ExceptionClasses.AttributeError)) {
                    return a[2];
                }
                throw e;
            }
        });
        Builtins.def(d, "setattr", "obj, name, value, /", a -> {
            Py.setAttr(a[0], checkStr(a[1], "attribute name"), a[2]);
            return PNone.NONE;
        });
        Builtins.def(d, "delattr", "obj, name, /", a -> {
            Py.delAttr(a[0], checkStr(a[1], "attribute name"));
            return PNone.NONE;
        });
        Builtins.def(d, "hasattr", "obj, name, /", a -> {
            try {
                return Py.getAttrOrNull(a[0], checkStr(a[1], "attribute name")) != null;
            } catch (PException e) {
                if (e.exc.cls.isSubclassOf(ExceptionClasses.AttributeError)) {
                    return false;
                }
                throw e;
            }
        });
        Builtins.def(d, "iter", "*args", unpacked("iter", 1, 2, a -> {
            if (a[1] == PNone.NO_VALUE) {
                return Py.getIter(a[0]);
            }
            Object fn = a[0];
            Object sentinel = a[1];
            if (!Py.isCallable(fn)) {
                throw PException.typeError("iter(v, w): v must be callable");
            }
            return new org.kairos.runtime.PIterator.FnIterator(BuiltinClasses.CALLABLE_ITERATOR, () -> {
                Object v = Py.call(fn);
                return Py.eqBool(v, sentinel) ? null : v;
            });
        }));
        Builtins.def(d, "next", "*args", unpacked("next", 1, 2, a -> {
            if (!Iteration.isIterator(a[0])) {
                throw PException.typeError("'" + Py.typeName(a[0]) + "' object is not an iterator");
            }
            if (a[1] == PNone.NO_VALUE && !(a[0] instanceof org.kairos.runtime.PIterator)) {
                return Py.callMethod(a[0], "__next__");
            }
            if (a[0] instanceof org.kairos.runtime.PGenerator g) {
                try {
                    return g.send(PNone.NONE);
                } catch (PException e) {
                    if (a[1] != PNone.NO_VALUE && e.exc.cls.isSubclassOf(ExceptionClasses.StopIteration)) {
                        return a[1];
                    }
                    throw e;
                }
            }
            Object v = Py.next(a[0]);
            if (v == null) {
                if (a[1] == PNone.NO_VALUE) {
                    throw new PException(new PBaseException(ExceptionClasses.StopIteration));
                }
                return a[1];
            }
            return v;
        }));
        BuiltinFunctions.install(ctx, d);
        GeneratorMethods.installAnext(d);
        return m;
    }

    static String checkStr(Object o, String what) {
        if (o instanceof String s) {
            return s;
        }
        if (what.equals("attribute name")) {
            throw PException.typeError("attribute name must be string, not '" + Py.typeName(o) + "'");
        }
        throw PException.typeError(what + " must be None or a string, not " + Py.typeName(o));
    }

    static boolean isInstance(Object obj, Object cls) {
        if (cls instanceof PClass c) {
            Object check = Py.classOf(c).lookup("__instancecheck__");
            if (check != null && !(check instanceof org.kairos.runtime.PBuiltinFunction)) {
                return Py.isTrue(Py.call(check, c, obj));
            }
            return Py.classOf(obj).isSubclassOf(c);
        }
        if (cls instanceof PTuple t) {
            for (Object o : t.items) {
                if (isInstance(obj, o)) {
                    return true;
                }
            }
            return false;
        }
        if (cls instanceof org.kairos.runtime.PUnion u) {
            return isInstance(obj, new PTuple(u.args.clone()));
        }
        throw PException.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    static boolean isSubclass(PClass c, Object cls) {
        if (cls instanceof PClass k) {
            return c.isSubclassOf(k);
        }
        if (cls instanceof PTuple t) {
            for (Object o : t.items) {
                if (isSubclass(c, o)) {
                    return true;
                }
            }
            return false;
        }
        if (cls instanceof org.kairos.runtime.PUnion u) {
            return isSubclass(c, new PTuple(u.args.clone()));
        }
        throw PException.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    // ------------------------------------------------------------------ object and type

    private static void objectAndType() {
        PClass o = PClass.OBJECT;
        Builtins.staticMethod(o, "__new__", "cls, *args, **kwargs", a -> {
            PClass cls = (PClass) a[0];
            boolean excess = ((PTuple) a[1]).items.length > 0 || ((PDict) a[2]).size() > 0;
            if (excess && (cls.lookup("__new__") != PClass.OBJECT.namespace().getStr("__new__") || cls.lookup("__init__") == PClass.OBJECT.namespace().getStr("__init__"))) {
                throw PException.typeError(cls.name + "() takes no arguments");
            }
            ContextModules.checkInstantiable(cls);
            return newInstance(cls);
        });
        Builtins.method(o, "__init__", "self, *args, **kwargs", a -> {
            PClass cls = Py.classOf(a[0]);
            boolean excess = ((PTuple) a[1]).items.length > 0 || ((PDict) a[2]).size() > 0;
            if (excess) {
                if (cls.lookup("__init__") != PClass.OBJECT.namespace().getStr("__init__")) {
                    throw PException.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
                }
                if (cls.lookup("__new__") == PClass.OBJECT.namespace().getStr("__new__")) {
                    throw PException.typeError(cls.name + "() takes no arguments");
                }
            }
            return PNone.NONE;
        });
        Py.OBJECT_SETATTR = Builtins.method(o, "__setattr__", "self, name, value, /", a -> {
            Py.genericSetAttr(a[0], checkStr(a[1], "attribute name"), a[2]);
            return PNone.NONE;
        });
        Py.OBJECT_DELATTR = Builtins.method(o, "__delattr__", "self, name, /", a -> {
            Py.genericDelAttr(a[0], checkStr(a[1], "attribute name"));
            return PNone.NONE;
        });
        Builtins.method(o, "__getattribute__", "self, name, /", a -> Py.objectGetAttribute(a[0], checkStr(a[1], "attribute name")));
        Builtins.method(o, "__repr__", "self, /", a -> org.kairos.runtime.Repr.builtinRepr(a[0]));
        Builtins.method(o, "__str__", "self, /", a -> Py.repr(a[0]));
        Builtins.method(o, "__eq__", "self, other, /", a -> a[0] == a[1] ? Boolean.TRUE : PNone.NOT_IMPLEMENTED);
        Builtins.method(o, "__ne__", "self, other, /", a -> {
            Object r = Py.callMethod(a[0], "__eq__", a[1]);
            return r == PNone.NOT_IMPLEMENTED ? r : !Py.isTrue(r);
        });
        Builtins.method(o, "__hash__", "self, /", a -> (long) System.identityHashCode(a[0]));
        Builtins.method(o, "__format__", "self, format_spec, /", a -> {
            if (!TypeHelpers.formatSpec(a[1]).isEmpty()) {
                throw PException.typeError("unsupported format string passed to " + Py.typeName(a[0]) + ".__format__");
            }
            return Py.str(a[0]);
        });
        Builtins.classMethod(o, "__init_subclass__", "cls, /", a -> PNone.NONE);
        Builtins.method(o, "__dir__", "self, /", a -> BuiltinFunctions.dir(a[0]));

        PClass t = PClass.TYPE;
        Builtins.staticMethod(t, "__new__", "meta, name, bases=?, ns=?, /, **kwargs", a -> {
            if (a[2] == PNone.NO_VALUE) {
                if (a[0] == PClass.TYPE) {
                    return Py.classOf(a[1]);
                }
                throw PException.typeError("type.__new__() takes exactly 3 arguments (1 given)");
            }
            if (a[3] == PNone.NO_VALUE) {
                throw PException.typeError(a[0] == PClass.TYPE ? "type() takes 1 or 3 arguments" : "type.__new__() takes exactly 3 arguments (2 given)");
            }
            PDict kw = (PDict) a[4];
            String[] kwn = new String[kw.size()];
            Object[] kwv = new Object[kw.size()];
            int i = 0;
            for (PDict.Entry e : kw.entries()) {
                kwn[i] = (String) e.key;
                kwv[i++] = e.value;
            }
            if (!(a[1] instanceof String name)) {
                throw PException.typeError("type.__new__() argument 1 must be str, not " + Py.typeName(a[1]));
            }
            if (!(a[2] instanceof PTuple bases)) {
                throw PException.typeError("type.__new__() argument 2 must be tuple, not " + TypeHelpers.argTypeName(a[2]));
            }
            if (!(a[3] instanceof PDict ns)) {
                throw PException.typeError("type.__new__() argument 3 must be dict, not " + TypeHelpers.argTypeName(a[3]));
            }
            return ClassBuilder.typeNew((PClass) a[0], name, bases.items, ns, kwn, kwv);
        });
        Builtins.method(t, "__init__", "cls, *args, **kwargs", a -> PNone.NONE);
        Py.TYPE_CALL = Builtins.method(t, "__call__", "cls, *args, **kwargs", a -> {
            PDict kw = (PDict) a[2];
            Object[] pos = ((PTuple) a[1]).items;
            Object[] all = new Object[pos.length + kw.size()];
            System.arraycopy(pos, 0, all, 0, pos.length);
            String[] names = new String[kw.size()];
            int i = 0;
            for (PDict.Entry e : kw.entries()) {
                names[i] = (String) e.key;
                all[pos.length + i++] = e.value;
            }
            return Py.typeCall((PClass) a[0], all, names);
        });
        Builtins.method(t, "mro", "cls, /", a -> new PList(((PClass) a[0]).mro.clone()));
        Builtins.method(t, "__subclasses__", "cls, /", a -> new PList());
        Builtins.method(t, "__repr__", "cls, /", a -> org.kairos.runtime.Repr.builtinRepr(a[0]));
        Builtins.method(t, "__instancecheck__", "cls, obj, /", a -> Py.classOf(a[1]).isSubclassOf((PClass) a[0]));
        Builtins.method(t, "__subclasscheck__", "cls, sub, /", a -> {
            if (!(a[1] instanceof PClass sub)) {
                throw PException.typeError("issubclass() arg 1 must be a class");
            }
            return sub.isSubclassOf((PClass) a[0]);
        });
        Builtins.classMethod(t, "__prepare__", "meta, *args, **kwargs", a -> new PDict());
    }

    /** A new, uninitialized instance of {@code cls} for object.__new__ (any layout of a guest class). */
    static Object newInstance(PClass cls) {
        return switch (cls.layout) {
            case OBJECT -> new PObject(cls);
            case EXCEPTION -> new PBaseException(cls);
            case LIST -> new PList(cls, new Object[4], 0);
            case DICT -> new PDict(cls);
            case SET -> new PSet(cls);
            case FROZENSET -> new PSet(cls);
            default -> throw PException.typeError("object.__new__(" + cls.name + ") is not safe, use " + cls.name + ".__new__()");
        };
    }

    // ------------------------------------------------------------------ exceptions

    static void exceptions() {
        PClass be = ExceptionClasses.BaseException;
        Builtins.staticMethod(be, "__new__", "cls, *args, **kwargs", a -> {
            PBaseException e = new PBaseException((PClass) a[0]);
            e.args = (PTuple) a[1];
            return e;
        });
        Builtins.method(be, "__init__", "self, *args, **kwargs", a -> {
            ((PBaseException) a[0]).args = (PTuple) a[1];
            return PNone.NONE;
        });
        Builtins.method(be, "__str__", "self, /", a -> Py.exceptionStr((PBaseException) a[0]));
        Builtins.method(be, "__repr__", "self, /", a -> org.kairos.runtime.Repr.builtinRepr(a[0]));
        Builtins.method(be, "with_traceback", "self, tb, /", a -> a[0]);
        Builtins.method(be, "add_note", "self, note, /", a -> {
            if (!(a[1] instanceof String)) {
                throw PException.typeError("note must be a str, not '" + Py.typeName(a[1]) + "'");
            }
            PBaseException e = (PBaseException) a[0];
            Object notes = e.getOrCreateDict().getStr("__notes__");
            if (notes == null) {
                notes = new PList();
                e.dict.putStr("__notes__", notes);
            }
            ((PList) notes).append(a[1]);
            return PNone.NONE;
        });
        Builtins.getset(be, "args", s -> ((PBaseException) s).args, (s, v) -> ((PBaseException) s).args = new PTuple(Iteration.toArray(v)));
        Builtins.getset(be, "__cause__", s -> orNone(((PBaseException) s).cause), (s, v) -> {
            ((PBaseException) s).cause = v == PNone.NONE ? null : (PBaseException) v;
            ((PBaseException) s).suppressContext = true;
        });
        Builtins.getset(be, "__context__", s -> orNone(((PBaseException) s).context), (s, v) -> ((PBaseException) s).context = v == PNone.NONE ? null : (PBaseException) v);
        Builtins.getset(be, "__suppress_context__", s -> ((PBaseException) s).suppressContext, (s, v) -> ((PBaseException) s).suppressContext = Py.isTrue(v));
        Builtins.getset(be, "__traceback__", s -> Tracebacks.tracebackObject((PBaseException) s), (s, v) -> {
            if (v == PNone.NONE) {
                ((PBaseException) s).traceback = null;
                ((PBaseException) s).tracebackCleared = true;
            }
        });
        PClass ose = ExceptionClasses.OSError;
        Builtins.staticMethod(ose, "__new__", "cls, *args, **kwargs", a -> {
            PClass cls = (PClass) a[0];
            Object[] args = ((PTuple) a[1]).items;
            if (cls == ExceptionClasses.OSError && args.length >= 2 && args[0] instanceof Long errno) {
                cls = ExceptionClasses.osErrorSubclass(errno);
            }
            PBaseException e = new PBaseException(cls);
            ExceptionClasses.initOSError(e, args);
            return e;
        });
        Builtins.method(ose, "__init__", "self, *args, **kwargs", a -> {
            ExceptionClasses.initOSError((PBaseException) a[0], ((PTuple) a[1]).items);
            return PNone.NONE;
        });
        for (String attr : new String[]{"errno", "strerror", "filename", "filename2"}) {
            Builtins.getset(ose, attr, s -> {
                PBaseException e = (PBaseException) s;
                Object v = e.dict == null ? null : e.dict.getStr(attr);
                return v == null ? PNone.NONE : v;
            }, (s, v) -> ((PBaseException) s).getOrCreateDict().putStr(attr, v));
        }
        String[] unicodeAttrs = {"encoding", "object", "start", "end", "reason"};
        for (int i = 0; i < unicodeAttrs.length; i++) {
            final int idx = i;
            Builtins.getset(ExceptionClasses.UnicodeError, unicodeAttrs[i], s -> {
                Object[] items = ((PBaseException) s).args.items;
                return items.length == 5 ? items[idx] : PNone.NONE;
            }, null);
        }
        PClass si = ExceptionClasses.StopIteration;
        Builtins.getset(si, "value", s -> {
            PTuple a = ((PBaseException) s).args;
            return a.items.length > 0 ? a.items[0] : PNone.NONE;
        }, null);
        Builtins.getset(ExceptionClasses.SystemExit, "code", s -> {
            PTuple a = ((PBaseException) s).args;
            return a.items.length == 0 ? PNone.NONE : a.items.length == 1 ? a.items[0] : a;
        }, null);
        for (String attr : new String[]{"name", "path", "obj"}) {
            PClass owner = attr.equals("obj") ? ExceptionClasses.AttributeError : ExceptionClasses.ImportError;
            Builtins.getset(owner, attr, s -> {
                PBaseException e = (PBaseException) s;
                Object v = e.dict == null ? null : e.dict.getStr(attr);
                return v == null ? PNone.NONE : v;
            }, (s, v) -> ((PBaseException) s).getOrCreateDict().putStr(attr, v));
        }
        Builtins.getset(ExceptionClasses.AttributeError, "name", s -> {
            PBaseException e = (PBaseException) s;
            Object v = e.dict == null ? null : e.dict.getStr("name");
            return v == null ? PNone.NONE : v;
        }, (s, v) -> ((PBaseException) s).getOrCreateDict().putStr("name", v));
        Builtins.getset(ExceptionClasses.NameError, "name", s -> {
            PBaseException e = (PBaseException) s;
            Object v = e.dict == null ? null : e.dict.getStr("name");
            return v == null ? PNone.NONE : v;
        }, (s, v) -> ((PBaseException) s).getOrCreateDict().putStr("name", v));
    }

    /**
     * A builtin whose positional arguments are checked as CPython's PyArg_UnpackTuple does ("iter expected at most
     * 2 arguments, got 3"); missing optional arguments are passed as NO_VALUE.
     */
    static org.kairos.runtime.PBuiltinFunction.Impl unpacked(String name, int min, int max, org.kairos.runtime.PBuiltinFunction.Impl impl) {
        return a -> {
            Object[] given = ((PTuple) a[0]).items;
            if (given.length < min || given.length > max) {
                String bound = min == max ? "" : given.length < min ? "at least " : "at most ";
                int n = given.length < min ? min : max;
                throw PException.typeError(name + " expected " + bound + n + " argument" + (n == 1 ? "" : "s") + ", got " + given.length);
            }
            Object[] args = java.util.Arrays.copyOf(given, max);
            for (int i = given.length; i < max; i++) {
                args[i] = PNone.NO_VALUE;
            }
            return impl.call(args);
        };
    }

    static Object orNone(Object o) {
        return o == null ? PNone.NONE : o;
    }

    // ------------------------------------------------------------------ constructors of builtin values

    static void constructors() {
        Builtins.staticMethod(PClass.INT, "__new__", "cls, x=?, /, base=?", a -> {
            Object r = Conversions.toInt(a[1], a[2]);
            return a[0] == PClass.INT ? r : subclassValue((PClass) a[0], r);
        });
        Builtins.staticMethod(PClass.BOOL, "__new__", "cls, x=False, /", a -> Py.isTrue(a[1]));
        Builtins.staticMethod(PClass.FLOAT, "__new__", "cls, x=0.0, /", a -> Conversions.toFloat(a[1]));
        Builtins.staticMethod(PClass.STR, "__new__", "cls, object='', encoding=?, errors=?", a -> Conversions.toStr(a[1], a[2], a[3]));
        Builtins.staticMethod(PClass.TUPLE, "__new__", "cls, iterable=?, /", a -> {
            Object[] items = a[1] == PNone.NO_VALUE ? new Object[0] : Iteration.toArray(a[1]);
            return a[0] == PClass.TUPLE ? new PTuple(items) : new PTuple((PClass) a[0], items);
        });
        Builtins.staticMethod(PClass.LIST, "__new__", "cls, *args, **kwargs", a -> new PList((PClass) a[0], new Object[4], 0));
        Builtins.method(PClass.LIST, "__init__", "self, iterable=?, /", a -> {
            PList l = (PList) a[0];
            l.clear();
            if (a[1] != PNone.NO_VALUE) {
                for (Object o : Iteration.toArray(a[1])) {
                    l.append(o);
                }
            }
            return PNone.NONE;
        });
        Builtins.staticMethod(PClass.DICT, "__new__", "cls, *args, **kwargs", a -> new PDict((PClass) a[0]));
        Builtins.method(PClass.DICT, "__init__", "self, iterable=?, /, **kwargs", a -> {
            PDict dct = (PDict) a[0];
            if (a[1] != PNone.NO_VALUE) {
                org.kairos.runtime.DictOps.update(dct, a[1]);
            }
            for (PDict.Entry e : ((PDict) a[2]).entries()) {
                dct.put(e.key, e.value);
            }
            return PNone.NONE;
        });
        Builtins.staticMethod(PClass.SET, "__new__", "cls, *args, **kwargs", a -> new PSet((PClass) a[0]));
        Builtins.method(PClass.SET, "__init__", "self, iterable=?, /", a -> {
            PSet s = (PSet) a[0];
            s.clear();
            if (a[1] != PNone.NO_VALUE) {
                for (Object o : Iteration.toArray(a[1])) {
                    s.add(o);
                }
            }
            return PNone.NONE;
        });
        Builtins.staticMethod(PClass.FROZENSET, "__new__", "cls, iterable=?, /", a -> {
            PSet s = new PSet((PClass) a[0]);
            if (a[1] != PNone.NO_VALUE) {
                for (Object o : Iteration.toArray(a[1])) {
                    s.add(o);
                }
            }
            return s;
        });
        Builtins.staticMethod(PClass.RANGE, "__new__", "cls, start, stop=?, step=?, /", a -> {
            long start = 0;
            long stop;
            long step = 1;
            if (a[2] == PNone.NO_VALUE) {
                stop = rangeArg(a[1]);
            } else {
                start = rangeArg(a[1]);
                stop = rangeArg(a[2]);
                if (a[3] != PNone.NO_VALUE) {
                    step = rangeArg(a[3]);
                    if (step == 0) {
                        throw PException.valueError("range() arg 3 must not be zero");
                    }
                }
            }
            return new PRange(start, stop, step);
        });
        Builtins.staticMethod(PClass.SLICE, "__new__", "cls, start, stop=?, step=None, /", a -> {
            if (a[2] == PNone.NO_VALUE) {
                return new org.kairos.runtime.PSlice(PNone.NONE, a[1], PNone.NONE);
            }
            return new org.kairos.runtime.PSlice(a[1], a[2], a[3]);
        });
        Builtins.staticMethod(PClass.PROPERTY, "__new__", "cls, fget=None, fset=None, fdel=None, doc=None", a -> new PDescriptors.PProperty((PClass) a[0], a[1], a[2], a[3], a[4]));
        Builtins.staticMethod(PClass.STATICMETHOD, "__new__", "cls, f, /", a -> new PDescriptors.PStaticMethod(a[1]));
        Builtins.staticMethod(PClass.CLASSMETHOD, "__new__", "cls, f, /", a -> new PDescriptors.PClassMethod(a[1]));
        Builtins.staticMethod(PClass.SUPER, "__new__", "cls, type=?, obj=?, /", a -> {
            if (a[1] == PNone.NO_VALUE) {
                throw PException.runtimeError("super(): no arguments");
            }
            if (!(a[1] instanceof PClass type)) {
                throw PException.typeError("super() argument 1 must be a type, not " + Py.typeName(a[1]));
            }
            return PSuper.create(type, a[2] == PNone.NO_VALUE ? a[1] : a[2]);
        });
    }

    static long rangeArg(Object o) {
        if (o instanceof Double || o instanceof String || !(Numbers.isInt(o) || Py.classOf(o).lookup("__index__") != null)) {
            throw PException.typeError("'" + Py.typeName(o) + "' object cannot be interpreted as an integer");
        }
        Object i = Py.index(o);
        if (i instanceof BigInteger) {
            throw PException.raise(ExceptionClasses.OverflowError, "Python int too large to convert to C ssize_t");
        }
        return (Long) i;
    }

    static Object subclassValue(PClass cls, Object value) {
        throw PException.typeError("subclasses of " + Py.typeName(value) + " are not supported by Kairos yet");
    }
}
