package org.kairos.builtins;

import org.kairos.KairosContext;
import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.Iteration;
import org.kairos.runtime.PBaseException;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PException;
import org.kairos.runtime.PFunction;
import org.kairos.runtime.PList;
import org.kairos.runtime.PModule;
import org.kairos.runtime.PNone;
import org.kairos.runtime.PObject;
import org.kairos.runtime.PSet;
import org.kairos.runtime.PTraceback;
import org.kairos.runtime.PTuple;
import org.kairos.runtime.PythonObject;
import org.kairos.runtime.Py;
import org.kairos.runtime.Tracebacks;

import java.util.ArrayList;
import java.util.List;

/** Small standard modules: traceback, importlib, types, copy, weakref, warnings, textwrap. */
final class UtilModules {
    private UtilModules() {
    }

    /** Writes to a file object, or to sys.stderr when {@code file} is None. */
    static void writeTo(KairosContext ctx, Object file, String s) {
        Object f = file == PNone.NONE || file == PNone.NO_VALUE ? ctx.sys().dict.getStr("stderr") : file;
        if (f instanceof PTextIO t) {
            t.write(s);
        } else {
            Py.callMethod(f, "write", s);
        }
    }

    // ---------------------------------------------------------------- traceback

    private static PBaseException excArg(Object exc, Object value) {
        Object e = value != PNone.NO_VALUE && value != PNone.NONE ? value : exc;
        if (e instanceof PBaseException b) {
            return b;
        }
        return null;
    }

    /** Like CPython, one string per frame: the source line joins its "File ..." line. */
    private static PList formatException(PBaseException e) {
        List<Object> out = new ArrayList<>();
        for (String s : Tracebacks.formatException(e)) {
            int last = out.size() - 1;
            if (s.startsWith("    ") && last >= 0 && ((String) out.get(last)).startsWith("  File ")) {
                out.set(last, out.get(last) + s);
            } else {
                out.add(s);
            }
        }
        return new PList(out.toArray());
    }

    private static String joined(PBaseException e) {
        return e == null ? "NoneType: None\n" : String.join("", Tracebacks.formatException(e));
    }

    private static final PClass FRAME_SUMMARY = FunctoolsModule.lib("FrameSummary", "traceback");

    static PModule traceback(KairosContext ctx) {
        PModule m = new PModule("traceback");
        PDict d = m.dict;
        Builtins.def(d, "format_exc", "limit=None, chain=True", a -> joined(ctx.threadState().handled));
        Builtins.def(d, "print_exc", "limit=None, file=None, chain=True", a -> {
            writeTo(ctx, a[1], joined(ctx.threadState().handled));
            return PNone.NONE;
        });
        Builtins.def(d, "format_exception", "exc, /, value=?, tb=?, limit=None, chain=True", a -> {
            PBaseException e = excArg(a[0], a[1]);
            return e == null ? new PList(new Object[]{"NoneType: None\n"}) : formatException(e);
        });
        Builtins.def(d, "print_exception", "exc, /, value=?, tb=?, limit=None, file=None, chain=True", a -> {
            writeTo(ctx, a[4], joined(excArg(a[0], a[1])));
            return PNone.NONE;
        });
        Builtins.def(d, "format_exception_only", "exc, /, value=?", a -> {
            PBaseException e = excArg(a[0], a[1]);
            return new PList(new Object[]{e == null ? "NoneType: None\n" : Tracebacks.formatExceptionOnlyWithNotes(e)});
        });
        Builtins.staticMethod(FRAME_SUMMARY, "__new__", "cls, filename, lineno, name, *, lookup_line=True, locals=None, line=None, end_lineno=None, colno=None, end_colno=None", a -> {
            PObject o = new PObject(FRAME_SUMMARY);
            PDict od = o.getOrCreateDict();
            od.putStr("filename", a[1]);
            od.putStr("lineno", a[2]);
            od.putStr("end_lineno", a[7]);
            od.putStr("colno", a[8]);
            od.putStr("end_colno", a[9]);
            od.putStr("name", a[3]);
            Object line = a[6];
            if (line == PNone.NONE && a[1] instanceof String fn && a[2] instanceof Long ln) {
                String src = Tracebacks.sourceLine(fn, ln.intValue());
                line = src == null ? "" : src.strip();
            }
            od.putStr("line", line);
            return o;
        });
        Builtins.method(FRAME_SUMMARY, "__repr__", "self, /", a -> {
            PDict od = ((PythonObject) a[0]).dict;
            return "<FrameSummary file " + Py.str(od.getStr("filename")) + ", line " + Py.str(od.getStr("lineno")) + " in " + Py.str(od.getStr("name")) + ">";
        });
        Builtins.method(FRAME_SUMMARY, "__iter__", "self, /", a -> {
            PDict od = ((PythonObject) a[0]).dict;
            return Py.getIter(PTuple.of(od.getStr("filename"), od.getStr("lineno"), od.getStr("name"), od.getStr("line")));
        });
        Builtins.def(d, "extract_tb", "tb, limit=None", a -> {
            List<Object> out = new ArrayList<>();
            Object tb = a[0];
            if (tb != PNone.NONE && !(tb instanceof PTraceback)) {
                Py.getAttr(tb, "tb_frame");
            }
            while (tb instanceof PTraceback t) {
                int line = t.entry.line();
                int[] p = Tracebacks.position(t.entry);
                if (p != null && p[0] == line) {
                    out.add(Py.callKw(FRAME_SUMMARY, new Object[]{t.entry.filename(), (long) line, t.entry.name(), (long) p[1], (long) p[2], (long) p[3]},
                                    new String[]{"end_lineno", "colno", "end_colno"}));
                } else {
                    out.add(Py.call(FRAME_SUMMARY, t.entry.filename(), (long) line, t.entry.name()));
                }
                tb = t.next;
            }
            if (a[1] != PNone.NONE) {
                // a negative limit keeps the last entries
                long lim = Py.indexToLong(a[1]);
                int n = out.size();
                return new PList((lim >= 0 ? out.subList(0, (int) Math.min(lim, n)) : out.subList((int) Math.max(0, n + lim), n)).toArray());
            }
            return new PList(out.toArray());
        });
        Builtins.def(d, "format_list", "extracted_list, /", a -> {
            List<Object> out = new ArrayList<>();
            for (Object fs : Iteration.toArray(a[0])) {
                if (Py.classOf(fs).lookup("__iter__") == null && Py.classOf(fs).lookup("__getitem__") == null) {
                    throw PException.typeError("cannot unpack non-iterable " + Py.typeName(fs) + " object");
                }
                Object[] f = Iteration.toArray(fs);
                if (f.length != 4) {
                    throw PException.valueError(f.length < 4 ? "not enough values to unpack (expected 4, got " + f.length + ")" : "too many values to unpack (expected 4)");
                }
                String s = "  File \"" + Py.str(f[0]) + "\", line " + Py.str(f[1]) + ", in " + Py.str(f[2]) + "\n";
                List<String> lines = summaryLines(fs);
                if (lines != null) {
                    s += String.join("", lines);
                } else if (f[3] instanceof String line && !line.isEmpty()) {
                    s += "    " + line.strip() + "\n";
                }
                out.add(s);
            }
            return new PList(out.toArray());
        });
        Builtins.def(d, "format_tb", "tb, limit=None", a -> Py.call(d.getStr("format_list"), Py.call(d.getStr("extract_tb"), a[0], a[1])));
        Builtins.def(d, "print_tb", "tb, limit=None, file=None", a -> {
            StringBuilder sb = new StringBuilder();
            for (Object s : Iteration.toArray(Py.call(d.getStr("format_tb"), a[0], a[1]))) {
                sb.append((String) s);
            }
            writeTo(ctx, a[2], sb.toString());
            return PNone.NONE;
        });
        d.putStr("FrameSummary", FRAME_SUMMARY);
        return m;
    }

    // ---------------------------------------------------------------- importlib

    /** A FrameSummary's source lines with carets, when it has a position (extract_tb gives one). */
    private static List<String> summaryLines(Object fs) {
        if (!(fs instanceof PObject o) || o.cls != FRAME_SUMMARY) {
            return null;
        }
        PDict od = o.dict;
        if (od.getStr("filename") instanceof String fn && od.getStr("lineno") instanceof Long l && od.getStr("end_lineno") instanceof Long el &&
                        od.getStr("colno") instanceof Long c && od.getStr("end_colno") instanceof Long ec) {
            return Tracebacks.sourceLines(fn, l.intValue(), el.intValue(), c.intValue(), ec.intValue());
        }
        return null;
    }

    static PModule importlib(KairosContext ctx) {
        PModule m = new PModule("importlib");
        Builtins.def(m.dict, "import_module", "name, package=None", a -> {
            String name = (String) a[0];
            int level = 0;
            while (level < name.length() && name.charAt(level) == '.') {
                level++;
            }
            PDict g = new PDict();
            if (level > 0) {
                if (a[1] == PNone.NONE) {
                    throw PException.raise(ExceptionClasses.TypeError,
                                    "the 'package' argument is required to perform a relative import for " + Py.repr(name));
                }
                g.putStr("__package__", a[1]);
                g.putStr("__name__", a[1]);
            }
            Object top = ctx.importer().importName(name.substring(level), g, level, false);
            // importName returns the top-level package for dotted names; the module itself is in sys.modules
            Object mods = ctx.sys().dict.getStr("modules");
            String full = level > 0 ? null : name;
            if (full != null && mods instanceof PDict md && md.getStr(full) != null) {
                return md.getStr(full);
            }
            return top;
        });
        Builtins.def(m.dict, "invalidate_caches", "", a -> PNone.NONE);
        return m;
    }

    // ---------------------------------------------------------------- types

    static final PClass SIMPLE_NAMESPACE = new PClass("SimpleNamespace", PClass.OBJECT, PClass.Layout.OBJECT);
    private static boolean typesInitialized;

    private static synchronized void initTypes() {
        if (typesInitialized) {
            return;
        }
        typesInitialized = true;
        PClass c = SIMPLE_NAMESPACE;
        c.ns.putStr("__module__", "types");
        Builtins.method(c, "__init__", "self, mapping_or_iterable=?, /, **kwargs", a -> {
            PDict dict = ((PythonObject) a[0]).getOrCreateDict();
            if (a[1] != PNone.NO_VALUE) {
                PDict src = (PDict) Py.call(PClass.DICT, a[1]);
                for (PDict.Entry e : src.entries()) {
                    if (!(e.key instanceof String)) {
                        throw PException.typeError("keywords must be strings, not '" + Py.typeName(e.key) + "'");
                    }
                    dict.put(e.key, e.value);
                }
            }
            for (PDict.Entry e : ((PDict) a[2]).entries()) {
                dict.put(e.key, e.value);
            }
            return PNone.NONE;
        });
        Builtins.method(c, "__repr__", "self, /", a -> {
            PythonObject o = (PythonObject) a[0];
            String name = o.cls == SIMPLE_NAMESPACE ? "namespace" : o.cls.name;
            StringBuilder sb = new StringBuilder(name).append('(');
            if (o.dict != null) {
                int i = 0;
                for (PDict.Entry e : o.dict.entries()) {
                    sb.append(i++ == 0 ? "" : ", ").append(Py.str(e.key)).append('=').append(Py.repr(e.value));
                }
            }
            return sb.append(')').toString();
        });
        Builtins.method(c, "__eq__", "self, other, /", a -> {
            if (!(a[1] instanceof PythonObject o) || !o.cls.isSubclassOf(SIMPLE_NAMESPACE)) {
                return PNone.NOT_IMPLEMENTED;
            }
            PythonObject s = (PythonObject) a[0];
            return Py.eqBool(s.getOrCreateDict(), o.getOrCreateDict());
        });
        c.ns.putStr("__hash__", PNone.NONE);
    }

    static PModule types(KairosContext ctx) {
        initTypes();
        PModule m = new PModule("types");
        PDict d = m.dict;
        d.putStr("SimpleNamespace", SIMPLE_NAMESPACE);
        d.putStr("FunctionType", PClass.FUNCTION);
        d.putStr("LambdaType", PClass.FUNCTION);
        d.putStr("MethodType", PClass.METHOD);
        d.putStr("ModuleType", PClass.MODULE);
        d.putStr("BuiltinFunctionType", PClass.BUILTIN_FUNCTION);
        d.putStr("BuiltinMethodType", PClass.BUILTIN_FUNCTION);
        d.putStr("CodeType", PClass.CODE);
        d.putStr("TracebackType", PClass.TRACEBACK);
        d.putStr("FrameType", PClass.FRAME);
        d.putStr("NoneType", PClass.NONE_TYPE);
        d.putStr("NotImplementedType", PClass.NOT_IMPLEMENTED_TYPE);
        d.putStr("EllipsisType", PClass.ELLIPSIS_TYPE);
        Builtins.def(d, "new_class", "name, bases=None, kwds=None, exec_body=None", a -> {
            PDict ns = new PDict();
            if (a[3] != PNone.NONE) {
                Py.call(a[3], ns);
            }
            return Py.call(PClass.TYPE, a[0], new PTuple(a[1] == PNone.NONE ? new Object[0] : Iteration.toArray(a[1])), ns);
        });
        return m;
    }

    // ---------------------------------------------------------------- copy

    private static boolean atomic(Object x) {
        return x instanceof Long || x instanceof Double || x instanceof String || x instanceof Boolean || x instanceof java.math.BigInteger ||
                        x == PNone.NONE || x == PNone.NOT_IMPLEMENTED || x == PNone.ELLIPSIS || x instanceof PClass || x instanceof PFunction ||
                        x instanceof org.kairos.runtime.PBuiltinFunction || x instanceof org.kairos.runtime.PBytes || x instanceof org.kairos.runtime.PRange ||
                        x instanceof PModule;
    }

    static Object shallowCopy(Object x) {
        PClass c = Py.classOf(x);
        Object cp = c.lookup("__copy__");
        if (cp != null) {
            return Py.callMethod(x, "__copy__");
        }
        if (atomic(x) || (x instanceof PTuple t && t.cls == PClass.TUPLE) || (x instanceof PSet s && s.cls == PClass.FROZENSET)) {
            return x;
        }
        if (c.builtin && c.lookup("copy") != null && !(x instanceof PObject)) {
            // list, dict, set, deque, defaultdict, OrderedDict, Counter all have copy() keeping their type
            return Py.callMethod(x, "copy");
        }
        if (c.builtin && c.layout != PClass.Layout.OBJECT) {
            throw PException.typeError("cannot pickle '" + c.name + "' object");
        }
        return reconstruct(x, false, null);
    }

    /** Copies a guest object the way copyreg's {@code __reduce_ex__} does: new instance plus state. */
    private static Object reconstruct(Object x, boolean deep, Memo memo) {
        PClass c = Py.classOf(x);
        Object y = Py.call(Py.getAttr(PClass.OBJECT, "__new__"), c);
        if (memo != null) {
            memo.put(x, y);
        }
        if (x instanceof PList src && y instanceof PList dst) {
            for (Object o : src.toArray()) {
                Py.callMethod(dst, "append", deep ? deepCopy(o, memo) : o);
            }
        } else if (x instanceof PDict src && y instanceof PDict dst) {
            for (PDict.Entry e : src.entries()) {
                dst.put(deep ? deepCopy(e.key, memo) : e.key, deep ? deepCopy(e.value, memo) : e.value);
            }
        } else if (x instanceof PSet src && y instanceof PSet dst) {
            for (Object o : src.elements()) {
                dst.add(deep ? deepCopy(o, memo) : o);
            }
        }
        Object state;
        Object getstate = c.lookup("__getstate__");
        if (getstate != null && getstate != PClass.OBJECT.namespace().getStr("__getstate__")) {
            state = Py.callMethod(x, "__getstate__");
        } else {
            state = x instanceof PythonObject po && po.dict != null && po.dict.size() > 0 ? po.dict : PNone.NONE;
        }
        if (state == PNone.NONE) {
            return y;
        }
        if (deep) {
            state = deepCopy(state, memo);
        }
        if (c.lookup("__setstate__") != null) {
            Py.callMethod(y, "__setstate__", state);
        } else {
            PDict dst = ((PythonObject) y).getOrCreateDict();
            for (PDict.Entry e : ((PDict) state).entries()) {
                dst.put(e.key, e.value);
            }
        }
        return y;
    }

    /** A deepcopy memo: identity map plus the {@code id()}-keyed dict handed to {@code __deepcopy__}. */
    @SuppressWarnings("serial")
    private static final class Memo extends java.util.IdentityHashMap<Object, Object> {
        PDict dict;
    }

    private static final java.util.Map<PDict, Memo> MEMO_OF = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    static Object deepCopy(Object x, Memo memo) {
        if (memo.containsKey(x)) {
            return memo.get(x);
        }
        if (atomic(x)) {
            return x;
        }
        PClass c = Py.classOf(x);
        Object dc = c.lookup("__deepcopy__");
        if (dc != null) {
            if (memo.dict == null) {
                memo.dict = new PDict();
                MEMO_OF.put(memo.dict, memo);
            }
            PDict md = memo.dict;
            Object y = Py.callMethod(x, "__deepcopy__", md);
            memo.put(x, y);
            md.put((long) System.identityHashCode(x), y);
            return y;
        }
        if (x instanceof PList l && l.cls == PClass.LIST) {
            PList y = new PList();
            memo.put(x, y);
            for (Object o : l.toArray()) {
                y.append(deepCopy(o, memo));
            }
            return y;
        }
        if (x instanceof PTuple t && t.cls == PClass.TUPLE) {
            Object[] items = new Object[t.items.length];
            boolean same = true;
            for (int i = 0; i < items.length; i++) {
                items[i] = deepCopy(t.items[i], memo);
                same &= items[i] == t.items[i];
            }
            if (memo.containsKey(x)) {
                return memo.get(x);
            }
            Object y = same ? t : new PTuple(items);
            memo.put(x, y);
            return y;
        }
        if (x instanceof PDict dd && dd.cls == PClass.DICT) {
            PDict y = new PDict();
            memo.put(x, y);
            for (PDict.Entry e : dd.entries()) {
                y.put(deepCopy(e.key, memo), deepCopy(e.value, memo));
            }
            return y;
        }
        if (x instanceof PSet s && (s.cls == PClass.SET || s.cls == PClass.FROZENSET)) {
            PSet y = new PSet(s.cls);
            memo.put(x, y);
            for (Object o : s.elements()) {
                y.add(deepCopy(o, memo));
            }
            return y;
        }
        if (c.builtin && c.layout != PClass.Layout.OBJECT) {
            if (c.lookup("copy") != null) {
                // builtin containers such as deque/defaultdict: copy, then deep-copy the items in place
                Object y = Py.callMethod(x, "copy");
                memo.put(x, y);
                if (y instanceof PDict yd) {
                    for (PDict.Entry e : yd.entries()) {
                        yd.put(e.key, deepCopy(e.value, memo));
                    }
                }
                return y;
            }
            throw PException.typeError("cannot pickle '" + c.name + "' object");
        }
        return reconstruct(x, true, memo);
    }

    static PModule copy(KairosContext ctx) {
        PModule m = new PModule("copy");
        PDict d = m.dict;
        Builtins.def(d, "copy", "x, /", a -> shallowCopy(a[0]));
        Builtins.def(d, "deepcopy", "x, memo=None, _nil=None", a -> {
            Memo memo = a[1] instanceof PDict md ? MEMO_OF.get(md) : null;
            if (memo == null) {
                memo = new Memo();
                if (a[1] instanceof PDict md) {
                    memo.dict = md;
                    MEMO_OF.put(md, memo);
                }
            }
            return deepCopy(a[0], memo);
        });
        d.putStr("Error", ExceptionClasses.RuntimeError);
        d.putStr("error", ExceptionClasses.RuntimeError);
        return m;
    }

    // ---------------------------------------------------------------- weakref

    static final PClass WEAKREF = FunctoolsModule.lib("ReferenceType", "weakref");

    /**
     * The {@code weakref} module. Kairos objects are never collected while referenced from Python code
     * anyway, so a reference holds its object strongly and always resolves; WeakSet, WeakKeyDictionary
     * and WeakValueDictionary are the strong set/dict types.
     */
    static PModule weakref(KairosContext ctx) {
        synchronized (WEAKREF) {
            if (WEAKREF.namespace().getStr("__call__") == null) {
                WEAKREF.name = "weakref";
                Builtins.staticMethod(WEAKREF, "__new__", "cls, object, callback=None, /", a -> {
                    PObject r = new PObject(WEAKREF);
                    r.getOrCreateDict().putStr("__callback__", a[2]);
                    REFERENTS.put(r, a[1]);
                    return r;
                });
                Builtins.method(WEAKREF, "__call__", "self, /", a -> REFERENTS.get(a[0]));
                Builtins.method(WEAKREF, "__repr__", "self, /", a -> {
                    Object o = REFERENTS.get(a[0]);
                    return "<weakref at 0x" + Long.toHexString(System.identityHashCode(a[0])) + "; to '" + Py.classOf(o).name + "' at 0x" +
                                    Long.toHexString(System.identityHashCode(o)) + ">";
                });
                Builtins.method(WEAKREF, "__eq__", "self, other, /", a -> {
                    Object o = REFERENTS.get(a[1]);
                    return o == null ? PNone.NOT_IMPLEMENTED : Py.eqBool(REFERENTS.get(a[0]), o);
                });
                Builtins.method(WEAKREF, "__hash__", "self, /", a -> Py.hash(REFERENTS.get(a[0])));
            }
        }
        PModule m = new PModule("weakref");
        PDict d = m.dict;
        d.putStr("ref", WEAKREF);
        d.putStr("ReferenceType", WEAKREF);
        Builtins.def(d, "proxy", "object, callback=None, /", a -> a[0]);
        Builtins.def(d, "getweakrefcount", "object, /", a -> 0L);
        d.putStr("WeakSet", PClass.SET);
        d.putStr("WeakKeyDictionary", PClass.DICT);
        d.putStr("WeakValueDictionary", PClass.DICT);
        return m;
    }

    private static final java.util.Map<Object, Object> REFERENTS = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    // ---------------------------------------------------------------- warnings

    private static final java.util.Set<String> WARNING_ACTIONS = java.util.Set.of("error", "ignore", "always", "default", "module", "once");

    /** The checks of simplefilter()/filterwarnings() on the action and the line number. */
    private static void checkFilter(Object action, Object lineno) {
        if (!(action instanceof String)) {
            // CPython looks the action up in a set: an unhashable one fails there
            Py.hash(action);
        }
        if (!(action instanceof String s) || !WARNING_ACTIONS.contains(s)) {
            throw PException.valueError("invalid action: " + Py.repr(action));
        }
        if (!(lineno instanceof Long) && !(lineno instanceof java.math.BigInteger) && !(lineno instanceof Boolean)) {
            throw PException.typeError("lineno must be an int");
        }
        if (Py.isTrue(org.kairos.runtime.Ops.compare(org.kairos.runtime.Ops.CmpOp.LT, lineno, 0L))) {
            throw PException.valueError("lineno must be an int >= 0");
        }
    }

    static PModule warnings(KairosContext ctx) {
        PModule m = new PModule("warnings");
        PDict d = m.dict;
        PList filters = new PList();
        d.putStr("filters", filters);
        java.util.Set<String> seen = new java.util.HashSet<>();
        Builtins.def(d, "simplefilter", "action, category=None, lineno=0, append=False", a -> {
            checkFilter(a[0], a[2]);
            filters.insert(0, PTuple.of(a[0], PNone.NONE, a[1] == PNone.NONE ? ExceptionClasses.Warning : a[1], PNone.NONE, a[2]));
            return PNone.NONE;
        });
        Builtins.def(d, "filterwarnings", "action, message='', category=?, module='', lineno=0, append=False", a -> {
            checkFilter(a[0], a[4]);
            if (!(a[1] instanceof String)) {
                throw PException.typeError("message must be a string");
            }
            Object cat = a[2] == PNone.NO_VALUE ? ExceptionClasses.Warning : a[2];
            if (!(cat instanceof PClass c) || !c.isSubclassOf(ExceptionClasses.Warning)) {
                throw PException.typeError("category must be a Warning subclass");
            }
            if (!(a[3] instanceof String)) {
                throw PException.typeError("module must be a string");
            }
            filters.insert(0, PTuple.of(a[0], a[1], cat, a[3], a[4]));
            return PNone.NONE;
        });
        Builtins.def(d, "resetwarnings", "", a -> {
            filters.clear();
            return PNone.NONE;
        });
        Builtins.def(d, "warn", "message, category=None, stacklevel=1, source=None", a -> {
            PClass cat;
            String msg;
            if (a[0] instanceof PBaseException w) {
                cat = w.cls;
                msg = Py.str(w);
            } else {
                Object c = a[1] == PNone.NONE ? ExceptionClasses.UserWarning : a[1];
                if (!(c instanceof PClass k) || !k.isSubclassOf(ExceptionClasses.Warning)) {
                    throw PException.typeError("category must be a Warning subclass, not '" + Py.typeName(c) + "'");
                }
                cat = k;
                msg = Py.str(a[0]);
            }
            String action = "default";
            for (Object f : filters.toArray()) {
                Object[] ft = Iteration.toArray(f);
                if (ft[2] instanceof PClass fc && cat.isSubclassOf(fc) && (ft[1] == PNone.NONE || msg.startsWith(Py.str(ft[1])))) {
                    action = (String) ft[0];
                    break;
                }
            }
            String[] where = callerLocation();
            String key = where[0] + ":" + where[1] + ":" + cat.name + ":" + msg;
            switch (action) {
                case "ignore":
                    return PNone.NONE;
                case "error":
                    throw PException.raise(cat, msg);
                case "always":
                    break;
                default:
                    if (!seen.add(key)) {
                        return PNone.NONE;
                    }
            }
            StringBuilder sb = new StringBuilder(where[0]).append(':').append(where[1]).append(": ").append(cat.name).append(": ").append(msg).append('\n');
            String src = Tracebacks.sourceLine(where[0], Integer.parseInt(where[1]));
            if (src != null && !src.isBlank()) {
                sb.append("  ").append(src.strip()).append('\n');
            }
            writeTo(ctx, PNone.NONE, sb.toString());
            return PNone.NONE;
        });
        return m;
    }

    /** File and line of the innermost guest frame (the caller of warnings.warn). */
    private static String[] callerLocation() {
        String[] r = {"sys", "1"};
        com.oracle.truffle.api.Truffle.getRuntime().iterateFrames(f -> {
            PFunction fn = BuiltinFunctions.guestFunction(f);
            if (fn != null) {
                r[0] = fn.code.filename;
                // builtins are called without a call node, so read the bytecode index stored in the frame
                com.oracle.truffle.api.bytecode.BytecodeNode bn = BuiltinFunctions.bytecodeNode(f);
                com.oracle.truffle.api.source.SourceSection ss = null;
                if (bn != null) {
                    int bci = BuiltinFunctions.storedBytecodeIndex(bn, BuiltinFunctions.localsFrame(f));
                    ss = bci < 0 ? null : bn.getSourceLocation(bci);
                }
                if (ss != null && ss.isAvailable()) {
                    r[1] = String.valueOf(ss.getStartLine());
                }
                return r;
            }
            return null;
        });
        return r;
    }

    // ---------------------------------------------------------------- textwrap

    static PModule textwrap(KairosContext ctx) {
        PModule m = new PModule("textwrap");
        PDict d = m.dict;
        Builtins.def(d, "dedent", "text", a -> {
            if (a[0] instanceof String s) {
                return dedent(s);
            }
            // CPython's dedent runs regular expressions on its argument
            throw PException.typeError(a[0] instanceof org.kairos.runtime.PBytes || a[0] instanceof org.kairos.runtime.PByteArray
                            ? "cannot use a string pattern on a bytes-like object"
                            : "expected string or bytes-like object, got '" + Py.typeName(a[0]) + "'");
        });
        Builtins.def(d, "indent", "text, prefix, predicate=None", a -> {
            if (!(a[0] instanceof String text)) {
                throw PException.attributeError("'" + Py.typeName(a[0]) + "' object has no attribute 'splitlines'");
            }
            if (!(a[1] instanceof String prefix)) {
                throw PException.typeError("sequence item 0: expected str instance, " + Py.typeName(a[1]) + " found");
            }
            StringBuilder sb = new StringBuilder();
            for (String line : splitKeepEnds(text)) {
                boolean add = a[2] == PNone.NONE ? !line.isBlank() : Py.isTrue(Py.call(a[2], line));
                sb.append(add ? prefix : "").append(line);
            }
            return sb.toString();
        });
        return m;
    }

    private static List<String> splitKeepEnds(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** Removes the longest common leading whitespace; whitespace-only lines are normalized to "". */
    static String dedent(String text) {
        String[] lines = text.split("\n", -1);
        String margin = null;
        for (String line : lines) {
            String stripped = line.replaceFirst("^[ \t]+", "");
            if (stripped.isEmpty()) {
                continue;
            }
            String ws = line.substring(0, line.length() - stripped.length());
            if (margin == null) {
                margin = ws;
            } else if (!ws.startsWith(margin)) {
                int k = 0;
                while (k < margin.length() && k < ws.length() && margin.charAt(k) == ws.charAt(k)) {
                    k++;
                }
                margin = margin.substring(0, k);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.replaceFirst("^[ \t]+", "").isEmpty()) {
                line = "";
            } else if (margin != null) {
                line = line.substring(margin.length());
            }
            sb.append(i == 0 ? "" : "\n").append(line);
        }
        return sb.toString();
    }
}
