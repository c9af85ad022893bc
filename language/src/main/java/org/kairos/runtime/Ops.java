package org.kairos.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Python operators: binary arithmetic with CPython's {@code __op__}/{@code __rop__} protocol
 * (reflected first for a subclass that overrides it), in-place forms, rich comparisons, unary
 * operators and {@code in}. Builtin operand types are handled in Java without method lookups.
 */
public final class Ops {
    private Ops() {
    }

    /** The binary operators, with their dunder names. */
    public enum BinOp {
        ADD("+", "__add__", "__radd__", "__iadd__"),
        SUB("-", "__sub__", "__rsub__", "__isub__"),
        MUL("*", "__mul__", "__rmul__", "__imul__"),
        MATMUL("@", "__matmul__", "__rmatmul__", "__imatmul__"),
        TRUEDIV("/", "__truediv__", "__rtruediv__", "__itruediv__"),
        FLOORDIV("//", "__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        MOD("%", "__mod__", "__rmod__", "__imod__"),
        POW("**", "__pow__", "__rpow__", "__ipow__"),
        LSHIFT("<<", "__lshift__", "__rlshift__", "__ilshift__"),
        RSHIFT(">>", "__rshift__", "__rrshift__", "__irshift__"),
        AND("&", "__and__", "__rand__", "__iand__"),
        OR("|", "__or__", "__ror__", "__ior__"),
        XOR("^", "__xor__", "__rxor__", "__ixor__");

        public final String symbol;
        public final String name;
        public final String rname;
        public final String iname;

        BinOp(String symbol, String name, String rname, String iname) {
            this.symbol = symbol;
            this.name = name;
            this.rname = rname;
            this.iname = iname;
        }
    }

    /** Rich comparison operators; {@code swapped} is the reflected operator. */
    public enum CmpOp {
        LT("<", "__lt__"), LE("<=", "__le__"), EQ("==", "__eq__"), NE("!=", "__ne__"), GT(">", "__gt__"), GE(">=", "__ge__");

        public final String symbol;
        public final String name;

        CmpOp(String symbol, String name) {
            this.symbol = symbol;
            this.name = name;
        }

        public CmpOp swapped() {
            return switch (this) {
                case LT -> GT;
                case LE -> GE;
                case GT -> LT;
                case GE -> LE;
                default -> this;
            };
        }
    }

    private static final Object NI = PNone.NOT_IMPLEMENTED;

    /** Guest instances and instances of Java-defined library classes (deque, KeyWrapper): their dunders count. */
    private static boolean isGuest(Object o) {
        return o instanceof PythonObject p && p.cls != null && (!p.cls.builtin || p.cls.isLibClass());
    }

    /**
     * Whether the dunder {@code f} found on {@code t} must be called: guest code, or a Java method defined by a library
     * class, which the builtin operator tables do not know (those of core builtins are applied directly instead).
     */
    private static boolean callableDunder(PClass t, String name, Object f) {
        if (f == null) {
            return false;
        }
        if (!(f instanceof PBuiltinFunction)) {
            return true;
        }
        for (PClass k : t.mro) {
            if (k.namespace().getStr(name) != null) {
                return !k.builtin || k.isLibClass(); // e.g. total_ordering puts Java methods on guest classes
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ binary

    @TruffleBoundary
    public static Object binary(BinOp op, Object a, Object b) {
        Object r = binaryOrNI(op, a, b);
        if (r == NI) {
            throw unsupported(op, a, b);
        }
        return r;
    }

    @TruffleBoundary
    public static Object inplace(BinOp op, Object a, Object b) {
        if (isGuest(a)) {
            Object im = Py.classOf(a).lookup(op.iname);
            if (im != null) {
                Object r = Py.call(im, a, b);
                if (r != NI) {
                    return r;
                }
            }
        } else if (a instanceof PList || a instanceof PSet || a instanceof PDict || a instanceof PByteArray) {
            // as CPython's number protocol does for these types (list *= 2.5 does not call list.__imul__)
            Object r = builtinInplace(op, a, b);
            if (r != NI) {
                return r;
            }
        }
        Object r = binaryOrNI(op, a, b);
        if (r == NI) {
            String m = sequenceMessage(op, a, b);
            throw PException.typeError(m != null ? m : "unsupported operand type(s) for " + op.symbol + "=: '" + Py.typeName(a) + "' and '" + Py.typeName(b) + "'");
        }
        return r;
    }

    private static Object builtinInplace(BinOp op, Object a, Object b) {
        if (a instanceof PList l && op == BinOp.ADD) {
            for (Object o : Iteration.toArray(b)) {
                l.append(o);
            }
            return l;
        }
        if (a instanceof PList l && op == BinOp.MUL && Numbers.isInt(b)) {
            Object[] items = l.toArray();
            l.clear();
            long n = Numbers.asLong(b);
            for (long i = 0; i < n; i++) {
                for (Object o : items) {
                    l.append(o);
                }
            }
            return l;
        }
        if (a instanceof PSet s && b instanceof PSet o && !s.isFrozen()) {
            switch (op) {
                case OR -> o.elements().forEach(s::add);
                case AND -> {
                    for (Object e : s.elements()) {
                        if (!o.contains(e)) {
                            s.remove(e);
                        }
                    }
                }
                case SUB -> o.elements().forEach(s::remove);
                case XOR -> {
                    for (Object e : o.elements()) {
                        if (!s.remove(e)) {
                            s.add(e);
                        }
                    }
                }
                default -> {
                    return NI;
                }
            }
            return s;
        }
        if (a instanceof PDict d && op == BinOp.OR) {
            DictOps.update(d, b);
            return d;
        }
        if (a instanceof PByteArray ba && (op == BinOp.ADD && (b instanceof PBytes || b instanceof PByteArray) || op == BinOp.MUL && Numbers.isInt(b))) {
            byte[] r = ((PByteArray) binaryOrNI(op, ba, b)).toArray();
            ba.bytes = r;
            ba.size = r.length;
            return ba;
        }
        return NI;
    }

    @TruffleBoundary
    public static PException unsupported(BinOp op, Object a, Object b) {
        String m = sequenceMessage(op, a, b);
        if (m != null) {
            return PException.typeError(m);
        }
        String sym = op == BinOp.POW ? "** or pow()" : op.symbol;
        return PException.typeError("unsupported operand type(s) for " + sym + ": '" + Py.typeName(a) + "' and '" + Py.typeName(b) + "'");
    }

    /** CPython's message when a sequence's concatenation or repetition refuses the operands, else null. */
    private static String sequenceMessage(BinOp op, Object a, Object b) {
        if (op == BinOp.ADD && a instanceof String) {
            return "can only concatenate str (not \"" + Py.typeName(b) + "\") to str";
        }
        if (op == BinOp.ADD && a instanceof PList && !isGuest(a)) {
            return "can only concatenate list (not \"" + Py.typeName(b) + "\") to list";
        }
        if (op == BinOp.ADD && a instanceof PTuple && !isGuest(a)) {
            return "can only concatenate tuple (not \"" + Py.typeName(b) + "\") to tuple";
        }
        if (op == BinOp.ADD && (a instanceof PBytes || a instanceof PByteArray) && !isGuest(a)) {
            return "can't concat " + Py.typeName(b) + " to " + Py.typeName(a);
        }
        if (op == BinOp.MUL && (isSequence(a) || isSequence(b))) {
            Object other = isSequence(a) ? b : a;
            return "can't multiply sequence by non-int of type '" + Py.typeName(other) + "'";
        }
        return null;
    }

    private static boolean isSequence(Object o) {
        return o instanceof String || o instanceof PList || o instanceof PTuple || o instanceof PBytes || o instanceof PByteArray;
    }

    /** The bytes of a bytes or bytearray object (a copy for bytearray). */
    private static byte[] byteContent(Object o) {
        return o instanceof PBytes b ? b.bytes : ((PByteArray) o).toArray();
    }

    @TruffleBoundary
    public static Object binaryOrNI(BinOp op, Object a, Object b) {
        boolean ga = isGuest(a);
        boolean gb = isGuest(b);
        if (!ga && !gb) {
            return builtinBinary(op, a, b);
        }
        PClass ta = Py.classOf(a);
        PClass tb = Py.classOf(b);
        Object fa = ga ? ta.lookup(op.name) : null;
        Object fb = null;
        if (ta != tb) {
            fb = gb ? tb.lookup(op.rname) : null;
        }
        if (fb != null && tb.isSubclassOf(ta) && fb != ta.lookup(op.rname)) {
            Object r = callBinary(fb, b, a, op, true);
            if (r != NI) {
                return r;
            }
            fb = null;
        }
        if (ga) {
            if (fa != null) {
                Object r = callBinary(fa, a, b, op, false);
                if (r != NI) {
                    return r;
                }
            }
        } else {
            Object r = builtinBinary(op, a, b);
            if (r != NI) {
                return r;
            }
        }
        if (ta != tb) {
            if (gb) {
                if (fb != null) {
                    return callBinary(fb, b, a, op, true);
                }
            } else {
                return builtinBinary(op, a, b);
            }
        }
        return NI;
    }

    private static Object callBinary(Object fn, Object self, Object other, BinOp op, boolean reflected) {
        if (fn instanceof PBuiltinFunction && !callableDunder(Py.classOf(self), reflected ? op.rname : op.name, fn)) {
            // a guest subclass of a builtin inherits the builtin operator
            return reflected ? builtinBinary(op, other, self) : builtinBinary(op, self, other);
        }
        return Py.call(fn, self, other);
    }

    /** The builtin types' operators; NotImplemented when the operand types are not supported. */
    @TruffleBoundary
    public static Object builtinBinary(BinOp op, Object a, Object b) {
        a = unwrapValue(a);
        b = unwrapValue(b);
        if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
            return numeric(op, a, b);
        }
        if (a instanceof PComplex || b instanceof PComplex) {
            Object r = PComplex.binary(op, a, b);
            return r == null ? NI : r;
        }
        switch (op) {
            case ADD:
                if (a instanceof String sa && b instanceof String sb) {
                    return sa.concat(sb);
                }
                if (a instanceof PList la && b instanceof PList lb) {
                    Object[] r = Arrays.copyOf(la.items, la.size + lb.size);
                    System.arraycopy(lb.items, 0, r, la.size, lb.size);
                    return new PList(r);
                }
                if (a instanceof PTuple ta && b instanceof PTuple tb) {
                    Object[] r = Arrays.copyOf(ta.items, ta.items.length + tb.items.length);
                    System.arraycopy(tb.items, 0, r, ta.items.length, tb.items.length);
                    return new PTuple(r);
                }
                if (a instanceof PBytes ba && b instanceof PBytes bb) {
                    byte[] r = Arrays.copyOf(ba.bytes, ba.bytes.length + bb.bytes.length);
                    System.arraycopy(bb.bytes, 0, r, ba.bytes.length, bb.bytes.length);
                    return new PBytes(r);
                }
                if ((a instanceof PBytes || a instanceof PByteArray) && (b instanceof PBytes || b instanceof PByteArray)) {
                    byte[] x = byteContent(a);
                    byte[] y = byteContent(b);
                    byte[] r = Arrays.copyOf(x, x.length + y.length);
                    System.arraycopy(y, 0, r, x.length, y.length);
                    return a instanceof PBytes ? new PBytes(r) : new PByteArray(r);
                }
                return NI;
            case MUL:
                if (Numbers.isInt(b) && isSequence(a)) {
                    return repeat(a, b);
                }
                if (Numbers.isInt(a) && isSequence(b)) {
                    return repeat(b, a);
                }
                return NI;
            case MOD:
                if (a instanceof String s) {
                    return Formatting.percent(s, b);
                }
                if (a instanceof PBytes fb) {
                    return Formatting.percentBytes(fb, b);
                }
                return NI;
            case OR:
            case AND:
            case XOR:
            case SUB:
                if (a instanceof PSet sa && b instanceof PSet sb) {
                    return SetOps.binary(op, sa, sb);
                }
                if (op == BinOp.OR) {
                    PUnion u = PUnion.of(a, b);
                    if (u != null) {
                        return u;
                    }
                }
                if (op == BinOp.OR && a instanceof PDict da && b instanceof PDict db) {
                    PDict r = da.copy();
                    DictOps.update(r, db);
                    return r;
                }
                if (a instanceof PDictView va && b instanceof PDictView vb) {
                    return SetOps.binary(op, va.toSet(), vb.toSet());
                }
                if (a instanceof PDictView va && b instanceof PSet sb) {
                    return SetOps.binary(op, va.toSet(), sb);
                }
                return NI;
            default:
                return NI;
        }
    }

    /** Guest subclasses of int/str/float keep their builtin value in a hidden slot. */
    private static Object unwrapValue(Object o) {
        return o;
    }

    private static Object repeat(Object seq, Object count) {
        if (count instanceof BigInteger) {
            throw PException.raise(ExceptionClasses.OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        long n = Numbers.asLong(count);
        if (n <= 0) {
            n = 0;
        }
        if (seq instanceof String s) {
            if (s.length() != 0 && n > Integer.MAX_VALUE / s.length()) {
                throw PException.raise(ExceptionClasses.OverflowError, "repeated string is too long");
            }
            return s.repeat((int) n);
        }
        Object[] items;
        if (seq instanceof PList l) {
            items = l.toArray();
        } else if (seq instanceof PTuple t) {
            items = t.items;
        } else {
            byte[] bs = byteContent(seq);
            if (bs.length != 0 && n > Integer.MAX_VALUE / bs.length) {
                throw PException.raise(ExceptionClasses.MemoryError, "");
            }
            byte[] r = new byte[(int) (bs.length * n)];
            for (int i = 0; i < n; i++) {
                System.arraycopy(bs, 0, r, i * bs.length, bs.length);
            }
            return seq instanceof PBytes ? new PBytes(r) : new PByteArray(r);
        }
        if (items.length != 0 && n > Integer.MAX_VALUE / items.length) {
            throw PException.raise(ExceptionClasses.MemoryError, "");
        }
        Object[] r = new Object[(int) (items.length * n)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(items, 0, r, i * items.length, items.length);
        }
        return seq instanceof PList ? new PList(r) : new PTuple(r);
    }

    @TruffleBoundary
    static Object numeric(BinOp op, Object a, Object b) {
        if (Numbers.isInt(a) && Numbers.isInt(b)) {
            switch (op) {
                case ADD:
                    return Numbers.add(a, b);
                case SUB:
                    return Numbers.sub(a, b);
                case MUL:
                    return Numbers.mul(a, b);
                case TRUEDIV:
                    return Numbers.trueDiv(a, b);
                case FLOORDIV:
                    return Numbers.floorDiv(a, b);
                case MOD:
                    return Numbers.mod(a, b);
                case POW:
                    return Numbers.pow(a, b);
                case LSHIFT:
                    return Numbers.lshift(a, b);
                case RSHIFT:
                    return Numbers.rshift(a, b);
                case AND:
                    if (a instanceof Boolean x && b instanceof Boolean y) {
                        return x & y;
                    }
                    return Numbers.and(a, b);
                case OR:
                    if (a instanceof Boolean x && b instanceof Boolean y) {
                        return x | y;
                    }
                    return Numbers.or(a, b);
                case XOR:
                    if (a instanceof Boolean x && b instanceof Boolean y) {
                        return x ^ y;
                    }
                    return Numbers.xor(a, b);
                default:
                    return NI;
            }
        }
        double x = Numbers.toDouble(a);
        double y = Numbers.toDouble(b);
        switch (op) {
            case ADD:
                return x + y;
            case SUB:
                return x - y;
            case MUL:
                return x * y;
            case TRUEDIV:
                if (y == 0.0) {
                    throw PException.raise(ExceptionClasses.ZeroDivisionError, "float division by zero");
                }
                return x / y;
            case FLOORDIV:
                return Numbers.floatFloorDiv(x, y);
            case MOD:
                return Numbers.floatMod(x, y);
            case POW:
                return Numbers.floatPow(x, y);
            default:
                return NI;
        }
    }

    // ------------------------------------------------------------------ unary

    @TruffleBoundary
    public static Object neg(Object a) {
        if (Numbers.isInt(a)) {
            return Numbers.neg(a);
        }
        if (a instanceof Double d) {
            return -d;
        }
        return unaryDunder(a, "__neg__", "unary -");
    }

    @TruffleBoundary
    public static Object pos(Object a) {
        if (Numbers.isInt(a)) {
            return a instanceof Boolean b ? (b ? 1L : 0L) : a;
        }
        if (a instanceof Double) {
            return a;
        }
        return unaryDunder(a, "__pos__", "unary +");
    }

    @TruffleBoundary
    public static Object invert(Object a) {
        if (Numbers.isInt(a)) {
            return Numbers.sub(Numbers.neg(a), 1L);
        }
        return unaryDunder(a, "__invert__", "unary ~");
    }

    private static Object unaryDunder(Object a, String name, String what) {
        Object m = Py.classOf(a).lookup(name);
        if (m == null) {
            throw PException.typeError("bad operand type for " + what + ": '" + Py.typeName(a) + "'");
        }
        return Py.call(m, a);
    }

    // ------------------------------------------------------------------ comparisons

    @TruffleBoundary
    public static Object eq(Object a, Object b) {
        return compare(CmpOp.EQ, a, b);
    }

    @TruffleBoundary
    public static Object compare(CmpOp op, Object a, Object b) {
        boolean ga = isGuest(a);
        boolean gb = isGuest(b);
        if (!ga && !gb) {
            Object r = builtinCompare(op, a, b);
            if (r != NI) {
                return r;
            }
            r = libCompare(op, a, b);
            if (r != NI) {
                return r;
            }
            return compareFallback(op, a, b);
        }
        PClass ta = Py.classOf(a);
        PClass tb = Py.classOf(b);
        boolean checkedReflected = false;
        if (ta != tb && tb.isSubclassOf(ta) && gb) {
            Object f = tb.lookup(op.swapped().name);
            if (callableDunder(tb, op.swapped().name, f)) {
                checkedReflected = true;
                Object r = Py.call(f, b, a);
                if (r != NI) {
                    return r;
                }
            }
        }
        Object fa = ga ? ta.lookup(op.name) : null;
        if (callableDunder(ta, op.name, fa)) {
            Object r = Py.call(fa, a, b);
            if (r != NI) {
                return r;
            }
        } else {
            Object r = builtinCompare(op, a, b);
            if (r != NI) {
                return r;
            }
        }
        if (!checkedReflected) {
            Object fb = gb ? tb.lookup(op.swapped().name) : null;
            if (callableDunder(tb, op.swapped().name, fb)) {
                Object r = Py.call(fb, b, a);
                if (r != NI) {
                    return r;
                }
            } else if (!gb) {
                Object r = builtinCompare(op.swapped(), b, a);
                if (r != NI) {
                    return r;
                }
            }
        }
        if (op == CmpOp.NE && ga) {
            Object feq = ta.lookup("__eq__");
            if (callableDunder(ta, "__eq__", feq)) {
                Object r = Py.call(feq, a, b);
                if (r != NI) {
                    return !Py.isTrue(r);
                }
            }
        }
        return compareFallback(op, a, b);
    }

    /** Comparison methods of library classes written in Java (deque, SimpleNamespace, ...), with reflection. */
    private static Object libCompare(CmpOp op, Object a, Object b) {
        Object f = libMethod(a, op.name);
        if (f != null) {
            Object r = Py.call(f, a, b);
            if (r != NI) {
                return r;
            }
        }
        Object g = libMethod(b, op.swapped().name);
        if (g != null) {
            Object r = Py.call(g, b, a);
            if (r != NI) {
                return r;
            }
        }
        return NI;
    }

    private static Object libMethod(Object o, String name) {
        if (!(o instanceof PythonObject po) || po instanceof PClass) {
            return null;
        }
        PClass c = Py.classOf(o);
        if (c.layout != PClass.Layout.OTHER && c.layout != PClass.Layout.OBJECT) {
            return null;
        }
        Object f = c.lookup(name);
        return f instanceof PBuiltinFunction && f != PClass.OBJECT.namespace().getStr(name) ? f : null;
    }

    private static Object compareFallback(CmpOp op, Object a, Object b) {
        if (op == CmpOp.EQ) {
            return a == b;
        }
        if (op == CmpOp.NE) {
            return a != b;
        }
        throw PException.typeError("'" + op.symbol + "' not supported between instances of '" + Py.typeName(a) + "' and '" + Py.typeName(b) + "'");
    }

    private static Object cmpResult(CmpOp op, int c) {
        if (c == 2) {
            return op == CmpOp.NE;
        }
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }

    @TruffleBoundary
    public static Object builtinCompare(CmpOp op, Object a, Object b) {
        if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
            return cmpResult(op, Numbers.compareNumbers(a, b));
        }
        if (a instanceof String sa && b instanceof String sb) {
            return cmpResult(op, Integer.signum(sa.compareTo(sb)));
        }
        if (a instanceof PTuple ta && b instanceof PTuple tb) {
            return sequenceCompare(op, ta.items, ta.items.length, tb.items, tb.items.length);
        }
        if (a instanceof PList la && b instanceof PList lb) {
            return sequenceCompare(op, la.items, la.size, lb.items, lb.size);
        }
        if ((op == CmpOp.EQ || op == CmpOp.NE) && (a instanceof PComplex || b instanceof PComplex)) {
            PComplex c = a instanceof PComplex ca ? ca : (PComplex) b;
            Object other = c == a ? b : a;
            if (other instanceof PComplex || Numbers.isNumber(other)) {
                return c.equalsNumber(other) == (op == CmpOp.EQ);
            }
        }
        if ((op == CmpOp.EQ || op == CmpOp.NE) && (a instanceof PByteArray || b instanceof PByteArray)) {
            byte[] x = a instanceof PByteArray ba ? ba.toArray() : a instanceof PBytes bb ? bb.bytes : null;
            byte[] y = b instanceof PByteArray ba ? ba.toArray() : b instanceof PBytes bb ? bb.bytes : null;
            if (x != null && y != null) {
                return Arrays.equals(x, y) == (op == CmpOp.EQ);
            }
        }
        if (op == CmpOp.EQ || op == CmpOp.NE) {
            if (a instanceof PDict da && b instanceof PDict db) {
                boolean eq = DictOps.equals(da, db);
                return op == CmpOp.EQ ? eq : !eq;
            }
            if (a instanceof PRange ra && b instanceof PRange rb) {
                boolean eq = ra.length() == rb.length() && (ra.length() == 0 || (ra.start == rb.start && (ra.length() == 1 || ra.step == rb.step)));
                return op == CmpOp.EQ ? eq : !eq;
            }
            if (a instanceof PBytes ba && b instanceof PBytes bb) {
                boolean eq = Arrays.equals(ba.bytes, bb.bytes);
                return op == CmpOp.EQ ? eq : !eq;
            }
            if (a instanceof PMethod ma && b instanceof PMethod mb) {
                boolean eq = ma.self == mb.self && ma.func == mb.func;
                return op == CmpOp.EQ ? eq : !eq;
            }
        }
        if (a instanceof PSet sa && b instanceof PSet sb) {
            return SetOps.compare(op, sa, sb);
        }
        if (a instanceof PDictView va && b instanceof PDictView vb && va.kind != PDictView.Kind.VALUES) {
            return SetOps.compare(op, va.toSet(), vb.toSet());
        }
        if (a instanceof PDictView va && b instanceof PSet sb && va.kind != PDictView.Kind.VALUES) {
            return SetOps.compare(op, va.toSet(), sb);
        }
        if (a instanceof PBytes ba && b instanceof PBytes bb) {
            return cmpResult(op, Integer.signum(Arrays.compareUnsigned(ba.bytes, bb.bytes)));
        }
        return NI;
    }

    private static Object sequenceCompare(CmpOp op, Object[] a, int na, Object[] b, int nb) {
        if ((op == CmpOp.EQ || op == CmpOp.NE) && na != nb) {
            return op == CmpOp.NE;
        }
        int n = Math.min(na, nb);
        for (int i = 0; i < n; i++) {
            if (!Py.eqBool(a[i], b[i])) {
                if (op == CmpOp.EQ) {
                    return false;
                }
                if (op == CmpOp.NE) {
                    return true;
                }
                return compare(op, a[i], b[i]);
            }
        }
        return cmpResult(op, Integer.compare(na, nb));
    }

    @TruffleBoundary
    public static boolean compareBool(CmpOp op, Object a, Object b) {
        return Py.isTrue(compare(op, a, b));
    }

    // ------------------------------------------------------------------ membership

    @TruffleBoundary
    public static boolean contains(Object container, Object item) {
        if (!isGuest(container)) {
            if (container instanceof String s) {
                if (!(item instanceof String sub)) {
                    throw PException.typeError("'in <string>' requires string as left operand, not " + Py.typeName(item));
                }
                return s.contains(sub);
            }
            if (container instanceof PDict d) {
                return d.containsKey(item);
            }
            if (container instanceof PSet s) {
                return s.contains(item);
            }
            if (container instanceof PList l) {
                for (int i = 0; i < l.size; i++) {
                    if (Py.eqBool(l.items[i], item)) {
                        return true;
                    }
                }
                return false;
            }
            if (container instanceof PTuple t) {
                for (Object o : t.items) {
                    if (Py.eqBool(o, item)) {
                        return true;
                    }
                }
                return false;
            }
            if (container instanceof PRange r && Numbers.isInt(item)) {
                if (!Numbers.fitsLong(item)) {
                    return false;
                }
                long v = Numbers.asLong(item);
                long len = r.length();
                if (len == 0) {
                    return false;
                }
                long off = v - r.start;
                if (r.step > 0 ? (v < r.start || v >= r.stop) : (v > r.start || v <= r.stop)) {
                    return false;
                }
                return off % r.step == 0;
            }
            if (container instanceof PDictView v) {
                return v.contains(item);
            }
        }
        Object m = Py.classOf(container).lookup("__contains__");
        if (m != null) {
            return Py.isTrue(Py.call(m, container, item));
        }
        if (Py.classOf(container).lookup("__iter__") == null && Py.classOf(container).lookup("__getitem__") == null) {
            throw PException.typeError("argument of type '" + Py.typeName(container) + "' is not iterable");
        }
        Object it = Py.getIter(container);
        Object v;
        while ((v = Py.next(it)) != null) {
            if (Py.eqBool(v, item)) {
                return true;
            }
        }
        return false;
    }
}
