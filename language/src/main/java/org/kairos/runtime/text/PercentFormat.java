package org.kairos.runtime.text;

import java.math.BigInteger;
import java.util.function.Function;

/**
 * printf-style {@code str % args} formatting with CPython 3.13 semantics.
 *
 * <p>Argument conventions: {@code args} is an {@code Object[]} when the right operand is a tuple, otherwise the
 * single right operand itself. {@code mapping} is non-null when the right operand supports item access and is
 * neither a tuple nor a str (CPython's PyMapping_Check, so lists count too); it looks up {@code %(key)} keys
 * (passed as String) and should raise KeyError itself.
 */
public final class PercentFormat {
    private final int[] fmt;
    private final ObjectFormatter f;
    private final Function<Object, Object> mapping;
    private int pos;
    // CPython's argument cursor: for a non-tuple operand arglen is -1 and argidx -2, so exactly one fetch works.
    private Object single;
    private Object[] tuple;
    private int arglen;
    private int argidx;
    /** bytes % args: the format and result are latin-1 strings (one char per byte). */
    private boolean bytesMode;

    private PercentFormat(String fmt, Object args, Function<Object, Object> mapping, ObjectFormatter f) {
        this.fmt = fmt.codePoints().toArray();
        this.f = f;
        this.mapping = mapping;
        if (args instanceof Object[] t) {
            tuple = t;
            arglen = t.length;
            argidx = 0;
        } else {
            single = args;
            arglen = -1;
            argidx = -2;
        }
    }

    /** Computes {@code fmt % args}; see the class comment for the meaning of the arguments. */
    public static String format(String fmt, Object args, Function<Object, Object> mapping, ObjectFormatter f) {
        return new PercentFormat(fmt, args, mapping, f).run();
    }

    /**
     * Computes {@code bytes % args}: {@code fmt} and the result hold one char per byte (latin-1); %s/%b take
     * bytes-like objects through {@link ObjectFormatter#bytesOrNull}, %r/%a give ascii().
     */
    public static String formatBytes(String fmt, Object args, Function<Object, Object> mapping, ObjectFormatter f) {
        PercentFormat p = new PercentFormat(fmt, args, mapping, f);
        p.bytesMode = true;
        return p.run();
    }

    private Object nextArg() {
        if (argidx < arglen) {
            int i = argidx++;
            return arglen < 0 ? single : tuple[i];
        }
        throw FormatError.typeError("not enough arguments for format string");
    }

    private static FormatError incomplete() {
        return FormatError.valueError("incomplete format");
    }

    private String run() {
        StringBuilder out = new StringBuilder(fmt.length + 16);
        int n = fmt.length;
        while (pos < n) {
            int c = fmt[pos];
            if (c != '%') {
                out.appendCodePoint(c);
                pos++;
                continue;
            }
            pos++;
            if (pos < n && fmt[pos] == '%') {
                out.append('%');
                pos++;
                continue;
            }
            conversion(out);
        }
        if (argidx < arglen && mapping == null) {
            throw FormatError.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private int read() {
        if (pos >= fmt.length) {
            throw incomplete();
        }
        return fmt[pos++];
    }

    private void conversion(StringBuilder out) {
        int n = fmt.length;
        if (pos < n && fmt[pos] == '(') {
            if (mapping == null) {
                throw FormatError.typeError("format requires a mapping");
            }
            pos++;
            int keyStart = pos;
            int depth = 1;
            while (depth > 0 && pos < n) {
                int c = fmt[pos++];
                if (c == ')') {
                    depth--;
                } else if (c == '(') {
                    depth++;
                }
            }
            if (depth > 0) {
                throw FormatError.valueError("incomplete format key");
            }
            String key = new String(fmt, keyStart, pos - 1 - keyStart);
            // As in CPython the looked-up value replaces the argument source for the rest of the format.
            single = mapping.apply(key);
            tuple = null;
            arglen = -1;
            argidx = -2;
        }
        boolean ljust = false;
        boolean plus = false;
        boolean blank = false;
        boolean alt = false;
        boolean zero = false;
        int c = read();
        for (;; c = read()) {
            if (c == '-') {
                ljust = true;
            } else if (c == '+') {
                plus = true;
            } else if (c == ' ') {
                blank = true;
            } else if (c == '#') {
                alt = true;
            } else if (c == '0') {
                zero = true;
            } else {
                break;
            }
        }
        long width = -1;
        if (c == '*') {
            long w = starArg();
            if (w < 0) {
                ljust = true;
                w = -w;
            }
            width = w;
            c = read();
        } else if (c >= '0' && c <= '9') {
            width = c - '0';
            for (c = read(); c >= '0' && c <= '9'; c = read()) {
                width = width * 10 + (c - '0');
                if (width > Integer.MAX_VALUE) {
                    throw FormatError.valueError("width too big");
                }
            }
        }
        long prec = -1;
        if (c == '.') {
            prec = 0;
            c = read();
            if (c == '*') {
                prec = Math.max(0, starArg());
                c = read();
            } else if (c >= '0' && c <= '9') {
                prec = c - '0';
                for (c = read(); c >= '0' && c <= '9'; c = read()) {
                    prec = prec * 10 + (c - '0');
                    if (prec > Integer.MAX_VALUE) {
                        throw FormatError.valueError("precision too big");
                    }
                }
            }
        }
        if (c == 'h' || c == 'l' || c == 'L') {
            c = read(); // C length modifiers are accepted and ignored
        }
        Object v = nextArg();
        String s;
        boolean numeric = true;
        switch (c) {
            case 's', 'b' -> {
                if (!bytesMode && c == 'b') {
                    throw FormatError.valueError("unsupported format character 'b' (0x62) at index " + (pos - 1));
                }
                if (bytesMode) {
                    s = f.bytesOrNull(v);
                    if (s == null) {
                        throw FormatError.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                                        + Py.typeName(v, f) + "'");
                    }
                } else {
                    s = Py.str(v, f);
                }
                if (prec >= 0) {
                    s = Py.cpPrefix(s, (int) prec);
                }
                numeric = false;
            }
            case 'r', 'a' -> {
                s = c == 'r' && !bytesMode ? Py.repr(v, f) : Py.ascii(v, f);
                if (prec >= 0) {
                    s = Py.cpPrefix(s, (int) prec);
                }
                numeric = false;
            }
            case 'd', 'i', 'u', 'o', 'x', 'X' -> s = formatInt(v, c, (int) prec, alt);
            case 'e', 'E', 'f', 'F', 'g', 'G' -> s = FloatRepr.format(toDouble(v), (char) c, prec < 0 ? 6 : (int) prec, alt);
            case 'c' -> {
                s = bytesMode ? formatByteChar(v) : formatChar(v);
                numeric = false;
            }
            default -> throw FormatError.valueError("unsupported format character '"
                            + (c >= 31 && c <= 126 ? String.valueOf((char) c) : "?") + "' (0x" + Integer.toHexString(c)
                            + ") at index " + (pos - 1));
        }
        output(out, s, c, (int) width, ljust, plus, blank, alt, zero, numeric);
    }

    private long starArg() {
        Object v = nextArg();
        if (!Py.isInt(v)) {
            throw FormatError.typeError("* wants int");
        }
        BigInteger b = Py.toBig(v);
        if (b.bitLength() > 31) {
            throw FormatError.overflowError("Python int too large to convert to C int");
        }
        return b.longValue();
    }

    /** Sign/prefix-aware padding, mirroring how CPython writes a converted argument. */
    private static void output(StringBuilder out, String s, int ch, int width, boolean ljust, boolean plus,
                    boolean blank, boolean alt, boolean zero, boolean numeric) {
        int fill = numeric && zero ? '0' : ' ';
        int len = Py.cpLen(s);
        int p = 0;
        char signChar = 0;
        boolean hasSign = numeric;
        if (hasSign) {
            char first = s.isEmpty() ? 0 : s.charAt(0);
            if (first == '-' || first == '+') {
                signChar = first;
                len--;
                p++;
            } else if (plus) {
                signChar = '+';
            } else if (blank) {
                signChar = ' ';
            } else {
                hasSign = false;
            }
        }
        if (width < len) {
            width = len;
        }
        if (hasSign) {
            if (fill != ' ') {
                out.append(signChar);
            }
            if (width > len) {
                width--;
            }
        }
        boolean prefix = alt && (ch == 'x' || ch == 'X' || ch == 'o');
        if (prefix) {
            if (fill != ' ') {
                out.append(s, p, p + 2);
                p += 2;
            }
            width = Math.max(0, width - 2);
            len -= 2;
        }
        if (width > len && !ljust) {
            Py.repeat(out, fill, width - len);
            width = len;
        }
        if (fill == ' ') {
            if (hasSign) {
                out.append(signChar);
            }
            if (prefix) {
                out.append(s, p, p + 2);
                p += 2;
            }
        }
        out.append(s, p, s.length());
        if (width > len) {
            Py.repeat(out, ' ', width - len);
        }
    }

    private String formatInt(Object v, int type, int prec, boolean alt) {
        BigInteger b;
        if (Py.isInt(v)) {
            b = Py.toBig(v);
        } else if (v instanceof Double d && type != 'o' && type != 'x' && type != 'X') {
            b = Py.toBig(IntParse.fromDouble(d));
        } else {
            Object idx = v instanceof String || v instanceof Double ? null : f.toIndexOrNull(v);
            if (idx == null) {
                throw FormatError.typeError("%" + (char) type + " format: "
                                + (type == 'o' || type == 'x' || type == 'X' ? "an integer" : "a real number")
                                + " is required, not " + Py.typeName(v, f));
            }
            b = Py.toBig(idx);
        }
        int radix = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
        String digits = b.abs().toString(radix);
        if (type == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder();
        if (b.signum() < 0) {
            sb.append('-');
        }
        if (alt && radix != 10) {
            sb.append('0').append(type == 'o' ? 'o' : (char) type);
        }
        if (prec > digits.length()) {
            sb.append("0".repeat(prec - digits.length()));
        }
        return sb.append(digits).toString();
    }

    private double toDouble(Object v) {
        if (v instanceof Double d) {
            return d;
        } else if (Py.isInt(v)) {
            return IntParse.toDouble(Py.toBig(v));
        } else if (!(v instanceof String)) {
            Double d = f.toFloatOrNull(v);
            if (d != null) {
                return d;
            }
            Object idx = f.toIndexOrNull(v);
            if (idx != null) {
                return IntParse.toDouble(Py.toBig(idx));
            }
        }
        throw FormatError.typeError("must be real number, not " + Py.typeName(v, f));
    }

    private String formatByteChar(Object v) {
        if (!Py.isInt(v)) {
            String b = v instanceof String ? null : f.bytesOrNull(v);
            if (b != null && b.length() == 1) {
                return b;
            }
            throw FormatError.typeError("%c requires an integer in range(256) or a single byte");
        }
        BigInteger b = Py.toBig(v);
        if (b.signum() < 0 || b.compareTo(BigInteger.valueOf(255)) > 0) {
            throw FormatError.overflowError("%c arg not in range(256)");
        }
        return String.valueOf((char) b.intValue());
    }

    private String formatChar(Object v) {
        if (v instanceof String s) {
            if (!s.isEmpty() && s.codePointCount(0, s.length()) == 1) {
                return s;
            }
            throw FormatError.typeError("%c requires int or char");
        }
        Object idx = Py.isInt(v) ? v : v instanceof Double ? null : f.toIndexOrNull(v);
        if (idx == null) {
            throw FormatError.typeError("%c requires int or char");
        }
        BigInteger b = Py.toBig(idx);
        if (b.signum() < 0 || b.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
            throw FormatError.overflowError("%c arg not in range(0x110000)");
        }
        return new String(Character.toChars(b.intValue()));
    }
}
