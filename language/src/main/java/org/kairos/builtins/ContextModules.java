package org.kairos.builtins;

import org.kairos.KairosContext;
import org.kairos.runtime.Iteration;
import org.kairos.runtime.PBaseException;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PDescriptors;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PException;
import org.kairos.runtime.PModule;
import org.kairos.runtime.PNone;
import org.kairos.runtime.PSet;
import org.kairos.runtime.PTuple;
import org.kairos.runtime.PythonObject;
import org.kairos.runtime.Py;
import org.kairos.runtime.Tracebacks;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The {@code contextlib} (without generator-based contextmanager) and {@code abc} modules. */
final class ContextModules {
    private ContextModules() {
    }

    static final PClass SUPPRESS = FunctoolsModule.lib("suppress", "contextlib");
    static final PClass NULLCONTEXT = FunctoolsModule.lib("nullcontext", "contextlib");
    static final PClass CLOSING = FunctoolsModule.lib("closing", "contextlib");
    static final PClass EXITSTACK = FunctoolsModule.lib("ExitStack", "contextlib");
    static final PClass REDIRECT_STDOUT = FunctoolsModule.lib("redirect_stdout", "contextlib");
    static final PClass REDIRECT_STDERR = FunctoolsModule.lib("redirect_stderr", "contextlib");
    static final PClass ABCMETA = new PClass("ABCMeta", PClass.TYPE, PClass.Layout.TYPE);
    private static boolean initialized;

    /** A context manager object holding one value (the exceptions, the enter result or the thing to close). */
    static final class PHolder extends PythonObject {
        final Object value;

        PHolder(PClass cls, Object value) {
            super(cls);
            this.value = value;
        }
    }

    /** {@code redirect_stdout}/{@code redirect_stderr}: swaps a sys stream, restoring the previous ones LIFO. */
    static final class PRedirect extends PythonObject {
        final Object target;
        final List<Object> saved = new ArrayList<>();

        PRedirect(PClass cls, Object target) {
            super(cls);
            this.target = target;
        }
    }

    private static void installRedirect(PClass c, String stream) {
        Builtins.staticMethod(c, "__new__", "cls, new_target", a -> new PRedirect((PClass) a[0], a[1]));
        Builtins.method(c, "__enter__", "self, /", a -> {
            PRedirect r = (PRedirect) a[0];
            PDict sys = KairosContext.get(null).sys().dict;
            r.saved.add(sys.getStr(stream));
            sys.putStr(stream, r.target);
            return r.target;
        });
        Builtins.method(c, "__exit__", "self, *excinfo", a -> {
            PRedirect r = (PRedirect) a[0];
            KairosContext.get(null).sys().dict.putStr(stream, r.saved.remove(r.saved.size() - 1));
            return PNone.NONE;
        });
    }

    /** An {@code ExitStack}: exit callbacks run last-in first-out. */
    static final class PExitStack extends PythonObject {
        final List<Object> callbacks = new ArrayList<>();

        PExitStack(PClass cls) {
            super(cls);
        }
    }

    private static PExitStack stack(Object o) {
        return (PExitStack) o;
    }

    /** Registers an exit callback taking (exc_type, exc, tb). */
    private static void pushExit(PExitStack s, Object exit) {
        s.callbacks.add(exit);
    }

    private static Object exitStackExit(PExitStack s, Object type, Object exc, Object tb) {
        boolean received = type != PNone.NONE;
        Object[] details = {type, exc, tb};
        boolean suppressed = false;
        PException pending = null;
        while (!s.callbacks.isEmpty()) {
            Object cb = s.callbacks.remove(s.callbacks.size() - 1);
            try {
                if (Py.isTrue(Py.call(cb, details[0], details[1], details[2]))) {
                    suppressed = true;
                    pending = null;
                    details = new Object[]{PNone.NONE, PNone.NONE, PNone.NONE};
                }
            } catch (PException e) {
                // the new exception replaces the one being handled, chained to it as CPython does
                if (details[1] instanceof PBaseException old && old != e.exc && e.exc.context == null) {
                    e.exc.context = old;
                }
                pending = e;
                details = new Object[]{e.exc.cls, e.exc, Tracebacks.tracebackObject(e.exc)};
            }
        }
        if (pending != null) {
            throw pending;
        }
        return received && suppressed;
    }

    private static synchronized void init() {
        if (initialized) {
            return;
        }
        initialized = true;
        Builtins.staticMethod(SUPPRESS, "__new__", "cls, *exceptions", a -> new PHolder((PClass) a[0], a[1]));
        Builtins.method(SUPPRESS, "__enter__", "self, /", a -> PNone.NONE);
        Builtins.method(SUPPRESS, "__exit__", "self, exctype, excinst, exctb, /", a -> {
            if (!(a[1] instanceof PClass t)) {
                return false;
            }
            for (Object c : ((PTuple) ((PHolder) a[0]).value).items) {
                if (c instanceof PClass pc && t.isSubclassOf(pc)) {
                    return true;
                }
                if (c instanceof PTuple tup) {
                    for (Object x : tup.items) {
                        if (x instanceof PClass pc && t.isSubclassOf(pc)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        });
        Builtins.staticMethod(NULLCONTEXT, "__new__", "cls, enter_result=None", a -> new PHolder((PClass) a[0], a[1]));
        Builtins.method(NULLCONTEXT, "__enter__", "self, /", a -> ((PHolder) a[0]).value);
        Builtins.method(NULLCONTEXT, "__exit__", "self, *excinfo", a -> PNone.NONE);
        Builtins.staticMethod(CLOSING, "__new__", "cls, thing", a -> new PHolder((PClass) a[0], a[1]));
        Builtins.method(CLOSING, "__enter__", "self, /", a -> ((PHolder) a[0]).value);
        Builtins.method(CLOSING, "__exit__", "self, *excinfo", a -> {
            Py.callMethod(((PHolder) a[0]).value, "close");
            return PNone.NONE;
        });
        PClass es = EXITSTACK;
        Builtins.staticMethod(es, "__new__", "cls, *args, **kwargs", a -> new PExitStack((PClass) a[0]));
        Builtins.method(es, "__enter__", "self, /", a -> a[0]);
        Builtins.method(es, "__exit__", "self, exc_type, exc, tb, /", a -> exitStackExit(stack(a[0]), a[1], a[2], a[3]));
        Builtins.method(es, "close", "self, /", a -> {
            exitStackExit(stack(a[0]), PNone.NONE, PNone.NONE, PNone.NONE);
            return PNone.NONE;
        });
        Builtins.method(es, "push", "self, exit, /", a -> {
            Object m = Py.classOf(a[1]).lookup("__exit__");
            pushExit(stack(a[0]), m != null && !(a[1] instanceof PClass) ? Py.getAttr(a[1], "__exit__") : a[1]);
            return a[1];
        });
        Builtins.method(es, "enter_context", "self, cm, /", a -> {
            PClass t = Py.classOf(a[1]);
            if (t.lookup("__enter__") == null || t.lookup("__exit__") == null) {
                throw PException.typeError("'" + t.getModule() + "." + t.qualname + "' object does not support the context manager protocol");
            }
            Object exit = Py.getAttr(a[1], "__exit__");
            Object r = Py.callMethod(a[1], "__enter__");
            pushExit(stack(a[0]), exit);
            return r;
        });
        Builtins.method(es, "callback", "self, callback, /, *args, **kwds", a -> {
            Object fn = a[1];
            Object[] args = ((PTuple) a[2]).items;
            PDict kw = (PDict) a[3];
            pushExit(stack(a[0]), new org.kairos.runtime.PBuiltinFunction("_exit_wrapper", null, "*exc", b -> {
                FunctoolsModule.callWithKw(fn, args, kw);
                return PNone.NONE;
            }));
            return fn;
        });
        Builtins.method(es, "pop_all", "self, /", a -> {
            PExitStack n = new PExitStack(Py.classOf(a[0]));
            n.callbacks.addAll(stack(a[0]).callbacks);
            stack(a[0]).callbacks.clear();
            return n;
        });

        installRedirect(REDIRECT_STDOUT, "stdout");
        installRedirect(REDIRECT_STDERR, "stderr");

        // abc
        ABCMETA.ns.putStr("__module__", "abc");
        Builtins.staticMethod(ABCMETA, "__new__", "mcls, name, bases, namespace, /, **kwargs", a -> {
            Object typeNew = ((PDescriptors.PStaticMethod) PClass.TYPE.namespace().getStr("__new__")).func;
            PClass cls = (PClass) FunctoolsModule.callWithKw(typeNew, new Object[]{a[0], a[1], a[2], a[3]}, (PDict) a[4]);
            computeAbstracts(cls);
            return cls;
        });
        // no virtual subclasses: register only returns its argument
        Builtins.method(ABCMETA, "register", "cls, subclass, /", a -> a[1]);
    }

    /** Collects the names whose values are still abstract, as CPython's ABCMeta does at class creation. */
    private static void computeAbstracts(PClass cls) {
        TreeSet<String> names = new TreeSet<>();
        for (PDict.Entry e : cls.namespace().entries()) {
            if (e.key instanceof String k && isAbstract(e.value)) {
                names.add(k);
            }
        }
        for (PClass base : cls.bases) {
            Object inherited = base.namespace().getStr("__abstractmethods__");
            if (inherited == null) {
                continue;
            }
            for (Object n : Iteration.toArray(inherited)) {
                Object v = Py.getAttrOrNull(cls, (String) n);
                if (v != null && isAbstract(v)) {
                    names.add((String) n);
                }
            }
        }
        PSet set = new PSet(PClass.FROZENSET);
        for (String n : names) {
            set.add(n);
        }
        cls.ns.putStr("__abstractmethods__", set);
    }

    private static boolean isAbstract(Object v) {
        Object target = v;
        if (v instanceof PDescriptors.PStaticMethod sm) {
            target = sm.func;
        } else if (v instanceof PDescriptors.PClassMethod cm) {
            target = cm.func;
        }
        Object flag;
        try {
            flag = Py.getAttrOrNull(target, "__isabstractmethod__");
        } catch (PException e) {
            return false;
        }
        return flag != null && Py.isTrue(flag);
    }

    /** Called by {@code object.__new__}: refuses classes that still have abstract methods. */
    static void checkInstantiable(PClass cls) {
        Object am = cls.namespace().getStr("__abstractmethods__");
        if (am instanceof PSet s && s.size() > 0) {
            TreeSet<String> names = new TreeSet<>();
            for (Object o : s.elements()) {
                names.add((String) o);
            }
            List<String> quoted = new ArrayList<>();
            for (String n : names) {
                quoted.add("'" + n + "'");
            }
            throw PException.typeError("Can't instantiate abstract class " + cls.name + " without an implementation for abstract method" +
                            (names.size() == 1 ? " " : "s ") + String.join(", ", quoted));
        }
    }

    static PModule contextlib(KairosContext ctx) {
        init();
        PModule m = new PModule("contextlib");
        PDict d = m.dict;
        d.putStr("suppress", SUPPRESS);
        d.putStr("nullcontext", NULLCONTEXT);
        d.putStr("closing", CLOSING);
        d.putStr("ExitStack", EXITSTACK);
        d.putStr("redirect_stdout", REDIRECT_STDOUT);
        d.putStr("redirect_stderr", REDIRECT_STDERR);
        BundledSource.runInto(ctx, m, ContextModules.class, "contextlib_generators.py");
        return m;
    }

    private static PClass abcClass;

    static PModule abc(KairosContext ctx) {
        init();
        PModule m = new PModule("abc");
        PDict d = m.dict;
        d.putStr("ABCMeta", ABCMETA);
        synchronized (ContextModules.class) {
            if (abcClass == null) {
                PDict ns = new PDict();
                ns.putStr("__module__", "abc");
                ns.putStr("__slots__", PTuple.EMPTY);
                abcClass = (PClass) Py.call(ABCMETA, "ABC", PTuple.EMPTY, ns);
            }
        }
        d.putStr("ABC", abcClass);
        Builtins.def(d, "abstractmethod", "funcobj, /", a -> {
            Py.setAttr(a[0], "__isabstractmethod__", true);
            return a[0];
        });
        Builtins.def(d, "get_cache_token", "", a -> 0L);
        return m;
    }
}
