package org.kairos.builtins;

import org.kairos.runtime.Formatting;
import org.kairos.runtime.Numbers;
import org.kairos.runtime.PBytes;
import org.kairos.runtime.PException;
import org.kairos.runtime.PNone;
import org.kairos.runtime.Py;
import org.kairos.runtime.text.FormatError;
import org.kairos.runtime.text.IntParse;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/** {@code int()}, {@code float()} and {@code str()} conversions. */
public final class Conversions {
    private Conversions() {
    }

    public static Object toInt(Object x, Object base) {
        if (x == PNone.NO_VALUE) {
            if (base != PNone.NO_VALUE) {
                throw PException.typeError("int() missing string argument");
            }
            return 0L;
        }
        if (base != PNone.NO_VALUE) {
            if (!(x instanceof String s)) {
                throw PException.typeError("int() can't convert non-string with explicit base");
            }
            return parse(s, (int) Numbers.asLong(Py.index(base)));
        }
        if (x instanceof Long || x instanceof BigInteger) {
            return x;
        }
        if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (x instanceof Double d) {
            if (Double.isNaN(d)) {
                throw PException.valueError("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw PException.raise(org.kairos.runtime.ExceptionClasses.OverflowError, "cannot convert float infinity to integer");
            }
            return IntParse.fromDouble(d);
        }
        if (x instanceof String s) {
            return parse(s, 10);
        }
        for (String m : new String[]{"__int__", "__index__", "__trunc__"}) {
            Object f = Py.classOf(x).lookup(m);
            if (f != null) {
                Object r = Py.call(f, x);
                if (!Numbers.isInt(r)) {
                    throw PException.typeError(m + " returned non-int (type " + Py.typeName(r) + ")");
                }
                return r;
            }
        }
        throw PException.typeError("int() argument must be a string, a bytes-like object or a real number, not '" + Py.typeName(x) + "'");
    }

    private static Object parse(String s, int base) {
        try {
            return IntParse.parseInt(s, base);
        } catch (FormatError e) {
            throw Formatting.toPython(e);
        }
    }

    public static double toFloat(Object x) {
        if (x instanceof Double d) {
            return d;
        }
        if (Numbers.isInt(x)) {
            return Numbers.toDouble(x);
        }
        if (x instanceof String s) {
            try {
                return IntParse.parseFloat(s);
            } catch (FormatError e) {
                throw Formatting.toPython(e);
            }
        }
        Object f = Py.classOf(x).lookup("__float__");
        if (f != null) {
            Object r = Py.call(f, x);
            if (!(r instanceof Double d)) {
                throw PException.typeError(Py.typeName(x) + ".__float__ returned non-float (type " + Py.typeName(r) + ")");
            }
            return d;
        }
        Object i = Py.classOf(x).lookup("__index__");
        if (i != null) {
            return Numbers.toDouble(Py.call(i, x));
        }
        throw PException.typeError("float() argument must be a string or a real number, not '" + Py.typeName(x) + "'");
    }

    public static String toStr(Object x, Object encoding, Object errors) {
        if (encoding != PNone.NO_VALUE && x instanceof PBytes b) {
            return new String(b.bytes, StandardCharsets.UTF_8);
        }
        return Py.str(x);
    }
}
