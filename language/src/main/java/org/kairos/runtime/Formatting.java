package org.kairos.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.kairos.runtime.text.FormatError;
import org.kairos.runtime.text.FormatSpec;
import org.kairos.runtime.text.ObjectFormatter;
import org.kairos.runtime.text.PercentFormat;
import org.kairos.runtime.text.StrFormat;
import org.kairos.runtime.text.StrRepr;

import java.math.BigInteger;
import java.util.Map;

/**
 * {@code format()}, {@code str.format}, {@code %}-formatting and {@code ascii()}: connects the pure
 * text algorithms of {@code runtime.text} to the object protocol and turns their errors into Python
 * exceptions.
 */
public final class Formatting {
    private Formatting() {
    }

    /** The runtime's view of objects for the text algorithms. */
    public static final ObjectFormatter FORMATTER = new ObjectFormatter() {
        @Override
        public String repr(Object o) {
            return Py.repr(o);
        }

        @Override
        public String str(Object o) {
            return Py.str(o);
        }

        @Override
        public String format(Object o, String spec) {
            return Formatting.format(o, spec);
        }

        @Override
        public Object toIndexOrNull(Object o) {
            if (o instanceof Long || o instanceof BigInteger || o instanceof Boolean) {
                return o instanceof Boolean b ? (b ? 1L : 0L) : o;
            }
            if (Py.classOf(o).lookup("__index__") != null) {
                return Py.index(o);
            }
            return null;
        }

        @Override
        public Double toFloatOrNull(Object o) {
            if (o instanceof Double d) {
                return d;
            }
            if (Numbers.isInt(o)) {
                return Numbers.toDouble(o);
            }
            Object f = Py.classOf(o).lookup("__float__");
            if (f != null) {
                Object r = Py.call(f, o);
                if (r instanceof Double d) {
                    return d;
                }
            }
            return null;
        }

        @Override
        public Object getAttr(Object o, String name) {
            return Py.getAttr(o, name);
        }

        @Override
        public Object getItem(Object o, Object key) {
            return Py.getItem(o, key);
        }

        @Override
        public String typeName(Object o) {
            return Py.typeName(o);
        }

        @Override
        public String bytesOrNull(Object o) {
            if (o instanceof PBytes b) {
                return latin1(b.bytes);
            }
            if (o instanceof String) {
                return null;
            }
            Object hook = Py.classOf(o).lookup("__bytes__");
            if (hook != null && Py.call(hook, o) instanceof PBytes b) {
                return latin1(b.bytes);
            }
            return null;
        }
    };

    private static String latin1(byte[] b) {
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** {@code bytes % args}. */
    @TruffleBoundary
    public static PBytes percentBytes(PBytes fmt, Object args) {
        try {
            Object a = args instanceof PTuple t && t.cls == PClass.TUPLE ? t.items : args;
            java.util.function.Function<Object, Object> mapping = null;
            if (!(args instanceof PTuple) && !(args instanceof PBytes) && !(args instanceof String) && Py.classOf(args).lookup("__getitem__") != null) {
                mapping = k -> Py.getItem(args, new PBytes(((String) k).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
            }
            String r = PercentFormat.formatBytes(latin1(fmt.bytes), a, mapping, FORMATTER);
            return new PBytes(r.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        } catch (FormatError e) {
            throw toPython(e);
        }
    }

    public static PException toPython(FormatError e) {
        PClass c = ExceptionClasses.ValueError;
        for (PClass k : ExceptionClasses.ALL) {
            if (k.name.equals(e.type)) {
                c = k;
            }
        }
        if (c == ExceptionClasses.KeyError) {
            String m = e.message;
            Object key = m.length() >= 2 && m.startsWith("'") && m.endsWith("'") ? m.substring(1, m.length() - 1) : m;
            return PException.keyError(key);
        }
        return PException.raise(c, e.message);
    }

    /** {@code format(value, spec)}: guest {@code __format__} or the builtin format-spec language. */
    @TruffleBoundary
    public static String format(Object value, String spec) {
        if (value instanceof PythonObject po && po.cls != null && !po.cls.builtin) {
            Object f = po.cls.lookup("__format__");
            if (f != null && !(f instanceof PBuiltinFunction)) {
                Object r = Py.call(f, value, spec);
                if (!(r instanceof String s)) {
                    throw PException.typeError("__format__ must return a str, not " + Py.typeName(r));
                }
                return s;
            }
        }
        try {
            if (value instanceof String || value instanceof Long || value instanceof BigInteger || value instanceof Double || value instanceof Boolean) {
                return FormatSpec.format(value, spec, FORMATTER);
            }
        } catch (FormatError e) {
            throw toPython(e);
        }
        if (spec.isEmpty()) {
            return Py.str(value);
        }
        throw PException.typeError("unsupported format string passed to " + Py.typeName(value) + ".__format__");
    }

    @TruffleBoundary
    public static String ascii(Object value) {
        return StrRepr.escapeNonAscii(Py.repr(value));
    }

    @TruffleBoundary
    public static String percent(String fmt, Object args) {
        try {
            Object a = args instanceof PTuple t && t.cls == PClass.TUPLE ? t.items : args;
            java.util.function.Function<Object, Object> mapping = null;
            if (!(args instanceof PTuple) && !(args instanceof String) && Py.classOf(args).lookup("__getitem__") != null) {
                mapping = k -> Py.getItem(args, k);
            }
            return PercentFormat.format(fmt, a, mapping, FORMATTER);
        } catch (FormatError e) {
            throw toPython(e);
        }
    }

    @TruffleBoundary
    public static String strFormat(String fmt, Object[] args, Map<String, Object> kwargs) {
        try {
            return StrFormat.format(fmt, args, kwargs, FORMATTER);
        } catch (FormatError e) {
            throw toPython(e);
        }
    }
}
