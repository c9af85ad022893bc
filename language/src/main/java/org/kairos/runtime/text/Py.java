package org.kairos.runtime.text;

import java.math.BigInteger;

/**
 * Small helpers shared by the text classes: type names, repr/str dispatch for builtin values, and code-point
 * aware padding (Python widths and lengths count code points, Java strings count UTF-16 units).
 */
public final class Py {
    private Py() {
    }

    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** Type name of builtin values; "object" for anything else. */
    public static String builtinTypeName(Object o) {
        if (o instanceof Boolean) {
            return "bool";
        } else if (o instanceof Long || o instanceof BigInteger || o instanceof Integer) {
            return "int";
        } else if (o instanceof Double) {
            return "float";
        } else if (o instanceof String) {
            return "str";
        } else if (o == null) {
            return "NoneType";
        }
        return "object";
    }

    static String typeName(Object o, ObjectFormatter f) {
        if (isBuiltin(o) || f == null) {
            return builtinTypeName(o);
        }
        return f.typeName(o);
    }

    static boolean isBuiltin(Object o) {
        return o instanceof Boolean || o instanceof Long || o instanceof BigInteger || o instanceof Integer
                        || o instanceof Double || o instanceof String;
    }

    static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean || o instanceof Integer;
    }

    /** Converts a builtin int-like value (Long, Integer, BigInteger, Boolean) to BigInteger. */
    static BigInteger toBig(Object o) {
        if (o instanceof BigInteger b) {
            return b;
        } else if (o instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return BigInteger.valueOf(((Number) o).longValue());
    }

    /** Normalizes a BigInteger to Long when it fits, as the runtime expects. */
    public static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /** {@code repr(o)}: builtins handled here, others via the callback. */
    public static String repr(Object o, ObjectFormatter f) {
        if (o instanceof String s) {
            return StrRepr.repr(s);
        } else if (o instanceof Double d) {
            return FloatRepr.repr(d);
        } else if (o instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (o instanceof Long || o instanceof BigInteger || o instanceof Integer) {
            return o.toString();
        }
        return f.repr(o);
    }

    /** {@code str(o)}: builtins handled here, others via the callback. */
    public static String str(Object o, ObjectFormatter f) {
        if (o instanceof String s) {
            return s;
        } else if (isBuiltin(o)) {
            return repr(o, f);
        }
        return f.str(o);
    }

    /** {@code ascii(o)}. */
    public static String ascii(Object o, ObjectFormatter f) {
        return StrRepr.escapeNonAscii(repr(o, f));
    }

    static int cpLen(String s) {
        return s.codePointCount(0, s.length());
    }

    static void repeat(StringBuilder sb, int cp, int n) {
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(cp);
        }
    }

    /** Prefix of s with at most n code points. */
    static String cpPrefix(String s, int n) {
        if (n >= s.length()) {
            return s;
        }
        int cps = cpLen(s);
        if (n >= cps) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, n));
    }
}
