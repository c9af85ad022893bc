package org.kairos.builtins;

import org.kairos.KairosContext;
import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.PContext;
import org.kairos.runtime.PContext.PContextVar;
import org.kairos.runtime.PContext.PToken;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PException;
import org.kairos.runtime.PList;
import org.kairos.runtime.PModule;
import org.kairos.runtime.PNone;
import org.kairos.runtime.PTuple;
import org.kairos.runtime.Py;
import org.kairos.runtime.Repr;
import org.kairos.runtime.ThreadState;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code contextvars}: ContextVar, Token, Context, copy_context; the current context is per thread. */
final class ContextVarsModule {
    private ContextVarsModule() {
    }

    private static boolean installed;

    static PContext current(ThreadState ts) {
        if (ts.currentContext == null) {
            ts.currentContext = new PContext(new LinkedHashMap<>());
        }
        return (PContext) ts.currentContext;
    }

    /** Runs {@code fn(args)} inside {@code ctx} (Context.run). */
    static Object run(KairosContext kctx, PContext ctx, Object fn, Object[] args, String[] kwnames) {
        if (ctx.entered) {
            throw PException.runtimeError("cannot enter context: " + Repr.builtinRepr(ctx) + " is already entered");
        }
        ThreadState ts = kctx.threadState();
        Object prev = ts.currentContext;
        ctx.entered = true;
        ts.currentContext = ctx;
        try {
            return Py.callKw(fn, args, kwnames);
        } finally {
            ts.currentContext = prev;
            ctx.entered = false;
        }
    }

    static synchronized void installClasses(KairosContext ctx) {
        if (installed) {
            return;
        }
        installed = true;
        var vc = PContext.VAR_CLASS;
        Builtins.staticMethod(vc, "__new__", "cls, *args, **kwargs", a -> {
            PTuple args = (PTuple) a[1];
            PDict kw = (PDict) a[2];
            if (args.items.length != 1) {
                throw PException.typeError("ContextVar() takes exactly 1 positional argument (" + args.items.length + " given)");
            }
            if (!(args.items[0] instanceof String name)) {
                throw PException.typeError("context variable name must be a str");
            }
            Object d = kw.getStr("default");
            return new PContextVar(name, d);
        });
        Builtins.getset(vc, "name", s -> ((PContextVar) s).name, null);
        Builtins.method(vc, "get", "self, default=?, /", a -> {
            PContextVar v = (PContextVar) a[0];
            Object val = current(KairosContext.get(null).threadState()).vars.get(v);
            if (val != null) {
                return val;
            }
            if (a[1] != PNone.NO_VALUE) {
                return a[1];
            }
            if (v.defaultValue != null) {
                return v.defaultValue;
            }
            PException e = PException.raise(ExceptionClasses.LookupError, Repr.builtinRepr(v));
            throw e;
        });
        Builtins.method(vc, "set", "self, value, /", a -> {
            PContextVar v = (PContextVar) a[0];
            PContext c = current(KairosContext.get(null).threadState());
            Object old = c.vars.get(v);
            c.set(v, a[1]);
            return new PToken(c, v, old == null ? PToken.MISSING : old);
        });
        Builtins.method(vc, "reset", "self, token, /", a -> {
            PContextVar v = (PContextVar) a[0];
            if (!(a[1] instanceof PToken t)) {
                throw PException.typeError("expected an instance of Token, got '" + Py.typeName(a[1]) + "'");
            }
            if (t.used) {
                throw PException.runtimeError(Repr.builtinRepr(t) + " has already been used once");
            }
            if (t.var != v) {
                throw PException.valueError(Repr.builtinRepr(t) + " was created by a different ContextVar");
            }
            PContext c = current(KairosContext.get(null).threadState());
            if (t.context != c) {
                throw PException.valueError(Repr.builtinRepr(t) + " was created in a different Context");
            }
            t.used = true;
            c.set(v, t.oldValue == PToken.MISSING ? null : t.oldValue);
            return PNone.NONE;
        });
        Builtins.method(vc, "__repr__", "self, /", a -> {
            PContextVar v = (PContextVar) a[0];
            return "<ContextVar name=" + Py.repr(v.name) + (v.defaultValue != null ? " default=" + Py.repr(v.defaultValue) : "") + " at " + Repr.addressOf(v) + ">";
        });
        Builtins.method(vc, "__hash__", "self, /", a -> (long) System.identityHashCode(a[0]));
        var tc = PContext.TOKEN_CLASS;
        tc.ns.putStr("MISSING", PToken.MISSING);
        Builtins.getset(tc, "var", s -> ((PToken) s).var, null);
        Builtins.getset(tc, "old_value", s -> ((PToken) s).oldValue, null);
        Builtins.method(tc, "__repr__", "self, /", a -> a[0] == PToken.MISSING ? "<Token.MISSING>"
                        : "<Token" + (((PToken) a[0]).used ? " used" : "") + " var=" + Py.repr(((PToken) a[0]).var) + " at " + Repr.addressOf(a[0]) + ">");
        var cc = PContext.CLASS;
        Builtins.staticMethod(cc, "__new__", "cls, /", a -> new PContext(new LinkedHashMap<>()));
        Builtins.method(cc, "run", "self, callable, /, *args, **kwargs", a -> {
            PTuple args = (PTuple) a[2];
            PDict kw = (PDict) a[3];
            Object[] all = new Object[args.items.length + kw.size()];
            System.arraycopy(args.items, 0, all, 0, args.items.length);
            String[] names = new String[kw.size()];
            int i = 0;
            for (PDict.Entry e : kw.entries()) {
                names[i] = (String) e.key;
                all[args.items.length + i++] = e.value;
            }
            return run(KairosContext.get(null), (PContext) a[0], a[1], all, names);
        });
        Builtins.method(cc, "copy", "self, /", a -> ((PContext) a[0]).copy());
        Builtins.method(cc, "__getitem__", "self, var, /", a -> {
            Object v = ((PContext) a[0]).vars.get(checkVar(a[1]));
            if (v == null) {
                throw PException.keyError(a[1]);
            }
            return v;
        });
        Builtins.method(cc, "get", "self, var, default=None, /", a -> {
            Object v = ((PContext) a[0]).vars.get(checkVar(a[1]));
            return v == null ? a[2] : v;
        });
        Builtins.method(cc, "__contains__", "self, var, /", a -> ((PContext) a[0]).vars.containsKey(checkVar(a[1])));
        Builtins.method(cc, "__len__", "self, /", a -> (long) ((PContext) a[0]).vars.size());
        Builtins.method(cc, "__iter__", "self, /", a -> Py.getIter(new PList(((PContext) a[0]).vars.keySet().toArray())));
        Builtins.method(cc, "keys", "self, /", a -> new PList(((PContext) a[0]).vars.keySet().toArray()));
        Builtins.method(cc, "values", "self, /", a -> new PList(((PContext) a[0]).vars.values().toArray()));
        Builtins.method(cc, "items", "self, /", a -> {
            Map<PContextVar, Object> m = ((PContext) a[0]).vars;
            PList l = new PList();
            for (var e : m.entrySet()) {
                l.append(new PTuple(new Object[]{e.getKey(), e.getValue()}));
            }
            return l;
        });
    }

    private static PContextVar checkVar(Object o) {
        if (!(o instanceof PContextVar v)) {
            throw PException.typeError("a ContextVar key was expected, got " + Py.repr(o));
        }
        return v;
    }

    static PModule create(KairosContext ctx) {
        installClasses(ctx);
        PModule m = new PModule("contextvars");
        m.put("ContextVar", PContext.VAR_CLASS);
        m.put("Context", PContext.CLASS);
        m.put("Token", PContext.TOKEN_CLASS);
        Builtins.def(m.dict, "copy_context", "", a -> current(ctx.threadState()).copy());
        return m;
    }
}
