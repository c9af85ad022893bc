package org.kairos.builtins;

import static org.kairos.builtins.TypeHelpers.intArg;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.Formatting;
import org.kairos.runtime.Numbers;
import org.kairos.runtime.Ops;
import org.kairos.runtime.PBytes;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PException;
import org.kairos.runtime.PNone;
import org.kairos.runtime.PTuple;
import org.kairos.runtime.Py;
import org.kairos.runtime.text.FormatError;
import org.kairos.runtime.text.IntParse;

/** Methods of {@code int} (inherited by {@code bool}) and {@code float}. */
final class NumberTypeMethods {
    private NumberTypeMethods() {
    }

    private static final Ops.BinOp[] INT_OPS = {Ops.BinOp.ADD, Ops.BinOp.SUB, Ops.BinOp.MUL, Ops.BinOp.TRUEDIV, Ops.BinOp.FLOORDIV, Ops.BinOp.MOD,
                    Ops.BinOp.POW, Ops.BinOp.LSHIFT, Ops.BinOp.RSHIFT, Ops.BinOp.AND, Ops.BinOp.OR, Ops.BinOp.XOR};
    private static final Ops.BinOp[] FLOAT_OPS = {Ops.BinOp.ADD, Ops.BinOp.SUB, Ops.BinOp.MUL, Ops.BinOp.TRUEDIV, Ops.BinOp.FLOORDIV, Ops.BinOp.MOD,
                    Ops.BinOp.POW};

    /** The int value of an int or bool, as Long or BigInteger. */
    static Object asInt(Object o) {
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return o;
    }

    private static Object fromDouble(double d) {
        try {
            return IntParse.fromDouble(d);
        } catch (FormatError e) {
            throw Formatting.toPython(e);
        }
    }

    static void install() {
        intMethods();
        floatMethods();
    }

    private static void intMethods() {
        PClass c = PClass.INT;
        Builtins.method(c, "bit_length", "self, /", a -> (long) Numbers.big(asInt(a[0])).abs().bitLength());
        Builtins.method(c, "bit_count", "self, /", a -> (long) Numbers.big(asInt(a[0])).abs().bitCount());
        Builtins.method(c, "conjugate", "self, /", a -> asInt(a[0]));
        Builtins.method(c, "is_integer", "self, /", a -> true);
        Builtins.method(c, "as_integer_ratio", "self, /", a -> PTuple.of(asInt(a[0]), 1L));
        Builtins.getset(c, "real", s -> asInt(s), null);
        Builtins.getset(c, "imag", s -> 0L, null);
        Builtins.getset(c, "numerator", s -> asInt(s), null);
        Builtins.getset(c, "denominator", s -> 1L, null);
        for (String n : new String[]{"__index__", "__int__", "__trunc__", "__floor__", "__ceil__", "__pos__"}) {
            Builtins.method(c, n, "self, /", a -> asInt(a[0]));
        }
        Builtins.method(c, "__float__", "self, /", a -> Numbers.toDouble(asInt(a[0])));
        Builtins.method(c, "__repr__", "self, /", a -> Py.repr(a[0]));
        Builtins.method(c, "__bool__", "self, /", a -> Py.isTrue(a[0]));
        Builtins.method(c, "__neg__", "self, /", a -> Ops.neg(a[0]));
        Builtins.method(c, "__invert__", "self, /", a -> Ops.invert(a[0]));
        Builtins.method(c, "__abs__", "self, /", a -> {
            Object v = asInt(a[0]);
            return Numbers.compareInts(v, 0L) < 0 ? Numbers.neg(v) : v;
        });
        Builtins.method(c, "__hash__", "self, /", a -> Py.hash(a[0]));
        Builtins.method(c, "__format__", "self, format_spec, /", a -> Formatting.format(a[0], TypeHelpers.formatSpec(a[1])));
        Builtins.method(c, "__round__", "self, ndigits=None, /", a -> {
            Object v = asInt(a[0]);
            if (a[1] == PNone.NONE) {
                return v;
            }
            long n = intArg(a[1]);
            if (n >= 0) {
                return v;
            }
            BigDecimal r = new BigDecimal(Numbers.big(v)).setScale((int) n, RoundingMode.HALF_EVEN);
            return Numbers.normalize(r.toBigInteger());
        });
        Builtins.method(c, "__divmod__", "self, other, /", a -> divmod(a[0], a[1]));
        Builtins.method(c, "__rdivmod__", "self, other, /", a -> divmod(a[1], a[0]));
        Builtins.method(c, "to_bytes", "self, /, length=1, byteorder='big', *, signed=False", a -> toBytes(asInt(a[0]), intArg(a[1]), TypeHelpers.strArg(a[2], "to_bytes", "'byteorder'"), Py.isTrue(a[3])));
        Builtins.classMethod(c, "from_bytes", "cls, bytes, /, byteorder='big', *, signed=False", a -> {
            byte[] b;
            if (a[1] instanceof PBytes pb) {
                b = pb.bytes.clone();
            } else {
                Object[] items = org.kairos.runtime.Iteration.toArray(a[1]);
                b = new byte[items.length];
                for (int i = 0; i < items.length; i++) {
                    b[i] = (byte) intArg(items[i]);
                }
            }
            if ("little".equals(a[2])) {
                for (int i = 0, j = b.length - 1; i < j; i++, j--) {
                    byte t = b[i];
                    b[i] = b[j];
                    b[j] = t;
                }
            } else if (!"big".equals(a[2])) {
                throw PException.valueError("byteorder must be either 'little' or 'big'");
            }
            BigInteger v = b.length == 0 ? BigInteger.ZERO : Py.isTrue(a[3]) ? new BigInteger(b) : new BigInteger(1, b);
            return Numbers.normalize(v);
        });
        TypeHelpers.arithmetic(c, INT_OPS);
        for (Ops.CmpOp op : Ops.CmpOp.values()) {
            // int's own comparison does not know float; the float side answers via reflection
            Builtins.method(c, op.name, "self, other, /", a -> a[1] instanceof Double ? PNone.NOT_IMPLEMENTED : Ops.builtinCompare(op, a[0], a[1]));
        }
        for (Ops.BinOp op : INT_OPS) {
            Builtins.method(c, op.name, "self, other, /", a -> a[1] instanceof Double ? PNone.NOT_IMPLEMENTED : Ops.builtinBinary(op, a[0], a[1]));
            Builtins.method(c, op.rname, "self, other, /", a -> a[1] instanceof Double ? PNone.NOT_IMPLEMENTED : Ops.builtinBinary(op, a[1], a[0]));
        }
    }

    private static Object divmod(Object x, Object y) {
        Object q = Ops.builtinBinary(Ops.BinOp.FLOORDIV, x, y);
        if (q == PNone.NOT_IMPLEMENTED) {
            return q;
        }
        return PTuple.of(q, Ops.builtinBinary(Ops.BinOp.MOD, x, y));
    }

    private static PBytes toBytes(Object v, long length, String order, boolean signed) {
        if (length < 0) {
            throw PException.valueError("length argument must be non-negative");
        }
        BigInteger b = Numbers.big(v);
        if (!signed && b.signum() < 0) {
            throw PException.raise(ExceptionClasses.OverflowError, "can't convert negative int to unsigned");
        }
        byte[] raw = b.toByteArray();
        int start = 0;
        // toByteArray adds a sign byte; drop it for unsigned values that need all bits
        if (!signed && raw.length > 1 && raw[0] == 0) {
            start = 1;
        }
        int n = raw.length - start;
        if (n > length) {
            throw PException.raise(ExceptionClasses.OverflowError, "int too big to convert");
        }
        byte[] out = new byte[(int) length];
        byte fill = (byte) (b.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < out.length - n; i++) {
            out[i] = fill;
        }
        System.arraycopy(raw, start, out, out.length - n, n);
        if ("little".equals(order)) {
            for (int i = 0, j = out.length - 1; i < j; i++, j--) {
                byte t = out[i];
                out[i] = out[j];
                out[j] = t;
            }
        } else if (!"big".equals(order)) {
            throw PException.valueError("byteorder must be either 'little' or 'big'");
        }
        return new PBytes(out);
    }

    private static void floatMethods() {
        PClass c = PClass.FLOAT;
        Builtins.method(c, "is_integer", "self, /", a -> {
            double d = (Double) a[0];
            return !Double.isInfinite(d) && d == Math.floor(d);
        });
        Builtins.method(c, "conjugate", "self, /", a -> a[0]);
        Builtins.getset(c, "real", s -> s, null);
        Builtins.getset(c, "imag", s -> 0.0, null);
        Builtins.method(c, "as_integer_ratio", "self, /", a -> ratio((Double) a[0]));
        Builtins.method(c, "hex", "self, /", a -> hex((Double) a[0]));
        Builtins.classMethod(c, "fromhex", "cls, string, /", a -> fromHex(TypeHelpers.strArg(a[1])));
        Builtins.method(c, "__int__", "self, /", a -> fromDouble((Double) a[0]));
        Builtins.method(c, "__trunc__", "self, /", a -> fromDouble((Double) a[0]));
        Builtins.method(c, "__floor__", "self, /", a -> fromDouble(Math.floor((Double) a[0])));
        Builtins.method(c, "__ceil__", "self, /", a -> fromDouble(Math.ceil((Double) a[0])));
        Builtins.method(c, "__float__", "self, /", a -> a[0]);
        Builtins.method(c, "__repr__", "self, /", a -> Py.repr(a[0]));
        Builtins.method(c, "__pos__", "self, /", a -> a[0]);
        Builtins.method(c, "__neg__", "self, /", a -> -(Double) a[0]);
        Builtins.method(c, "__abs__", "self, /", a -> Math.abs((Double) a[0]));
        Builtins.method(c, "__bool__", "self, /", a -> (Double) a[0] != 0.0);
        Builtins.method(c, "__hash__", "self, /", a -> Py.hash(a[0]));
        Builtins.method(c, "__format__", "self, format_spec, /", a -> Formatting.format(a[0], TypeHelpers.formatSpec(a[1])));
        Builtins.method(c, "__round__", "self, ndigits=None, /", a -> round((Double) a[0], a[1]));
        Builtins.method(c, "__divmod__", "self, other, /", a -> divmod(a[0], a[1]));
        Builtins.method(c, "__rdivmod__", "self, other, /", a -> divmod(a[1], a[0]));
        TypeHelpers.arithmetic(c, FLOAT_OPS);
        TypeHelpers.comparisons(c);
    }

    /** {@code round(x[, n])}: the exact binary value rounded half-to-even, as CPython's correctly rounded algorithm. */
    static Object round(double x, Object ndigits) {
        if (ndigits == PNone.NONE) {
            return fromDouble(Math.rint(x));
        }
        long n = intArg(ndigits);
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
            return x;
        }
        if (n > 400) {
            return x;
        }
        if (n < -400) {
            return 0.0 * Math.signum(x);
        }
        double r = new BigDecimal(x).setScale((int) n, RoundingMode.HALF_EVEN).doubleValue();
        return r == 0.0 ? Math.copySign(0.0, x) : r;
    }

    private static PTuple ratio(double d) {
        if (Double.isInfinite(d)) {
            throw PException.raise(ExceptionClasses.OverflowError, "cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(d)) {
            throw PException.valueError("cannot convert NaN to integer ratio");
        }
        BigDecimal bd = new BigDecimal(d);
        BigInteger num = bd.unscaledValue();
        BigInteger den = BigInteger.ONE;
        if (bd.scale() > 0) {
            den = BigInteger.TEN.pow(bd.scale());
        } else {
            num = num.multiply(BigInteger.TEN.pow(-bd.scale()));
        }
        BigInteger g = num.gcd(den);
        if (g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        return PTuple.of(Numbers.normalize(num), Numbers.normalize(den));
    }

    static String hex(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        long bits = Double.doubleToRawLongBits(d);
        String sign = bits < 0 ? "-" : "";
        long mant = bits & ((1L << 52) - 1);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        if (exp == 0 && mant == 0) {
            return sign + "0x0.0p+0";
        }
        int e = exp == 0 ? -1022 : exp - 1023;
        return sign + "0x" + (exp == 0 ? "0" : "1") + "." + String.format("%013x", mant) + "p" + (e >= 0 ? "+" : "") + e;
    }

    static double fromHex(String s) {
        String t = s.strip();
        String lower = t.toLowerCase();
        String body = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        boolean neg = lower.startsWith("-");
        switch (body) {
            case "inf", "infinity" -> {
                return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            case "nan" -> {
                return Double.NaN;
            }
            default -> {
            }
        }
        if (!body.startsWith("0x")) {
            body = "0x" + body;
        }
        if (!body.contains("p")) {
            body = body + "p0";
        }
        try {
            double v = Double.parseDouble(body);
            return neg ? -v : v;
        } catch (NumberFormatException e) {
            throw PException.valueError("invalid hexadecimal floating-point string");
        }
    }
}
