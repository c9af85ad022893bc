package org.kairos.builtins;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.frame.FrameInstance;
import org.kairos.KairosContext;
import org.kairos.runtime.BuiltinClasses;
import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.Formatting;
import org.kairos.runtime.Iteration;
import org.kairos.runtime.Numbers;
import org.kairos.runtime.Ops;
import org.kairos.runtime.PCell;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PException;
import org.kairos.runtime.PFunction;
import org.kairos.runtime.PIterator;
import org.kairos.runtime.PList;
import org.kairos.runtime.PNone;
import org.kairos.runtime.PTuple;
import org.kairos.runtime.PythonObject;
import org.kairos.runtime.Py;
import org.kairos.runtime.lib.PyArith;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** The builtin functions beyond the core set in {@link BuiltinsModule}. */
final class BuiltinFunctions {
    private BuiltinFunctions() {
    }

    static void install(KairosContext ctx, PDict d) {
        Lib.def(d, "abs", "x, /", a -> abs(a[0]));
        Lib.def(d, "min", "*args, key=None, default=?", a -> minMax((PTuple) a[0], a[1], a[2], "min", Ops.CmpOp.LT));
        Lib.def(d, "max", "*args, key=None, default=?", a -> minMax((PTuple) a[0], a[1], a[2], "max", Ops.CmpOp.GT));
        Lib.def(d, "sum", "iterable, /, start=0", a -> {
            if (a[1] instanceof String) {
                throw PException.typeError("sum() can't sum strings [use ''.join(seq) instead]");
            }
            Object acc = a[1];
            Object it = Py.getIter(a[0]);
            Object v;
            // floats are added with Neumaier compensation, as CPython 3.12+ does (sum([0.1] * 10) == 1.0)
            double comp = 0.0;
            boolean fl = false;
            while ((v = Py.next(it)) != null) {
                if (acc instanceof Double x && (v instanceof Double || v instanceof Long)) {
                    double y = Numbers.toDouble(v);
                    double t = x + y;
                    if (Double.isFinite(t)) {
                        comp += Math.abs(x) >= Math.abs(y) ? (x - t) + y : (y - t) + x;
                    }
                    acc = t;
                    fl = true;
                    continue;
                }
                if (fl) {
                    acc = (Double) acc + comp;
                    comp = 0.0;
                    fl = false;
                }
                acc = Ops.binary(Ops.BinOp.ADD, acc, v);
            }
            if (fl && comp != 0.0 && Double.isFinite(comp)) {
                acc = (Double) acc + comp;
            }
            return acc;
        });
        Lib.def(d, "sorted", "iterable, /, *, key=None, reverse=False", a -> sorted(a[0], a[1], Py.isTrue(a[2])));
        Lib.def(d, "any", "iterable, /", a -> {
            Object it = Py.getIter(a[0]);
            Object v;
            while ((v = Py.next(it)) != null) {
                if (Py.isTrue(v)) {
                    return true;
                }
            }
            return false;
        });
        Lib.def(d, "all", "iterable, /", a -> {
            Object it = Py.getIter(a[0]);
            Object v;
            while ((v = Py.next(it)) != null) {
                if (!Py.isTrue(v)) {
                    return false;
                }
            }
            return true;
        });
        Lib.def(d, "chr", "i, /", a -> {
            long i = Py.indexToLong(a[0]);
            if (i < 0 || i > 0x10FFFF) {
                throw PException.valueError("chr() arg not in range(0x110000)");
            }
            return new String(Character.toChars((int) i));
        });
        Lib.def(d, "ord", "c, /", a -> {
            if (!(a[0] instanceof String s)) {
                throw PException.typeError("ord() expected string of length 1, but " + Py.typeName(a[0]) + " found");
            }
            int n = s.codePointCount(0, s.length());
            if (n != 1) {
                throw PException.typeError("ord() expected a character, but string of length " + n + " found");
            }
            return (long) s.codePointAt(0);
        });
        Lib.def(d, "hex", "number, /", a -> radix(a[0], 16, "0x"));
        Lib.def(d, "oct", "number, /", a -> radix(a[0], 8, "0o"));
        Lib.def(d, "bin", "number, /", a -> radix(a[0], 2, "0b"));
        Lib.def(d, "round", "number, ndigits=None", a -> round(a[0], a[1]));
        Lib.def(d, "divmod", "x, y, /", a -> divmod(a[0], a[1]));
        Lib.def(d, "pow", "base, exp, mod=None", a -> {
            if (a[2] == PNone.NONE) {
                return Ops.binary(Ops.BinOp.POW, a[0], a[1]);
            }
            if (Numbers.isInt(a[0]) && Numbers.isInt(a[1]) && Numbers.isInt(a[2])) {
                return PyArith.pow(a[0], a[1], a[2]);
            }
            Object m = Py.classOf(a[0]).lookup("__pow__");
            if (m == null) {
                throw PException.typeError("unsupported operand type(s) for ** or pow(): '" + Py.typeName(a[0]) + "', '" + Py.typeName(a[1]) + "', '" + Py.typeName(a[2]) + "'");
            }
            return Py.call(m, a[0], a[1], a[2]);
        });
        Lib.def(d, "format", "value, format_spec='', /", a -> Formatting.format(a[0], TypeHelpers.strArg(a[1], "format", "2")));
        Lib.def(d, "ascii", "obj, /", a -> Formatting.ascii(a[0]));
        Lib.def(d, "vars", "object=?, /", a -> {
            if (a[0] == PNone.NO_VALUE) {
                return locals();
            }
            Object v = Py.getAttrOrNull(a[0], "__dict__");
            if (v == null) {
                throw PException.typeError("vars() argument must have __dict__ attribute");
            }
            return v;
        });
        Lib.def(d, "dir", "object=?, /", a -> {
            if (a[0] == PNone.NO_VALUE) {
                PList l = new PList(locals().keysArray());
                Object[] arr = l.toArray();
                Arrays.sort(arr, (x, y) -> ((String) x).compareTo((String) y));
                return new PList(arr);
            }
            Object m = Py.classOf(a[0]).lookup("__dir__");
            if (m != null && !(m instanceof org.kairos.runtime.PBuiltinFunction)) {
                return sorted(Py.call(m, a[0]), PNone.NONE, false);
            }
            return dir(a[0]);
        });
        Builtins.def(d, "compile", "source, filename, mode, flags=0, dont_inherit=False, optimize=-1", a -> {
            if (a[1] instanceof org.kairos.runtime.PBytes b) {
                a[1] = new String(b.bytes, java.nio.charset.StandardCharsets.UTF_8);
            } else if (!(a[1] instanceof String)) {
                throw PException.typeError("expected str, bytes or os.PathLike object, not " + Py.typeName(a[1]));
            }
            String mode = TypeHelpers.strArg(a[2], "compile", "'mode'");
            if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
                throw PException.valueError("compile() mode must be 'exec', 'eval' or 'single'");
            }
            return compileSource(ctx, sourceText(a[0], "compile", mode.equals("eval")), Py.str(a[1]), mode.equals("eval"));
        });
        Builtins.def(d, "eval", "source, /, globals=None, locals=None", a -> runCode(ctx, a[0], a[1], a[2], "eval"));
        Builtins.def(d, "exec", "source, /, globals=None, locals=None, *, closure=None", a -> {
            runCode(ctx, a[0], a[1], a[2], "exec");
            return PNone.NONE;
        });
        Lib.def(d, "globals", "", a -> callerFunction().globals);
        Lib.def(d, "locals", "", a -> locals());
        Lib.def(d, "input", "prompt='', /", a -> {
            Object out = ctx.sys().dict.getStr("stdout");
            String p = Py.str(a[0]);
            if (out instanceof PTextIO t) {
                t.write(p);
                t.flush();
            } else if (!p.isEmpty()) {
                Py.callMethod(out, "write", p);
            }
            String line = ctx.stdin.readline();
            if (line.isEmpty()) {
                throw PException.raise(ExceptionClasses.EOFError, "EOF when reading a line");
            }
            return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
        });
        Lib.def(d, "__import__", "name, globals=None, locals=None, fromlist=None, level=0", a -> {
            PDict g = a[1] instanceof PDict gd ? gd : new PDict();
            boolean from = a[3] != PNone.NONE && Py.isTrue(a[3]);
            return ctx.importer().importName((String) a[0], g, (int) Py.indexToLong(a[4]), from);
        });
        OpenFunction.install(ctx, d);
    }

    /** {@code __new__} of the builtin iterator types that are called as constructors (map, zip, ...). */
    static void iteratorConstructors() {
        Builtins.staticMethod(BuiltinClasses.REVERSED, "__new__", "cls, seq, /", a -> reversed(a[1]));
        Builtins.staticMethod(BuiltinClasses.ENUMERATE, "__new__", "cls, iterable, start=0", a -> {
            Object it = Py.getIter(a[1]);
            Object[] i = {a[2]};
            return new PIterator.FnIterator(BuiltinClasses.ENUMERATE, () -> {
                Object v = Py.next(it);
                if (v == null) {
                    return null;
                }
                Object idx = i[0];
                i[0] = Numbers.add(idx, 1L);
                return PTuple.of(idx, v);
            });
        });
        Builtins.staticMethod(BuiltinClasses.ZIP, "__new__", "cls, *iterables, strict=False", a -> zip((PTuple) a[1], Py.isTrue(a[2])));
        Builtins.staticMethod(BuiltinClasses.MAP, "__new__", "cls, func, iterable, /, *iterables", a -> {
            Object fn = a[1];
            PTuple rest = (PTuple) a[3];
            Object[] its = new Object[rest.items.length + 1];
            its[0] = Py.getIter(a[2]);
            for (int i = 0; i < rest.items.length; i++) {
                its[i + 1] = Py.getIter(rest.items[i]);
            }
            return new PIterator.FnIterator(BuiltinClasses.MAP, () -> {
                Object[] args = new Object[its.length];
                for (int i = 0; i < its.length; i++) {
                    Object v = Py.next(its[i]);
                    if (v == null) {
                        return null;
                    }
                    args[i] = v;
                }
                return Py.call(fn, args);
            });
        });
        Builtins.staticMethod(BuiltinClasses.FILTER, "__new__", "cls, function, iterable, /", a -> {
            Object fn = a[1];
            Object it = Py.getIter(a[2]);
            return new PIterator.FnIterator(BuiltinClasses.FILTER, () -> {
                Object v;
                while ((v = Py.next(it)) != null) {
                    if (Py.isTrue(fn == PNone.NONE ? v : Py.call(fn, v))) {
                        return v;
                    }
                }
                return null;
            });
        });
    }

    private static String sourceText(Object src, String fn, boolean isEval) {
        String text;
        if (src instanceof String str) {
            text = str;
        } else if (src instanceof org.kairos.runtime.PBytes b) {
            text = new String(b.bytes, java.nio.charset.StandardCharsets.UTF_8);
        } else {
            throw PException.typeError(fn + "() arg 1 must be a string, bytes or code object");
        }
        // eval ignores leading blanks, as CPython does
        if (!isEval) {
            return text;
        }
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(i);
    }

    private static org.kairos.runtime.PCode compileSource(KairosContext ctx, String text, String filename, boolean expressionOnly) {
        if (expressionOnly) {
            // eval accepts only an expression; the module compiled below then returns its value
            try {
                org.kairos.parser.Parser.parseExpression(text, filename);
            } catch (org.kairos.parser.PySyntaxError e) {
                throw org.kairos.compiler.CompileErrors.fromParser(e);
            }
        }
        com.oracle.truffle.api.source.Source source = com.oracle.truffle.api.source.Source.newBuilder("kairos", text, filename).build();
        return org.kairos.compiler.ModuleCompiler.compileModule(ctx.language, source, filename, false);
    }

    /**
     * Runs source or a code object for eval/exec. The module root reads and writes names in one dict,
     * so separate locals run in a merged dict whose new or changed names are copied back to locals.
     */
    private static Object runCode(KairosContext ctx, Object src, Object globals, Object locals, String fn) {
        PDict g;
        Object l = locals;
        if (globals == PNone.NONE) {
            g = callerFunction().globals;
            if (locals == PNone.NONE) {
                PDict cl = locals();
                l = cl == g ? PNone.NONE : cl;
            }
        } else if (globals instanceof PDict gd) {
            g = gd;
        } else {
            throw PException.typeError(fn + "() globals must be a dict, not " + Py.typeName(globals));
        }
        if (g.getStr("__builtins__") == null) {
            g.putStr("__builtins__", ctx.builtins());
        }
        org.kairos.runtime.PCode code = src instanceof org.kairos.runtime.PCode c ? c : compileSource(ctx, sourceText(src, fn, fn.equals("eval")), "<string>", fn.equals("eval"));
        if (l == PNone.NONE || l == g) {
            return code.callTarget().call(new Object[]{new PFunction(code, g, new Object[0], null, new PCell[0])});
        }
        PDict merged = g.copy();
        merged.cls = PClass.DICT;
        for (Object k : Iteration.toArray(l)) {
            merged.put(k, Py.getItem(l, k));
        }
        PDict before = merged.copy();
        try {
            return code.callTarget().call(new Object[]{new PFunction(code, merged, new Object[0], null, new PCell[0])});
        } finally {
            for (PDict.Entry e : merged.entries()) {
                Object old = before.get(e.key);
                if (old != e.value) {
                    Py.setItem(l, e.key, e.value);
                }
            }
        }
    }

    static Object divmod(Object x, Object y) {
        boolean xi = Numbers.isInt(x);
        boolean yi = Numbers.isInt(y);
        if ((xi || x instanceof Double) && (yi || y instanceof Double)) {
            return PTuple.of(Ops.binary(Ops.BinOp.FLOORDIV, x, y), Ops.binary(Ops.BinOp.MOD, x, y));
        }
        Object m = Py.classOf(x).lookup("__divmod__");
        if (m != null) {
            Object r = Py.call(m, x, y);
            if (r != PNone.NOT_IMPLEMENTED) {
                return r;
            }
        }
        Object rm = Py.classOf(y).lookup("__rdivmod__");
        if (rm != null) {
            Object r = Py.call(rm, y, x);
            if (r != PNone.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw PException.typeError("unsupported operand type(s) for divmod(): '" + Py.typeName(x) + "' and '" + Py.typeName(y) + "'");
    }

    static Object abs(Object x) {
        if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (x instanceof Long l) {
            return l == Long.MIN_VALUE ? Numbers.normalize(BigInteger.valueOf(l).negate()) : Math.abs(l);
        }
        if (x instanceof BigInteger b) {
            return Numbers.normalize(b.abs());
        }
        if (x instanceof Double f) {
            return Math.abs(f);
        }
        Object m = Py.classOf(x).lookup("__abs__");
        if (m == null) {
            throw PException.typeError("bad operand type for abs(): '" + Py.typeName(x) + "'");
        }
        return Py.call(m, x);
    }

    private static Object minMax(PTuple args, Object key, Object dflt, String name, Ops.CmpOp op) {
        Object it;
        if (args.items.length == 0) {
            throw PException.typeError(name + " expected at least 1 argument, got 0");
        } else if (args.items.length == 1) {
            it = Py.getIter(args.items[0]);
        } else {
            if (dflt != PNone.NO_VALUE) {
                throw PException.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            it = Py.getIter(args);
        }
        Object best = null;
        Object bestKey = null;
        Object v;
        while ((v = Py.next(it)) != null) {
            Object k = key == PNone.NONE ? v : Py.call(key, v);
            if (best == null || Ops.compareBool(op, k, bestKey)) {
                best = v;
                bestKey = k;
            }
        }
        if (best == null) {
            if (dflt != PNone.NO_VALUE) {
                return dflt;
            }
            throw PException.valueError(name + "() iterable argument is empty");
        }
        return best;
    }

    static PList sorted(Object iterable, Object key, boolean reverse) {
        Object[] items = Iteration.toArray(iterable);
        sortInPlace(items, key, reverse);
        return new PList(items);
    }

    /** Stable sort with Python's "<"; reverse keeps equal elements in original order like CPython. */
    static void sortInPlace(Object[] items, Object key, boolean reverse) {
        Object[] keys = new Object[items.length];
        Integer[] idx = new Integer[items.length];
        for (int i = 0; i < items.length; i++) {
            keys[i] = key == PNone.NONE ? items[i] : Py.call(key, items[i]);
            idx[i] = i;
        }
        Comparator<Integer> cmp = (x, y) -> {
            if (Ops.compareBool(Ops.CmpOp.LT, keys[x], keys[y])) {
                return -1;
            }
            if (Ops.compareBool(Ops.CmpOp.LT, keys[y], keys[x])) {
                return 1;
            }
            return 0;
        };
        Arrays.sort(idx, reverse ? (x, y) -> cmp.compare(y, x) : cmp);
        Object[] copy = items.clone();
        for (int i = 0; i < items.length; i++) {
            items[i] = copy[idx[i]];
        }
    }

    private static String radix(Object x, int radix, String prefix) {
        Object i = Py.index(x);
        BigInteger b = Numbers.big(i);
        String s = b.abs().toString(radix);
        return (b.signum() < 0 ? "-" : "") + prefix + s;
    }

    private static Object round(Object x, Object nd) {
        if (x instanceof Double f) {
            if (nd == PNone.NONE) {
                if (f.isNaN()) {
                    throw PException.valueError("cannot convert float NaN to integer");
                }
                if (f.isInfinite()) {
                    throw PException.raise(ExceptionClasses.OverflowError, "cannot convert float infinity to integer");
                }
                return PyArith.round(f.doubleValue());
            }
            return PyArith.round(f.doubleValue(), Py.indexToLong(nd));
        }
        if (Numbers.isInt(x)) {
            Object ix = x instanceof Boolean b ? (b ? 1L : 0L) : x;
            return nd == PNone.NONE ? ix : PyArith.round(ix, Py.index(nd));
        }
        Object m = Py.classOf(x).lookup("__round__");
        if (m == null) {
            throw PException.typeError("type " + Py.typeName(x) + " doesn't define __round__ method");
        }
        return nd == PNone.NONE ? Py.call(m, x) : Py.call(m, x, nd);
    }

    static Object reversed(Object seq) {
        Object m = Py.classOf(seq).lookup("__reversed__");
        if (m != null) {
            return Py.call(m, seq);
        }
        if (seq instanceof PList l) {
            int[] i = {l.size};
            return new PIterator.FnIterator(BuiltinClasses.LIST_REVERSEITERATOR, () -> {
                if (--i[0] < 0 || i[0] >= l.size) {
                    return null;
                }
                return l.items[i[0]];
            });
        }
        if (Py.classOf(seq).lookup("__getitem__") == null || seq instanceof PDict) {
            throw PException.typeError("'" + Py.typeName(seq) + "' object is not reversible");
        }
        long[] i = {Py.lenOf(seq)};
        return new PIterator.FnIterator(BuiltinClasses.REVERSED, () -> {
            if (--i[0] < 0) {
                return null;
            }
            return Py.getItem(seq, i[0]);
        });
    }

    private static Object zip(PTuple iterables, boolean strict) {
        Object[] its = new Object[iterables.items.length];
        for (int i = 0; i < its.length; i++) {
            its[i] = Py.getIter(iterables.items[i]);
        }
        return new PIterator.FnIterator(BuiltinClasses.ZIP, () -> {
            if (its.length == 0) {
                return null;
            }
            Object[] out = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                Object v = Py.next(its[i]);
                if (v == null) {
                    if (strict) {
                        if (i > 0) {
                            throw PException.valueError("zip() argument " + (i + 1) + " is shorter than argument" + (i == 1 ? " 1" : "s 1-" + i));
                        }
                        for (int j = 1; j < its.length; j++) {
                            if (Py.next(its[j]) != null) {
                                throw PException.valueError("zip() argument " + (j + 1) + " is longer than argument" + (j == 1 ? " 1" : "s 1-" + j));
                            }
                        }
                    }
                    return null;
                }
                out[i] = v;
            }
            return new PTuple(out);
        });
    }

    /** The innermost guest frame (the caller of the builtin). */
    private static FrameInstance callerFrame() {
        return Truffle.getRuntime().iterateFrames(f -> guestFunction(f) != null ? f : null);
    }

    /**
     * The function whose code runs in {@code f}, or null if it is no guest frame. A resumed
     * generator or coroutine runs in a continuation root, whose arguments are its own frame (which
     * holds the function's arguments) and the sent value.
     */
    static PFunction guestFunction(FrameInstance f) {
        Object[] args = localsFrame(f).getArguments();
        return args.length > 0 && args[0] instanceof PFunction fn ? fn : null;
    }

    static PFunction callerFunction() {
        FrameInstance f = callerFrame();
        if (f == null) {
            throw PException.runtimeError("no current frame");
        }
        return guestFunction(f);
    }

    static PDict locals() {
        FrameInstance f = callerFrame();
        if (f == null) {
            throw PException.runtimeError("no current frame");
        }
        PFunction fn = guestFunction(f);
        BytecodeNode bn = BytecodeNode.get(f);
        Object[] names;
        Object[] values;
        if (bn != null) {
            names = bn.getLocalNames(f);
            values = bn.getLocalValues(f);
        } else if ((bn = bytecodeNode(f)) != null) {
            // Called without a call node (from the runtime): the root's bytecode and the bci stored in the frame.
            com.oracle.truffle.api.frame.Frame fr = localsFrame(f);
            // locals are not block-scoped: any index of the root names them all
            int bci = Math.max(storedBytecodeIndex(bn, fr), 0);
            names = bn.getLocalNames(bci);
            values = bn.getLocalValues(bci, fr);
        } else {
            return fn.globals;
        }
        if (names == null || names.length == 0 || isModuleLevel(fn)) {
            return fn.globals;
        }
        PDict d = new PDict();
        for (int i = 0; i < names.length && i < values.length; i++) {
            Object v = values[i];
            if (v instanceof PCell c) {
                v = c.ref;
            }
            String n = String.valueOf(names[i]);
            // compiler temporaries have no name (or a dotted one)
            if (v == null || names[i] == null || n.startsWith(".")) {
                continue;
            }
            d.putStr(n, v);
        }
        return d;
    }

    /** The bytecode node of a guest frame; builtins are called without a call node, so ask the root. */
    /**
     * The bytecode index an operation stored in the frame before it called out, or -1 if none did
     * yet (operations that bind no node store none).
     */
    static int storedBytecodeIndex(BytecodeNode bn, com.oracle.truffle.api.frame.Frame frame) {
        try {
            return bn.getBytecodeIndex(frame);
        } catch (com.oracle.truffle.api.frame.FrameSlotTypeException e) {
            return -1;
        }
    }

    static BytecodeNode bytecodeNode(FrameInstance f) {
        BytecodeNode bn = BytecodeNode.get(f);
        if (bn == null && f.getCallTarget() instanceof com.oracle.truffle.api.RootCallTarget rct) {
            com.oracle.truffle.api.nodes.RootNode root = rct.getRootNode();
            if (root instanceof com.oracle.truffle.api.bytecode.ContinuationRootNode crn) {
                root = (com.oracle.truffle.api.nodes.RootNode) crn.getSourceRootNode();
            }
            if (root instanceof com.oracle.truffle.api.bytecode.BytecodeRootNode brn) {
                bn = brn.getBytecodeNode();
            }
        }
        return bn;
    }

    /**
     * The frame that holds the locals (and the bytecode index) of a guest frame: for a resumed
     * generator or coroutine, its own frame, the first argument of the continuation root.
     */
    static com.oracle.truffle.api.frame.Frame localsFrame(FrameInstance f) {
        com.oracle.truffle.api.frame.Frame fr = f.getFrame(FrameInstance.FrameAccess.READ_ONLY);
        Object[] args = fr.getArguments();
        if (args.length == 2 && args[0] instanceof com.oracle.truffle.api.frame.MaterializedFrame own
                        && f.getCallTarget() instanceof com.oracle.truffle.api.RootCallTarget rct
                        && rct.getRootNode() instanceof com.oracle.truffle.api.bytecode.ContinuationRootNode) {
            return own;
        }
        return fr;
    }

    private static boolean isModuleLevel(PFunction fn) {
        return "<module>".equals(fn.name);
    }

    static PList dir(Object o) {
        TreeSet<String> names = new TreeSet<>();
        if (o instanceof PythonObject po && po.dict != null) {
            for (Object k : po.dict.keysArray()) {
                if (k instanceof String s) {
                    names.add(s);
                }
            }
        }
        for (org.kairos.runtime.PClass c : Py.classOf(o).mro) {
            for (Object k : c.namespace().keysArray()) {
                if (k instanceof String s) {
                    names.add(s);
                }
            }
        }
        if (o instanceof PClass pc) {
            for (PClass c : pc.mro) {
                for (Object k : c.namespace().keysArray()) {
                    if (k instanceof String s) {
                        names.add(s);
                    }
                }
            }
        }
        return new PList(names.toArray());
    }

    static List<Object> toList(Object iterable) {
        return new ArrayList<>(Arrays.asList(Iteration.toArray(iterable)));
    }
}
