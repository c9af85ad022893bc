package org.kairos.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.ArrayList;
import java.util.List;

/** ExceptionGroup construction and {@code split} by type, as used by {@code except*}. */
public final class ExceptionGroups {
    private ExceptionGroups() {
    }

    @TruffleBoundary
    public static PBaseException create(String msg, List<PBaseException> excs) {
        boolean allExceptions = true;
        for (PBaseException e : excs) {
            if (!e.cls.isSubclassOf(ExceptionClasses.Exception)) {
                allExceptions = false;
            }
        }
        PClass cls = allExceptions ? ExceptionClasses.ExceptionGroup : ExceptionClasses.BaseExceptionGroup;
        // CPython derives split/subgroup results through derive(), which passes a list
        PBaseException g = new PBaseException(cls, new Object[]{msg, new PList(excs.toArray())});
        g.groupExceptions = excs.toArray();
        return g;
    }

    public static PBaseException wrap(PBaseException e) {
        // except* wraps a naked exception in a group whose sequence is a tuple
        PBaseException g = create("", List.of(e));
        g.args = new PTuple(new Object[]{"", new PTuple(new Object[]{e})});
        return g;
    }

    public static Object[] exceptions(PBaseException group) {
        if (group.groupExceptions != null) {
            return group.groupExceptions;
        }
        Object ex = group.args.items.length > 1 ? group.args.items[1] : PTuple.EMPTY;
        return Iteration.toArray(ex);
    }

    /** Returns {matching, rest}, either possibly null; groups keep message, cause, context, notes. */
    @TruffleBoundary
    public static PBaseException[] split(PBaseException group, Object type) {
        if (matches(group, type)) {
            return new PBaseException[]{group, null};
        }
        if (!group.cls.isSubclassOf(ExceptionClasses.BaseExceptionGroup)) {
            return new PBaseException[]{null, group};
        }
        List<PBaseException> match = new ArrayList<>();
        List<PBaseException> rest = new ArrayList<>();
        for (Object o : exceptions(group)) {
            PBaseException[] s = split((PBaseException) o, type);
            if (s[0] != null) {
                match.add(s[0]);
            }
            if (s[1] != null) {
                rest.add(s[1]);
            }
        }
        return new PBaseException[]{derive(group, match), derive(group, rest)};
    }

    private static boolean matches(PBaseException e, Object type) {
        if (type instanceof PClass c) {
            return e.cls.isSubclassOf(c);
        }
        if (type instanceof PTuple t) {
            for (Object o : t.items) {
                if (matches(e, o)) {
                    return true;
                }
            }
            return false;
        }
        return Py.isTrue(Py.call(type, e));
    }

    private static PBaseException derive(PBaseException orig, List<PBaseException> excs) {
        if (excs.isEmpty()) {
            return null;
        }
        Object[] all = exceptions(orig);
        if (all.length == excs.size()) {
            boolean same = true;
            for (int i = 0; i < all.length; i++) {
                same &= all[i] == excs.get(i);
            }
            if (same) {
                return orig; // nothing was split off: CPython hands back the group itself
            }
        }
        Object derived;
        Object deriveFn = orig.cls.builtin ? null : orig.cls.lookup("derive");
        if (deriveFn != null && !(deriveFn instanceof PBuiltinFunction)) {
            derived = Py.call(deriveFn, orig, new PList(excs.toArray()));
        } else {
            derived = create(Py.str(orig.args.items[0]), excs);
        }
        PBaseException d = (PBaseException) derived;
        d.cause = orig.cause;
        d.context = orig.context;
        d.suppressContext = orig.suppressContext;
        d.traceback = orig.traceback;
        if (orig.dict != null && orig.dict.getStr("__notes__") != null) {
            d.getOrCreateDict().putStr("__notes__", orig.dict.getStr("__notes__"));
        }
        return d;
    }
}
