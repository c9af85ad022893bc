package org.kairos.builtins;

import org.kairos.KairosContext;
import org.kairos.runtime.PBuiltinFunction;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PFunction;
import org.kairos.runtime.PGenerator;
import org.kairos.runtime.NativeCoroutine;
import org.kairos.runtime.PMethod;
import org.kairos.runtime.PModule;
import org.kairos.runtime.PNone;
import org.kairos.runtime.Py;

/** The parts of {@code inspect} that async code relies on: kind tests and frame states. */
final class InspectModule {
    private InspectModule() {
    }

    static PModule create(KairosContext ctx) {
        PModule m = new PModule("inspect");
        PDict d = m.dict;
        Builtins.def(d, "iscoroutine", "obj, /", a -> isGen(a[0], PGenerator.Kind.COROUTINE) || a[0] instanceof NativeCoroutine);
        Builtins.def(d, "isgenerator", "obj, /", a -> isGen(a[0], PGenerator.Kind.GENERATOR));
        Builtins.def(d, "isasyncgen", "obj, /", a -> isGen(a[0], PGenerator.Kind.ASYNC_GENERATOR));
        Builtins.def(d, "iscoroutinefunction", "obj, /", a -> {
            Object f = function(a[0]);
            return f instanceof PFunction pf ? pf.code.isCoroutine : f instanceof PBuiltinFunction b && b.coroutineFunction;
        });
        Builtins.def(d, "isgeneratorfunction", "obj, /", a -> function(a[0]) instanceof PFunction f && f.code.isGenerator);
        Builtins.def(d, "isasyncgenfunction", "obj, /", a -> function(a[0]) instanceof PFunction f && f.code.isAsyncGenerator);
        Builtins.def(d, "isawaitable", "obj, /", a -> {
            Object o = a[0];
            if (o instanceof PGenerator g) {
                return g.kind() == PGenerator.Kind.COROUTINE || (g.kind() == PGenerator.Kind.GENERATOR && g.code.iterableCoroutine);
            }
            return Py.classOf(o).lookup("__await__") != null && Py.classOf(o).lookup("__await__") != PNone.NONE;
        });
        Builtins.def(d, "isfunction", "obj, /", a -> a[0] instanceof PFunction);
        Builtins.def(d, "ismethod", "obj, /", a -> a[0] instanceof PMethod);
        Builtins.def(d, "isclass", "obj, /", a -> a[0] instanceof PClass);
        Builtins.def(d, "isbuiltin", "obj, /", a -> a[0] instanceof PBuiltinFunction);
        Builtins.def(d, "getgeneratorstate", "generator, /", a -> state(a[0], PGenerator.Kind.GENERATOR, "GEN_", "gi_running"));
        Builtins.def(d, "getcoroutinestate", "coroutine, /", a -> state(a[0], PGenerator.Kind.COROUTINE, "CORO_", "cr_running"));
        Builtins.def(d, "getasyncgenstate", "agen, /", a -> state(a[0], PGenerator.Kind.ASYNC_GENERATOR, "AGEN_", "ag_running"));
        for (String p : new String[]{"GEN_", "CORO_", "AGEN_"}) {
            for (String s : new String[]{"CREATED", "RUNNING", "SUSPENDED", "CLOSED"}) {
                d.putStr(p + s, p + s);
            }
        }
        return m;
    }

    private static boolean isGen(Object o, PGenerator.Kind k) {
        return o instanceof PGenerator g && g.kind() == k;
    }

    /** Peels bound methods and functools.partial layers, as inspect's code-flag tests do. */
    private static Object function(Object o) {
        Object f = o;
        while (true) {
            if (f instanceof PMethod m) {
                f = m.func;
            } else if (f instanceof FunctoolsModule.PPartial p) {
                f = p.func;
            } else {
                return f;
            }
        }
    }

    /** As inspect's functions, which read the object's {@code gi_running}/... first: anything else raises AttributeError. */
    private static String state(Object o, PGenerator.Kind kind, String prefix, String runningAttr) {
        if (o instanceof PGenerator g && g.kind() == kind) {
            return state(g, prefix);
        }
        if (o instanceof NativeCoroutine c && kind == PGenerator.Kind.COROUTINE) {
            return c.coroutineState();
        }
        String p = runningAttr.substring(0, 3);
        if (Py.isTrue(Py.getAttr(o, runningAttr))) {
            return prefix + "RUNNING";
        }
        if (Py.isTrue(Py.getAttr(o, p + "suspended"))) {
            return prefix + "SUSPENDED";
        }
        return Py.getAttr(o, p + "frame") == PNone.NONE ? prefix + "CLOSED" : prefix + "CREATED";
    }

    private static String state(PGenerator g, String prefix) {
        if (g.running()) {
            return prefix + "RUNNING";
        }
        if (g.finished()) {
            return prefix + "CLOSED";
        }
        if (!g.started()) {
            return prefix + "CREATED";
        }
        return prefix + "SUSPENDED";
    }
}
