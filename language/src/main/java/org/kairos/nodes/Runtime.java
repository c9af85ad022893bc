package org.kairos.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;
import org.kairos.KairosContext;
import org.kairos.runtime.ClassBuilder;
import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.ExceptionGroups;
import org.kairos.runtime.Formatting;
import org.kairos.runtime.Iteration;
import org.kairos.runtime.PBaseException;
import org.kairos.runtime.PCell;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PCode;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PException;
import org.kairos.runtime.PFunction;
import org.kairos.runtime.PList;
import org.kairos.runtime.PNone;
import org.kairos.runtime.PSet;
import org.kairos.runtime.PSuper;
import org.kairos.runtime.PTuple;
import org.kairos.runtime.Py;
import org.kairos.runtime.ThreadState;
import org.kairos.runtime.Tracebacks;

import java.util.ArrayList;
import java.util.List;

/** Slow paths of the bytecode operations, kept out of the generated interpreter. */
public final class Runtime {
    private Runtime() {
    }

    /** A {@code *iterable} element of a display or call, expanded by the consumer. */
    public record Starred(Object iterable) {
    }

    /** A {@code **mapping} element of a dict display or call. */
    public record DoubleStarred(Object mapping) {
    }

    public static boolean is(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long || a instanceof Boolean || a instanceof Double || a instanceof String) {
            return a.equals(b);
        }
        return false;
    }

    // ------------------------------------------------------------------ names

    @TruffleBoundary
    public static Object loadGlobal(PDict globals, String name) {
        Object v = globals.getStr(name);
        if (v != null) {
            return v;
        }
        v = KairosContext.get(null).builtinsDict().getStr(name);
        if (v != null) {
            return v;
        }
        throw nameError(name);
    }

    @TruffleBoundary
    public static PException nameError(String name) {
        PException e = PException.raise(ExceptionClasses.NameError, "name '" + name + "' is not defined");
        e.exc.getOrCreateDict().putStr("name", name);
        return e;
    }

    @TruffleBoundary
    public static void deleteGlobal(PDict globals, String name) {
        if (globals.remove(name) == null) {
            throw nameError(name);
        }
    }

    @TruffleBoundary
    public static Object loadClassName(PDict globals, String name, Object ns, PCell cell) {
        Object v = ns instanceof PDict d ? d.getStr(name) : mappingGet(ns, name);
        if (v != null) {
            return v;
        }
        if (cell != null) {
            if (cell.ref == null) {
                throw unboundCell(name, true);
            }
            return cell.ref;
        }
        return loadGlobal(globals, name);
    }

    private static Object mappingGet(Object ns, String name) {
        try {
            return Py.getItem(ns, name);
        } catch (PException e) {
            if (e.exc.cls.isSubclassOf(ExceptionClasses.KeyError)) {
                return null;
            }
            throw e;
        }
    }

    @TruffleBoundary
    public static void storeClassName(Object ns, String name, Object value) {
        if (ns instanceof PDict d && d.cls == PClass.DICT) {
            d.putStr(name, value);
        } else {
            Py.setItem(ns, name, value);
        }
    }

    @TruffleBoundary
    public static void deleteClassName(Object ns, String name) {
        if (ns instanceof PDict d && d.cls == PClass.DICT) {
            if (d.remove(name) == null) {
                throw nameError(name);
            }
        } else {
            Py.delItem(ns, name);
        }
    }

    @TruffleBoundary
    public static PException unboundLocal(String name) {
        return PException.raise(ExceptionClasses.UnboundLocalError, "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    @TruffleBoundary
    public static PException unboundCell(String name, boolean free) {
        if (free) {
            return PException.raise(ExceptionClasses.NameError, "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope");
        }
        return unboundLocal(name);
    }

    public static void setContextAvoidingCycles(PBaseException exc, PBaseException handled) {
        // CPython breaks a cycle exc -> ... -> exc in the context chain
        PBaseException o = handled;
        while (o != null) {
            PBaseException next = o.context;
            if (next == exc) {
                o.context = null;
                break;
            }
            o = next;
        }
        exc.context = handled;
    }

    // ------------------------------------------------------------------ calls

    @TruffleBoundary
    public static Object call(Object callee, Object[] args, String[] kwnames) {
        return Py.callKw(callee, args, kwnames);
    }

    @TruffleBoundary
    public static Object callMethod(Object obj, String name, Object[] args) {
        if (Py.hasGetattributeHook(obj)) {
            // obj.name(...) in guest code reads the attribute through the class's __getattribute__
            return Py.callKw(Py.getAttr(obj, name), args, null);
        }
        return Py.callMethod(obj, name, args);
    }

    @TruffleBoundary
    public static Object callEx(Object callee, Object args, Object kwargs) {
        Object[] pos = org.kairos.runtime.CallArgs.positional(callee, args, kwargs);
        if (kwargs == PNone.NO_VALUE || (kwargs instanceof PDict d0 && d0.size() == 0)) {
            return Py.callKw(callee, pos, null);
        }
        PDict kw = (PDict) kwargs;
        List<PDict.Entry> entries = kw.entries();
        Object[] all = new Object[pos.length + entries.size()];
        System.arraycopy(pos, 0, all, 0, pos.length);
        String[] names = new String[entries.size()];
        for (int i = 0; i < names.length; i++) {
            PDict.Entry e = entries.get(i);
            if (!(e.key instanceof String s)) {
                throw PException.typeError("keywords must be strings");
            }
            names[i] = s;
            all[pos.length + i] = e.value;
        }
        return Py.callKw(callee, all, names);
    }

    // ------------------------------------------------------------------ displays

    @TruffleBoundary
    public static Object buildSet(Object[] items) {
        PSet s = new PSet(PClass.SET);
        for (Object o : items) {
            s.add(o);
        }
        return s;
    }

    @TruffleBoundary
    public static Object buildDict(Object[] kv) {
        PDict d = new PDict();
        for (int i = 0; i < kv.length; i += 2) {
            d.put(kv[i], kv[i + 1]);
        }
        return d;
    }

    @TruffleBoundary
    public static Object buildSeqUnpack(int kind, Object[] parts) {
        ArrayList<Object> r = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof Starred s) {
                Object it = s.iterable();
                if (!(it instanceof PTuple) && !(it instanceof PList) && Py.classOf(it).lookup("__iter__") == null &&
                                Py.classOf(it).lookup("__getitem__") == null && !(it instanceof String)) {
                    throw PException.typeError("Value after * must be an iterable, not " + Py.typeName(it));
                }
                for (Object o : Iteration.toArray(it)) {
                    r.add(o);
                }
            } else {
                r.add(p);
            }
        }
        Object[] a = r.toArray();
        return switch (kind) {
            case 0 -> new PTuple(a);
            case 1 -> new PList(a);
            default -> buildSet(a);
        };
    }

    @TruffleBoundary
    public static Object buildDictUnpack(boolean forCall, Object[] parts) {
        PDict d = new PDict();
        int i = 0;
        while (i < parts.length) {
            if (parts[i] instanceof DoubleStarred ds) {
                Object m = ds.mapping();
                if (m instanceof PDict md) {
                    for (PDict.Entry e : md.entries()) {
                        String err = putUnpacked(d, forCall, e.key, e.value);
                        if (err != null) {
                            return new org.kairos.runtime.CallArgs.BadCall(err);
                        }
                    }
                } else {
                    Object keys = Py.getAttrOrNull(m, "keys");
                    if (keys == null && forCall) {
                        return new org.kairos.runtime.CallArgs.BadCall("argument after ** must be a mapping, not " + Py.typeName(m));
                    }
                    if (keys == null) {
                        throw PException.typeError((forCall ? "argument after ** must be a mapping, not " : "'" ) + Py.typeName(m) + (forCall ? "" : "' object is not a mapping"));
                    }
                    for (Object k : Iteration.toArray(Py.call(keys))) {
                        String err = putUnpacked(d, forCall, k, Py.getItem(m, k));
                        if (err != null) {
                            return new org.kairos.runtime.CallArgs.BadCall(err);
                        }
                    }
                }
                i++;
            } else {
                String err = putUnpacked(d, forCall, parts[i], parts[i + 1]);
                if (err != null) {
                    return new org.kairos.runtime.CallArgs.BadCall(err);
                }
                i += 2;
            }
        }
        return d;
    }

    /** Returns the error (reported by callEx after the callee's name) or null. */
    private static String putUnpacked(PDict d, boolean forCall, Object k, Object v) {
        if (forCall) {
            if (!(k instanceof String)) {
                return "keywords must be strings";
            }
            if (d.containsKey(k)) {
                return "got multiple values for keyword argument '" + k + "'";
            }
        }
        d.put(k, v);
        return null;
    }

    @TruffleBoundary
    public static Object formatValue(Object value, int conversion, Object spec) {
        Object v = switch (conversion) {
            case 's' -> Py.str(value);
            case 'r' -> Py.repr(value);
            case 'a' -> Formatting.ascii(value);
            default -> value;
        };
        String sp = spec == PNone.NO_VALUE ? "" : (String) spec;
        if (sp.isEmpty() && v instanceof String s) {
            return s;
        }
        return Formatting.format(v, sp);
    }

    @TruffleBoundary
    public static Object buildString(Object[] parts) {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            sb.append((String) p);
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ functions and classes

    @TruffleBoundary
    public static Object makeFunction(PCode code, PDict globals, Object defaults, Object kwDefaults, Object[] cells) {
        Object[] defs = defaults instanceof PTuple t ? t.items : new Object[0];
        Object[] kwd = null;
        if (kwDefaults instanceof PTuple t) {
            kwd = new Object[t.items.length];
            for (int i = 0; i < kwd.length; i++) {
                kwd[i] = t.items[i] == PNone.NO_VALUE ? null : t.items[i];
            }
        }
        PCell[] closure = new PCell[cells.length];
        for (int i = 0; i < cells.length; i++) {
            closure[i] = (PCell) cells[i];
        }
        return new PFunction(code, globals, defs, kwd, closure);
    }

    @TruffleBoundary
    public static Object buildClass(PFunction body, String name, Object[] basesAndKw, String[] kwnames) {
        int nkw = kwnames.length;
        Object[] bases = new Object[basesAndKw.length - nkw];
        System.arraycopy(basesAndKw, 0, bases, 0, bases.length);
        Object[] kwv = new Object[nkw];
        System.arraycopy(basesAndKw, bases.length, kwv, 0, nkw);
        return ClassBuilder.buildClass(body, name, bases, kwnames, kwv);
    }

    @TruffleBoundary
    public static Object superZeroArg(Object classCell, Object self) {
        if (!(classCell instanceof PCell c) || c.ref == null) {
            throw PException.runtimeError("super(): __class__ cell not found");
        }
        if (self == null || self == PNone.NO_VALUE) {
            throw PException.runtimeError("super(): no arguments");
        }
        if (self instanceof PCell cell) {
            self = cell.ref;
        }
        return PSuper.create((PClass) c.ref, self);
    }

    // ------------------------------------------------------------------ unpacking

    @TruffleBoundary
    public static Object unpack(Object value, int count, int starIndex) {
        Object[] items;
        boolean sized = value instanceof PTuple || value instanceof PList;
        if (value instanceof PTuple t) {
            items = t.items;
        } else if (value instanceof PList l) {
            items = l.toArray();
        } else {
            Object it;
            try {
                it = Py.getIter(value);
            } catch (PException e) {
                if (e.exc.cls == ExceptionClasses.TypeError) {
                    throw PException.typeError("cannot unpack non-iterable " + Py.typeName(value) + " object");
                }
                throw e;
            }
            ArrayList<Object> r = new ArrayList<>();
            Object v;
            while ((v = Py.next(it)) != null) {
                r.add(v);
                if (starIndex < 0 && r.size() > count) {
                    throw PException.valueError("too many values to unpack (expected " + count + ")");
                }
            }
            items = r.toArray();
        }
        if (starIndex < 0) {
            if (items.length != count) {
                if (items.length < count) {
                    throw PException.valueError("not enough values to unpack (expected " + count + ", got " + items.length + ")");
                }
                throw PException.valueError("too many values to unpack (expected " + count + ")");
            }
            return items;
        }
        int after = count - starIndex - 1;
        if (items.length < count - 1) {
            throw PException.valueError("not enough values to unpack (expected at least " + (count - 1) + ", got " + items.length + ")");
        }
        Object[] out = new Object[count];
        System.arraycopy(items, 0, out, 0, starIndex);
        int starLen = items.length - starIndex - after;
        Object[] star = new Object[starLen];
        System.arraycopy(items, starIndex, star, 0, starLen);
        out[starIndex] = new PList(star);
        System.arraycopy(items, starIndex + starLen, out, starIndex + 1, after);
        return out;
    }

    // ------------------------------------------------------------------ exceptions

    @TruffleBoundary
    public static PException raise(Object exc, Object cause, Node node) {
        PBaseException e = toException(exc, "exceptions must derive from BaseException");
        if (cause != PNone.NO_VALUE) {
            if (cause == PNone.NONE) {
                e.cause = null;
            } else {
                e.cause = toException(cause, "exception causes must derive from BaseException");
            }
            e.suppressContext = true;
        }
        return new PException(e, node);
    }

    private static PBaseException toException(Object exc, String msg) {
        if (exc instanceof PBaseException e) {
            return e;
        }
        if (exc instanceof PClass c && c.isSubclassOf(ExceptionClasses.BaseException)) {
            Object r = Py.call(c);
            if (r instanceof PBaseException e) {
                return e;
            }
            throw PException.typeError("calling " + Py.repr(c) + " should have returned an instance of BaseException, not " + Py.typeName(r));
        }
        throw PException.typeError(msg);
    }

    @TruffleBoundary
    public static PException reraise(ThreadState ts, Node node) {
        if (ts.handled == null) {
            return PException.runtimeError("No active exception to reraise");
        }
        return new PException(ts.handled, node);
    }

    public static Object exceptionValue(Object exc) {
        if (exc instanceof PException pe) {
            return pe.exc;
        }
        throw (AbstractTruffleException) exc;
    }

    @TruffleBoundary
    public static boolean exceptionMatches(Object exc, Object type) {
        PClass c = Py.classOf(exc);
        if (type instanceof PClass t) {
            if (!t.isSubclassOf(ExceptionClasses.BaseException)) {
                throw PException.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
            return c.isSubclassOf(t);
        }
        if (type instanceof PTuple tup) {
            for (Object o : tup.items) {
                if (exceptionMatches(exc, o)) {
                    return true;
                }
            }
            return false;
        }
        throw PException.typeError("catching classes that do not inherit from BaseException is not allowed");
    }

    @TruffleBoundary
    public static PException assertFail(Object msg) {
        if (msg == PNone.NO_VALUE) {
            return new PException(new PBaseException(ExceptionClasses.AssertionError));
        }
        return new PException(new PBaseException(ExceptionClasses.AssertionError, new Object[]{msg}));
    }

    /** except*: [remaining group or null, original, list of exceptions raised by handlers]. */
    @TruffleBoundary
    public static Object exceptStarHolder(Object exc) {
        PBaseException e = (PBaseException) exc;
        PBaseException group = e;
        if (!e.cls.isSubclassOf(ExceptionClasses.BaseExceptionGroup)) {
            group = ExceptionGroups.wrap(e);
        }
        return new Object[]{group, group, new ArrayList<PBaseException>(), e};
    }

    @TruffleBoundary
    public static Object exceptStarSplit(Object[] holder, Object type) {
        if (type instanceof PClass c && c.isSubclassOf(ExceptionClasses.BaseExceptionGroup)) {
            throw PException.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
        PBaseException rest = (PBaseException) holder[0];
        if (rest == null) {
            return PNone.NO_VALUE;
        }
        PBaseException[] split = ExceptionGroups.split(rest, type);
        holder[0] = split[1];
        return split[0] == null ? PNone.NO_VALUE : split[0];
    }

    @SuppressWarnings("unchecked")
    @TruffleBoundary
    public static void exceptStarRaised(Object[] holder, Object exc) {
        ((ArrayList<PBaseException>) holder[2]).add((PBaseException) exc);
    }

    @SuppressWarnings("unchecked")
    @TruffleBoundary
    public static void exceptStarFinish(Object[] holder) {
        PBaseException rest = (PBaseException) holder[0];
        ArrayList<PBaseException> raised = (ArrayList<PBaseException>) holder[2];
        if (raised.isEmpty()) {
            if (rest == null) {
                return;
            }
            if (rest == holder[1]) {
                throw new PException((PBaseException) holder[3]);
            }
            throw new PException(rest);
        }
        List<PBaseException> all = new ArrayList<>(raised);
        if (rest != null) {
            all.add(rest);
        }
        if (all.size() == 1 && rest == null && raised.get(0) != null) {
            PBaseException only = all.get(0);
            throw new PException(only);
        }
        throw new PException(ExceptionGroups.create("", all));
    }

    // ------------------------------------------------------------------ with

    @TruffleBoundary
    public static Object withEnter(Object manager) {
        PClass t = Py.classOf(manager);
        Object enter = t.lookup("__enter__");
        Object exit = t.lookup("__exit__");
        if (enter == null) {
            throw PException.typeError("'" + t.name + "' object does not support the context manager protocol");
        }
        if (exit == null) {
            throw PException.typeError("'" + t.name + "' object does not support the context manager protocol (missed __exit__ method)");
        }
        Object exitBound = Py.descrGet(exit, manager, t);
        Object value = Py.call(Py.descrGet(enter, manager, t));
        return new Object[]{exitBound, value};
    }

    @TruffleBoundary
    public static boolean withExitExc(Object[] state, Object exc) {
        PBaseException e = (PBaseException) exc;
        Object r = Py.call(state[0], e.cls, e, Tracebacks.tracebackObject(e));
        return Py.isTrue(r);
    }

    /** {@code (type, value, traceback)} of an exception, as __exit__/__aexit__ get them. */
    @TruffleBoundary
    static Object[] exitArgs(PBaseException e) {
        return new Object[]{e.cls, e, Tracebacks.tracebackObject(e)};
    }

    @TruffleBoundary
    public static Object asyncWithExit(Object[] state, Object exc) {
        if (exc instanceof PBaseException e) {
            return Py.call(state[0], e.cls, e, Tracebacks.tracebackObject(e));
        }
        return Py.call(state[0], PNone.NONE, PNone.NONE, PNone.NONE);
    }

    @TruffleBoundary
    public static void withExitNormal(Object[] state) {
        Py.call(state[0], PNone.NONE, PNone.NONE, PNone.NONE);
    }

}
