package org.kairos.runtime.text;

import java.math.BigInteger;

/**
 * The format-spec mini-language ({@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}) and
 * {@code __format__} of the builtin types str, int, bool and float, following CPython 3.13.
 */
public final class FormatSpec {
    /** Fill code point (default space). */
    public final int fill;
    /** One of {@code < > ^ =}, or 0 when not given. */
    public final int align;
    /** One of {@code + - space}, or 0 when not given. */
    public final int sign;
    /** The 'z' flag: coerce negative zero to positive after rounding. */
    public final boolean noNegZero;
    /** The '#' flag. */
    public final boolean alternate;
    /** Minimum width, -1 when not given. */
    public final int width;
    /** ',' or '_', or 0 when not given. */
    public final int grouping;
    /** Precision, -1 when not given. */
    public final int precision;
    /** Presentation type code point; the per-type default ('s' for str, 'd' for int, 0 for float) if not given. */
    public final int type;

    private FormatSpec(int fill, int align, int sign, boolean noNegZero, boolean alternate, int width, int grouping,
                    int precision, int type) {
        this.fill = fill;
        this.align = align;
        this.sign = sign;
        this.noNegZero = noNegZero;
        this.alternate = alternate;
        this.width = width;
        this.grouping = grouping;
        this.precision = precision;
        this.type = type;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '^' || c == '=';
    }

    /**
     * Parses {@code spec}.
     *
     * @param defaultType type used when none is given ('s', 'd' or 0)
     * @param defaultAlign alignment of the type ('<' for str, '>' for numbers); decides how '0' behaves
     * @param typeName Python type name for the "Invalid format specifier" message
     */
    public static FormatSpec parse(String spec, int defaultType, int defaultAlign, String typeName) {
        int[] c = spec.codePoints().toArray();
        int n = c.length;
        int pos = 0;
        int fill = ' ';
        int align = 0;
        boolean fillGiven = false;
        boolean alignGiven = false;
        if (n >= 2 && isAlign(c[1])) {
            fill = c[0];
            align = c[1];
            fillGiven = alignGiven = true;
            pos = 2;
        } else if (n >= 1 && isAlign(c[0])) {
            align = c[0];
            alignGiven = true;
            pos = 1;
        }
        int sign = 0;
        if (pos < n && (c[pos] == '+' || c[pos] == '-' || c[pos] == ' ')) {
            sign = c[pos++];
        }
        boolean noNegZero = false;
        if (pos < n && c[pos] == 'z') {
            noNegZero = true;
            pos++;
        }
        boolean alternate = false;
        if (pos < n && c[pos] == '#') {
            alternate = true;
            pos++;
        }
        // Legacy '0' flag: zero fill; for numbers it also means sign-aware padding unless an alignment was given.
        if (!fillGiven && pos < n && c[pos] == '0') {
            fill = '0';
            if (!alignGiven && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }
        int start = pos;
        long width = 0;
        while (pos < n && c[pos] >= '0' && c[pos] <= '9') {
            width = width * 10 + (c[pos++] - '0');
            if (width > Integer.MAX_VALUE) {
                throw FormatError.valueError("Too many decimal digits in format string");
            }
        }
        if (pos == start) {
            width = -1;
        }
        int grouping = 0;
        if (pos < n && c[pos] == ',') {
            grouping = ',';
            pos++;
        }
        if (pos < n && c[pos] == '_') {
            if (grouping != 0) {
                throw FormatError.valueError("Cannot specify both ',' and '_'.");
            }
            grouping = '_';
            pos++;
        }
        if (pos < n && c[pos] == ',' && grouping == '_') {
            throw FormatError.valueError("Cannot specify both ',' and '_'.");
        }
        long precision = -1;
        if (pos < n && c[pos] == '.') {
            pos++;
            start = pos;
            precision = 0;
            while (pos < n && c[pos] >= '0' && c[pos] <= '9') {
                precision = precision * 10 + (c[pos++] - '0');
                if (precision > Integer.MAX_VALUE) {
                    throw FormatError.valueError("Too many decimal digits in format string");
                }
            }
            if (pos == start) {
                throw FormatError.valueError("Format specifier missing precision");
            }
        }
        if (n - pos > 1) {
            throw FormatError.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        int type = n - pos == 1 ? c[pos] : defaultType;
        if (grouping != 0) {
            switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
                    break;
                case 'b', 'o', 'x', 'X':
                    if (grouping == '_') {
                        break;
                    }
                    // fall through
                default:
                    throw FormatError.valueError("Cannot specify '" + (char) grouping + "' with "
                                    + (type > 32 && type < 128 ? "'" + (char) type + "'" : "'\\x" + Integer.toHexString(type) + "'")
                                    + ".");
            }
        }
        return new FormatSpec(fill, align, sign, noNegZero, alternate, (int) width, grouping, (int) precision, type);
    }

    static FormatError unknownType(int type, String typeName) {
        String code = type <= 127 ? String.valueOf((char) type) : "\\x" + Integer.toHexString(type);
        return FormatError.valueError("Unknown format code '" + code + "' for object of type '" + typeName + "'");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Dispatch

    /**
     * {@code format(value, spec)}: builtin str/int/bool/float are formatted here, any other object through
     * {@link ObjectFormatter#format}.
     */
    public static String format(Object value, String spec, ObjectFormatter f) {
        if (value instanceof String s) {
            return formatStr(s, spec);
        } else if (value instanceof Double d) {
            return formatFloat(d, spec);
        } else if (value instanceof Boolean b) {
            // bool inherits int.__format__, which returns str(self) for an empty spec
            return spec.isEmpty() ? (b ? "True" : "False") : formatInt(b, spec, "bool");
        } else if (value instanceof Long || value instanceof BigInteger || value instanceof Integer) {
            return formatInt(value, spec, "int");
        }
        return f.format(value, spec);
    }

    // ---------------------------------------------------------------------------------------------------------
    // str

    /** {@code str.__format__}. */
    public static String formatStr(String s, String spec) {
        if (spec.isEmpty()) {
            return s;
        }
        FormatSpec fs = parse(spec, 's', '<', "str");
        if (fs.type != 's') {
            throw unknownType(fs.type, "str");
        }
        if (fs.sign != 0) {
            throw FormatError.valueError(fs.sign == ' ' ? "Space not allowed in string format specifier"
                            : "Sign not allowed in string format specifier");
        }
        if (fs.noNegZero) {
            throw FormatError.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (fs.alternate) {
            throw FormatError.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (fs.align == '=') {
            throw FormatError.valueError("'=' alignment not allowed in string format specifier");
        }
        String v = fs.precision >= 0 ? Py.cpPrefix(s, fs.precision) : s;
        return fs.pad(v, '<');
    }

    /** Pads a complete field to the width according to the alignment ('=' is handled by callers). */
    private String pad(String v, int defaultAlign) {
        int len = Py.cpLen(v);
        if (width <= len) {
            return v;
        }
        int total = width - len;
        int a = align == 0 ? defaultAlign : align;
        int left = a == '>' ? total : a == '^' ? total / 2 : 0;
        StringBuilder sb = new StringBuilder(v.length() + total);
        Py.repeat(sb, fill, left);
        sb.append(v);
        Py.repeat(sb, fill, total - left);
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------------------
    // int

    /** {@code int.__format__} for a Long, Integer, BigInteger or Boolean; {@code typeName} is used in messages. */
    public static String formatInt(Object value, String spec, String typeName) {
        if (spec.isEmpty()) {
            return value instanceof Boolean b ? (b ? "True" : "False") : value.toString();
        }
        FormatSpec fs = parse(spec, 'd', '>', typeName);
        switch (fs.type) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
                return fs.formatLong(Py.toBig(value));
            case 'e', 'E', 'f', 'F', 'g', 'G', '%':
                return fs.formatDouble(IntParse.toDouble(Py.toBig(value)));
            default:
                throw unknownType(fs.type, typeName);
        }
    }

    private String formatLong(BigInteger v) {
        if (precision >= 0) {
            throw FormatError.valueError("Precision not allowed in integer format specifier");
        }
        if (noNegZero) {
            throw FormatError.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        String digits;
        String prefix = "";
        int groupSize = 3;
        if (type == 'c') {
            if (sign != 0) {
                throw FormatError.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (alternate) {
                throw FormatError.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (v.bitLength() > 63) {
                throw FormatError.overflowError("Python int too large to convert to C long");
            }
            if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                throw FormatError.overflowError("%c arg not in range(0x110000)");
            }
            return pad(new String(Character.toChars(v.intValue())), '>');
        }
        BigInteger abs = v.abs();
        switch (type) {
            case 'b' -> {
                digits = abs.toString(2);
                prefix = "0b";
                groupSize = 4;
            }
            case 'o' -> {
                digits = abs.toString(8);
                prefix = "0o";
                groupSize = 4;
            }
            case 'x' -> {
                digits = abs.toString(16);
                prefix = "0x";
                groupSize = 4;
            }
            case 'X' -> {
                digits = abs.toString(16).toUpperCase(java.util.Locale.ROOT);
                prefix = "0X";
                groupSize = 4;
            }
            default -> digits = abs.toString();
        }
        if (!alternate) {
            prefix = "";
        }
        return assemble(v.signum() < 0, prefix, digits, "", groupSize);
    }

    /**
     * Lays out a number: sign, prefix, grouped integer digits, remainder (fraction/exponent/'%'), then padding.
     * With fill '0' and '=' alignment the zero padding goes into the digit grouping, so separators appear in it.
     */
    private String assemble(boolean negative, String prefix, String intDigits, String rest, int groupSize) {
        String signStr = negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
        int a = align == 0 ? '>' : align;
        int minWidth = fill == '0' && a == '=' ? width - signStr.length() - prefix.length() - Py.cpLen(rest) : 0;
        String grouped = group(intDigits, grouping, groupSize, minWidth);
        int len = signStr.length() + prefix.length() + grouped.length() + Py.cpLen(rest);
        StringBuilder sb = new StringBuilder();
        int total = Math.max(0, width - len);
        if (a == '=') {
            sb.append(signStr).append(prefix);
            Py.repeat(sb, fill, total);
            sb.append(grouped).append(rest);
            return sb.toString();
        }
        int left = a == '>' ? total : a == '^' ? total / 2 : 0;
        Py.repeat(sb, fill, left);
        sb.append(signStr).append(prefix).append(grouped).append(rest);
        Py.repeat(sb, fill, total - left);
        return sb.toString();
    }

    /**
     * Inserts separators every {@code groupSize} digits from the right and left-pads with zeros until the result
     * is at least {@code minWidth} long (a separator may then be followed by padding zeros, as in CPython).
     */
    static String group(String digits, int sep, int groupSize, int minWidth) {
        if (digits.isEmpty()) {
            return "";
        }
        if (sep == 0) {
            return digits.length() >= minWidth ? digits : "0".repeat(minWidth - digits.length()) + digits;
        }
        StringBuilder rev = new StringBuilder();
        int remaining = digits.length();
        int mw = minWidth;
        boolean useSep = false;
        while (true) {
            int l = Math.min(groupSize, Math.max(Math.max(remaining, mw), 1));
            int zeros = Math.max(0, l - remaining);
            int chars = Math.max(0, Math.min(remaining, l));
            if (useSep) {
                rev.append((char) sep);
            }
            for (int i = 0; i < chars; i++) {
                rev.append(digits.charAt(remaining - 1 - i));
            }
            for (int i = 0; i < zeros; i++) {
                rev.append('0');
            }
            useSep = true;
            remaining -= chars;
            mw -= l;
            if (remaining <= 0 && mw <= 0) {
                break;
            }
            mw -= 1;
        }
        return rev.reverse().toString();
    }

    // ---------------------------------------------------------------------------------------------------------
    // float

    /** {@code float.__format__}. */
    public static String formatFloat(double d, String spec) {
        if (spec.isEmpty()) {
            return FloatRepr.repr(d);
        }
        FormatSpec fs = parse(spec, 0, '>', "float");
        switch (fs.type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
                return fs.formatDouble(d);
            default:
                throw unknownType(fs.type, "float");
        }
    }

    private String formatDouble(double d) {
        int t = type;
        int prec = precision;
        boolean addDot0 = false;
        int defaultPrecision = 6;
        if (t == 0) {
            // No type: repr-like without precision, otherwise 'g' that keeps at least one fractional digit.
            addDot0 = true;
            t = 'r';
            defaultPrecision = 0;
        } else if (t == 'n') {
            t = 'g';
        }
        boolean pct = t == '%';
        double a = Math.abs(d);
        if (pct) {
            t = 'f';
            a *= 100;
        }
        if (prec < 0) {
            prec = defaultPrecision;
        } else if (t == 'r') {
            t = 'g';
        }
        String body = FloatRepr.formatAbs(a, (char) t, prec, alternate, addDot0);
        if (pct) {
            body += "%";
        }
        boolean negative = !Double.isNaN(d) && (d < 0 || (d == 0 && 1 / d < 0));
        if (negative && noNegZero && Double.isFinite(d) && roundsToZero(body)) {
            negative = false;
        }
        int i = 0;
        while (i < body.length() && body.charAt(i) >= '0' && body.charAt(i) <= '9') {
            i++;
        }
        return assemble(negative, "", body.substring(0, i), body.substring(i), 3);
    }

    private static boolean roundsToZero(String body) {
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (ch == 'e' || ch == 'E') {
                break;
            }
            if (ch >= '1' && ch <= '9') {
                return false;
            }
        }
        return true;
    }
}
