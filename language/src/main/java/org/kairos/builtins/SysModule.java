package org.kairos.builtins;

import org.kairos.KairosContext;
import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.PBaseException;
import org.kairos.runtime.PException;
import org.kairos.runtime.PList;
import org.kairos.runtime.PModule;
import org.kairos.runtime.PNone;
import org.kairos.runtime.PTuple;
import org.kairos.runtime.Py;
import org.kairos.runtime.ThreadState;
import org.kairos.runtime.Tracebacks;

import java.io.File;

/** The {@code sys} module. */
public final class SysModule {
    private SysModule() {
    }

    public static PModule create(KairosContext ctx) {
        PModule sys = new PModule("sys");
        var d = sys.dict;
        String[] appArgs = ctx.env.getApplicationArguments();
        Object[] argv = new Object[Math.max(1, appArgs.length)];
        argv[0] = "";
        for (int i = 0; i < appArgs.length; i++) {
            argv[i] = appArgs[i];
        }
        d.putStr("argv", new PList(argv));
        String scriptDir = "";
        if (appArgs.length > 0 && !appArgs[0].equals("-c") && !appArgs[0].isEmpty()) {
            // relative to the context's working directory, which an embedder may set
            try {
                var parent = ctx.env.getPublicTruffleFile(appArgs[0]).getAbsoluteFile().getParent();
                scriptDir = parent == null ? "" : parent.getPath();
            } catch (SecurityException | UnsupportedOperationException | IllegalArgumentException e) {
                File parent = new File(appArgs[0]).getAbsoluteFile().getParentFile();
                scriptDir = parent == null ? "" : parent.getPath();
            }
        } else {
            scriptDir = "";
        }
        d.putStr("path", new PList(new Object[]{scriptDir}));
        d.putStr("modules", ctx.importer().modules);
        d.putStr("stdout", ctx.stdout);
        d.putStr("stderr", ctx.stderr);
        d.putStr("stdin", ctx.stdin);
        d.putStr("__stdout__", ctx.stdout);
        d.putStr("__stderr__", ctx.stderr);
        d.putStr("__stdin__", ctx.stdin);
        d.putStr("version", "3.13.0 (Kairos 0.1.0)");
        d.putStr("version_info", new PTuple(new Object[]{3L, 13L, 0L, "final", 0L}));
        d.putStr("hexversion", 0x030D00F0L);
        d.putStr("platform", "linux");
        d.putStr("byteorder", "little");
        d.putStr("maxsize", Long.MAX_VALUE);
        d.putStr("executable", "kairos");
        d.putStr("implementation_name", "kairos");
        d.putStr("flags", PNone.NONE);
        Builtins.def(d, "exit", "status=None, /", a -> {
            throw new PException(new PBaseException(ExceptionClasses.SystemExit, a[0] == PNone.NONE ? new Object[0] : new Object[]{a[0]}));
        });
        Builtins.def(d, "set_asyncgen_hooks", "firstiter=?, finalizer=?", a -> {
            for (int i = 0; i < 2; i++) {
                if (a[i] != PNone.NO_VALUE && a[i] != PNone.NONE && !Py.isCallable(a[i])) {
                    throw PException.typeError("callable " + (i == 0 ? "firstiter" : "finalizer") + " expected, got " + Py.typeName(a[i]));
                }
            }
            ThreadState ts = ctx.threadState();
            if (a[0] != PNone.NO_VALUE) {
                ts.asyncgenFirstiter = a[0] == PNone.NONE ? null : a[0];
            }
            if (a[1] != PNone.NO_VALUE) {
                ts.asyncgenFinalizer = a[1] == PNone.NONE ? null : a[1];
            }
            return PNone.NONE;
        });
        // A plain (firstiter, finalizer) tuple: Kairos has no struct sequences (compare version_info).
        Builtins.def(d, "get_asyncgen_hooks", "", a -> {
            ThreadState ts = ctx.threadState();
            return new PTuple(new Object[]{ts.asyncgenFirstiter == null ? PNone.NONE : ts.asyncgenFirstiter,
                            ts.asyncgenFinalizer == null ? PNone.NONE : ts.asyncgenFinalizer});
        });
        Builtins.def(d, "getrecursionlimit", "", a -> (long) ctx.threadState().recursionLimit);
        Builtins.def(d, "setrecursionlimit", "limit, /", a -> {
            long l = (Long) a[0];
            if (l < 1) {
                throw PException.valueError("recursion limit must be greater or equal than 1");
            }
            ctx.threadState().recursionLimit = (int) l;
            return PNone.NONE;
        });
        Builtins.def(d, "exc_info", "", a -> {
            PBaseException h = ctx.threadState().handled;
            if (h == null) {
                return new PTuple(new Object[]{PNone.NONE, PNone.NONE, PNone.NONE});
            }
            return new PTuple(new Object[]{h.cls, h, Tracebacks.tracebackObject(h)});
        });
        Builtins.def(d, "exception", "", a -> {
            PBaseException h = ctx.threadState().handled;
            return h == null ? PNone.NONE : h;
        });
        Builtins.def(d, "intern", "s, /", a -> a[0]);
        Builtins.def(d, "get_int_max_str_digits", "", a -> (long) org.kairos.runtime.text.IntParse.maxStrDigits);
        Builtins.def(d, "set_int_max_str_digits", "maxdigits", a -> {
            long l = org.kairos.runtime.Numbers.asLong(a[0]);
            if (l != 0 && l < 640) {
                throw PException.valueError("maxdigits must be 0 or larger than 640");
            }
            org.kairos.runtime.text.IntParse.maxStrDigits = (int) Math.min(l, Integer.MAX_VALUE);
            return PNone.NONE;
        });
        return sys;
    }
}
