package org.kairos.builtins;

import org.kairos.KairosContext;
import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.HashKey;
import org.kairos.runtime.Ops;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PException;
import org.kairos.runtime.PModule;
import org.kairos.runtime.PNone;
import org.kairos.runtime.PTuple;
import org.kairos.runtime.PythonObject;
import org.kairos.runtime.Py;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** The {@code functools} module. */
final class FunctoolsModule {
    private FunctoolsModule() {
    }

    static final PClass PARTIAL = lib("partial", "functools");
    static final PClass LRU_WRAPPER = lib("_lru_cache_wrapper", "functools");
    static final PClass KEY_WRAPPER = lib("KeyWrapper", "functools");
    static final PClass CACHED_PROPERTY = lib("cached_property", "functools");
    private static boolean initialized;

    static PClass lib(String name, String module) {
        PClass c = new PClass(name, PClass.OBJECT, PClass.Layout.OTHER);
        c.ns.putStr("__module__", module);
        return c;
    }

    /** A {@code functools.partial} object. */
    static final class PPartial extends PythonObject {
        Object func;
        PTuple args;
        PDict keywords;

        PPartial() {
            super(PARTIAL);
        }
    }

    /** The wrapper created by {@code lru_cache}: a bounded LRU map from argument keys to results. */
    static final class PLru extends PythonObject {
        Object func;
        long maxsize;
        long hits;
        long misses;
        final LinkedHashMap<Object, Object> cache = new LinkedHashMap<>(16, 0.75f, true);

        PLru() {
            super(LRU_WRAPPER);
        }
    }

    /** The object returned by {@code cmp_to_key(f)(x)}. */
    static final class PKey extends PythonObject {
        final Object cmp;
        final Object obj;

        PKey(Object cmp, Object obj) {
            super(KEY_WRAPPER);
            this.cmp = cmp;
            this.obj = obj;
        }
    }

    /** A {@code cached_property} descriptor. */
    static final class PCachedProperty extends PythonObject {
        final Object func;
        String attr;

        PCachedProperty(Object func) {
            super(CACHED_PROPERTY);
            this.func = func;
        }
    }

    static Object callWithKw(Object fn, Object[] pos, PDict kw) {
        int n = kw.size();
        Object[] args = new Object[pos.length + n];
        System.arraycopy(pos, 0, args, 0, pos.length);
        String[] names = new String[n];
        int i = 0;
        for (PDict.Entry e : kw.entries()) {
            names[i] = (String) e.key;
            args[pos.length + i] = e.value;
            i++;
        }
        return Py.callKw(fn, args, names);
    }

    private static synchronized void init() {
        if (initialized) {
            return;
        }
        initialized = true;
        Builtins.staticMethod(PARTIAL, "__new__", "cls, func, /, *args, **keywords", a -> {
            if (!Py.isCallable(a[1])) {
                throw PException.typeError("the first argument must be callable");
            }
            PPartial p = new PPartial();
            Object func = a[1];
            Object[] args = ((PTuple) a[2]).items;
            PDict kw = ((PDict) a[3]).copy();
            if (func instanceof PPartial inner) {
                Object[] merged = new Object[inner.args.items.length + args.length];
                System.arraycopy(inner.args.items, 0, merged, 0, inner.args.items.length);
                System.arraycopy(args, 0, merged, inner.args.items.length, args.length);
                args = merged;
                PDict k2 = inner.keywords.copy();
                for (PDict.Entry e : kw.entries()) {
                    k2.put(e.key, e.value);
                }
                kw = k2;
                func = inner.func;
            }
            p.func = func;
            p.args = new PTuple(args);
            p.keywords = kw;
            if (a[0] != PARTIAL) {
                p.cls = (PClass) a[0];
            }
            return p;
        });
        Builtins.method(PARTIAL, "__call__", "self, /, *args, **keywords", a -> {
            PPartial p = (PPartial) a[0];
            Object[] extra = ((PTuple) a[1]).items;
            Object[] pos = new Object[p.args.items.length + extra.length];
            System.arraycopy(p.args.items, 0, pos, 0, p.args.items.length);
            System.arraycopy(extra, 0, pos, p.args.items.length, extra.length);
            PDict kw = p.keywords.copy();
            for (PDict.Entry e : ((PDict) a[2]).entries()) {
                kw.put(e.key, e.value);
            }
            return callWithKw(p.func, pos, kw);
        });
        Builtins.getset(PARTIAL, "func", o -> ((PPartial) o).func, null);
        Builtins.getset(PARTIAL, "args", o -> ((PPartial) o).args, null);
        Builtins.getset(PARTIAL, "keywords", o -> ((PPartial) o).keywords, null);
        Builtins.method(PARTIAL, "__repr__", "self, /", a -> {
            PPartial p = (PPartial) a[0];
            StringBuilder sb = new StringBuilder("functools.partial(").append(Py.repr(p.func));
            for (Object o : p.args.items) {
                sb.append(", ").append(Py.repr(o));
            }
            for (PDict.Entry e : p.keywords.entries()) {
                sb.append(", ").append(e.key).append('=').append(Py.repr(e.value));
            }
            return sb.append(')').toString();
        });
        Builtins.method(LRU_WRAPPER, "__call__", "self, /, *args, **kwargs", a -> {
            PLru w = (PLru) a[0];
            Object[] pos = ((PTuple) a[1]).items;
            PDict kw = (PDict) a[2];
            List<Object> key = new ArrayList<>();
            for (Object o : pos) {
                key.add(HashKey.of(o));
            }
            for (PDict.Entry e : kw.entries()) {
                key.add(e.key);
                key.add(HashKey.of(e.value));
            }
            // CPython's _make_key: a lone int or str argument is its own key, so f(1) and f(1.0) are cached apart
            Object cacheKey = pos.length == 1 && kw.size() == 0 && (pos[0] instanceof Long || pos[0] instanceof java.math.BigInteger || pos[0] instanceof String)
                            ? key.get(0) : key;
            Object v = w.cache.get(cacheKey);
            if (v != null) {
                w.hits++;
                return v;
            }
            w.misses++;
            Object r = callWithKw(w.func, pos, kw);
            if (w.maxsize != 0) {
                w.cache.put(cacheKey, r);
                if (w.maxsize > 0 && w.cache.size() > w.maxsize) {
                    w.cache.remove(w.cache.keySet().iterator().next());
                }
            }
            return r;
        });
        Builtins.method(LRU_WRAPPER, "cache_info", "self, /", a -> {
            PLru w = (PLru) a[0];
            return CollectionsModule.makeNamedTuple(cacheInfo(), w.hits, w.misses, w.maxsize < 0 ? PNone.NONE : (Object) w.maxsize, (long) w.cache.size());
        });
        Builtins.method(LRU_WRAPPER, "cache_clear", "self, /", a -> {
            PLru w = (PLru) a[0];
            w.cache.clear();
            w.hits = 0;
            w.misses = 0;
            return PNone.NONE;
        });
        Builtins.method(LRU_WRAPPER, "__get__", "self, obj, type=None, /", a -> a[1] == PNone.NONE ? a[0] : new org.kairos.runtime.PMethod(a[1], a[0]));
        for (Ops.CmpOp op : new Ops.CmpOp[]{Ops.CmpOp.LT, Ops.CmpOp.LE, Ops.CmpOp.GT, Ops.CmpOp.GE, Ops.CmpOp.EQ, Ops.CmpOp.NE}) {
            Builtins.method(KEY_WRAPPER, op.name, "self, other, /", a -> {
                PKey k = (PKey) a[0];
                Object r = Py.call(k.cmp, k.obj, ((PKey) a[1]).obj);
                return Ops.compare(op, r, 0L);
            });
        }
        Builtins.getset(KEY_WRAPPER, "obj", o -> ((PKey) o).obj, null);
        Builtins.staticMethod(CACHED_PROPERTY, "__new__", "cls, func, /", a -> new PCachedProperty(a[1]));
        Builtins.method(CACHED_PROPERTY, "__set_name__", "self, owner, name, /", a -> {
            ((PCachedProperty) a[0]).attr = (String) a[2];
            return PNone.NONE;
        });
        Builtins.method(CACHED_PROPERTY, "__get__", "self, obj, type=None, /", a -> {
            PCachedProperty p = (PCachedProperty) a[0];
            if (a[1] == PNone.NONE) {
                return p;
            }
            Object v = Py.call(p.func, a[1]);
            String name = p.attr != null ? p.attr : (String) Py.getAttr(p.func, "__name__");
            ((PythonObject) a[1]).getOrCreateDict().putStr(name, v);
            return v;
        });
    }

    private static PClass cacheInfoClass;

    static synchronized PClass cacheInfo() {
        if (cacheInfoClass == null) {
            cacheInfoClass = CollectionsModule.namedTupleClass("CacheInfo", new String[]{"hits", "misses", "maxsize", "currsize"}, "functools");
        }
        return cacheInfoClass;
    }

    private static PLru lru(Object func, long maxsize) {
        PLru w = new PLru();
        w.func = func;
        w.maxsize = maxsize;
        updateWrapper(w, func);
        return w;
    }

    static void updateWrapper(Object wrapper, Object wrapped) {
        for (String attr : new String[]{"__module__", "__name__", "__qualname__", "__doc__"}) {
            Object v = Py.getAttrOrNull(wrapped, attr);
            if (v != null) {
                if (wrapper instanceof PythonObject po && !(wrapper instanceof org.kairos.runtime.PFunction)) {
                    po.getOrCreateDict().putStr(attr, v);
                } else {
                    Py.setAttr(wrapper, attr, v);
                }
            }
        }
        Object wd = Py.getAttrOrNull(wrapped, "__dict__");
        if (wd instanceof PDict src && wrapper instanceof PythonObject po) {
            PDict dst = po.getOrCreateDict();
            for (PDict.Entry e : src.entries()) {
                dst.put(e.key, e.value);
            }
        }
        if (wrapper instanceof PythonObject po && !(wrapper instanceof org.kairos.runtime.PFunction)) {
            po.getOrCreateDict().putStr("__wrapped__", wrapped);
        } else {
            Py.setAttr(wrapper, "__wrapped__", wrapped);
        }
    }

    static PModule create(KairosContext ctx) {
        init();
        PModule m = new PModule("functools");
        PDict d = m.dict;
        d.putStr("partial", PARTIAL);
        d.putStr("cached_property", CACHED_PROPERTY);
        Builtins.def(d, "reduce", "function, iterable, initial=?, /", a -> {
            Object it = Py.getIter(a[1]);
            Object acc = a[2];
            if (acc == PNone.NO_VALUE) {
                acc = Py.next(it);
                if (acc == null) {
                    throw PException.typeError("reduce() of empty iterable with no initial value");
                }
            }
            Object v;
            while ((v = Py.next(it)) != null) {
                acc = Py.call(a[0], acc, v);
            }
            return acc;
        });
        Builtins.def(d, "update_wrapper", "wrapper, wrapped, assigned=None, updated=None", a -> {
            updateWrapper(a[0], a[1]);
            return a[0];
        });
        Builtins.def(d, "wraps", "wrapped, assigned=None, updated=None", a -> {
            Object wrapped = a[0];
            return new org.kairos.runtime.PBuiltinFunction("decorator", null, "wrapper, /", b -> {
                updateWrapper(b[0], wrapped);
                return b[0];
            });
        });
        Builtins.def(d, "lru_cache", "maxsize=128, typed=False", a -> {
            if (Py.isCallable(a[0]) && !(a[0] instanceof Long)) {
                return lru(a[0], 128);
            }
            long max = a[0] == PNone.NONE ? -1 : Math.max(0, Py.indexToLong(a[0]));
            return new org.kairos.runtime.PBuiltinFunction("decorating_function", null, "user_function, /", b -> lru(b[0], max));
        });
        Builtins.def(d, "cache", "user_function, /", a -> lru(a[0], -1));
        Builtins.def(d, "cmp_to_key", "mycmp", a -> {
            Object cmp = a[0];
            return new org.kairos.runtime.PBuiltinFunction("K", null, "obj, /", b -> new PKey(cmp, b[0]));
        });
        Builtins.def(d, "total_ordering", "cls, /", a -> {
            if (!(a[0] instanceof PClass c)) {
                // CPython's getattr(x, op) of any other object is a bound method, never object's
                // own: every operation counts as defined, and nothing is added
                return a[0];
            }
            String[] ops = {"__lt__", "__le__", "__gt__", "__ge__"};
            // defined: found on the class (inherited too) and not object's
            java.util.function.Predicate<String> defined = op -> {
                Object f = c.lookup(op);
                return f != null && f != PClass.OBJECT.lookup(op);
            };
            String root = null;
            for (String op : ops) {
                if (defined.test(op)) {
                    root = op;
                    break;
                }
            }
            if (root == null) {
                throw PException.valueError("must define at least one ordering operation: < > <= >=");
            }
            Object rootFn = c.lookup(root);
            final String r = root;
            java.util.List<String> missing = new java.util.ArrayList<>();
            for (String op : ops) {
                if (!defined.test(op)) {
                    missing.add(op);
                }
            }
            for (String op : missing) {
                final String target = op;
                org.kairos.runtime.PBuiltinFunction f = new org.kairos.runtime.PBuiltinFunction(op, null, "self, other, /", b -> derived(r, target, rootFn, b[0], b[1]));
                Py.setAttr(c, op, f);
            }
            return c;
        });
        return m;
    }

    /** Derives one ordering method from another plus {@code __eq__}, like CPython's total_ordering. */
    private static Object derived(String root, String target, Object rootFn, Object self, Object other) {
        Object r = Py.call(rootFn, self, other);
        if (r == PNone.NOT_IMPLEMENTED) {
            return r;
        }
        boolean v = Py.isTrue(r);
        boolean eq = Py.eqBool(self, other);
        boolean less;
        switch (root) {
            case "__lt__" -> less = v;
            case "__le__" -> less = v && !eq;
            case "__gt__" -> less = !v && !eq;
            default -> less = !v;
        }
        return switch (target) {
            case "__lt__" -> less;
            case "__le__" -> less || eq;
            case "__gt__" -> !less && !eq;
            default -> !less;
        };
    }

    static PException unused() {
        return PException.raise(ExceptionClasses.RuntimeError, "");
    }
}
