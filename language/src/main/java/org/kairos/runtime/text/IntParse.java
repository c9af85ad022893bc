package org.kairos.runtime.text;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * {@code int(str, base)} and {@code float(str)} parsing, int/float conversions and {@code hex/oct/bin}, with
 * CPython's accepted syntax and error messages.
 */
public final class IntParse {
    private IntParse() {
    }

    /** {@code sys.get_int_max_str_digits()}; 0 disables the limit. The runtime may change it. */
    public static volatile int maxStrDigits = 4300;

    /**
     * Python's whitespace ({@code str.isspace}): Unicode White_Space plus the ASCII separators 0x1c-0x1f.
     */
    public static boolean isSpace(int c) {
        switch (c) {
            case '\t', '\n', 0x0b, 0x0c, '\r', 0x1c, 0x1d, 0x1e, 0x1f, ' ', 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f,
                            0x205f, 0x3000:
                return true;
            default:
                return c >= 0x2000 && c <= 0x200a;
        }
    }

    /** Maps Unicode whitespace to ' ' and Unicode decimal digits to ASCII, as int()/float() do first. */
    private static String toAscii(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                plain = false;
                break;
            }
        }
        if (plain) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                sb.append((char) cp);
            } else if (isSpace(cp)) {
                sb.append(' ');
            } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                sb.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                sb.append('?'); // any other non-ASCII character makes the literal invalid
            }
        });
        return sb.toString();
    }

    private static String truncatedRepr(String s) {
        String r = StrRepr.repr(s);
        return r.codePointCount(0, r.length()) > 200 ? Py.cpPrefix(r, 200) : r;
    }

    /**
     * {@code int(s, base)} for a str argument.
     *
     * @return Long, or BigInteger when outside the long range
     */
    public static Object parseInt(String s, int base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw FormatError.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        String t = toAscii(s);
        int n = t.length();
        int i = 0;
        while (i < n && isSpace(t.charAt(i))) {
            i++;
        }
        while (n > i && isSpace(t.charAt(n - 1))) {
            n--;
        }
        boolean neg = false;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            neg = t.charAt(i) == '-';
            i++;
        }
        int b = base;
        boolean mustBeZero = false;
        if (b == 0) {
            if (i + 1 < n && t.charAt(i) == '0') {
                char p = Character.toLowerCase(t.charAt(i + 1));
                b = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 10;
                // A leading zero without prefix is an old-style octal literal: only zero is allowed.
                mustBeZero = b == 10;
            } else {
                b = 10;
            }
        }
        if (i + 1 < n && t.charAt(i) == '0') {
            char p = Character.toLowerCase(t.charAt(i + 1));
            if ((b == 16 && p == 'x') || (b == 8 && p == 'o') || (b == 2 && p == 'b')) {
                i += 2;
                if (i < n && t.charAt(i) == '_') {
                    i++; // one underscore may follow the prefix
                }
            }
        }
        StringBuilder digits = new StringBuilder(n - i);
        boolean lastUnderscore = true; // also rejects a leading underscore
        for (; i < n; i++) {
            char c = t.charAt(i);
            if (c == '_') {
                if (lastUnderscore) {
                    throw invalidInt(s, base);
                }
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, 36);
            if (c >= 0x80 || d < 0 || d >= b) {
                throw invalidInt(s, base);
            }
            digits.append(c);
            lastUnderscore = false;
        }
        if (digits.isEmpty() || lastUnderscore) {
            throw invalidInt(s, base);
        }
        if (maxStrDigits > 0 && Integer.bitCount(b) != 1 && digits.length() > maxStrDigits) {
            throw FormatError.valueError("Exceeds the limit (" + maxStrDigits
                            + " digits) for integer string conversion: value has " + digits.length()
                            + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        BigInteger v = new BigInteger(digits.toString(), b);
        if (mustBeZero && v.signum() != 0) {
            throw invalidInt(s, base);
        }
        return Py.normalize(neg ? v.negate() : v);
    }

    private static FormatError invalidInt(String s, int base) {
        return FormatError.valueError("invalid literal for int() with base " + base + ": " + truncatedRepr(s));
    }

    /** {@code float(s)} for a str argument. */
    public static double parseFloat(String s) {
        String t = toAscii(s);
        int n = t.length();
        int i = 0;
        while (i < n && isSpace(t.charAt(i))) {
            i++;
        }
        while (n > i && isSpace(t.charAt(n - 1))) {
            n--;
        }
        String body = t.substring(i, n);
        Double d = parseFloatLiteral(body);
        if (d == null) {
            throw FormatError.valueError("could not convert string to float: " + StrRepr.repr(s));
        }
        return d;
    }

    /** Parses a stripped float literal; null if invalid. Underscores are only allowed between two digits. */
    private static Double parseFloatLiteral(String s) {
        int n = s.length();
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (i == 0 || i == n - 1 || !isAsciiDigit(s.charAt(i - 1)) || !isAsciiDigit(s.charAt(i + 1))) {
                    return null;
                }
            } else {
                sb.append(c);
            }
        }
        String t = sb.toString();
        int i = 0;
        boolean neg = false;
        if (i < t.length() && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            neg = t.charAt(i) == '-';
            i++;
        }
        String rest = t.substring(i).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return Double.NaN;
        }
        // digits [. digits] [e [sign] digits], at least one mantissa digit; checked by hand because
        // Double.parseDouble also accepts hex, 'd'/'f' suffixes and similar Java-only forms.
        int j = 0;
        int m = rest.length();
        int mant = 0;
        while (j < m && isAsciiDigit(rest.charAt(j))) {
            j++;
            mant++;
        }
        if (j < m && rest.charAt(j) == '.') {
            j++;
            while (j < m && isAsciiDigit(rest.charAt(j))) {
                j++;
                mant++;
            }
        }
        if (mant == 0) {
            return null;
        }
        if (j < m && rest.charAt(j) == 'e') {
            j++;
            if (j < m && (rest.charAt(j) == '+' || rest.charAt(j) == '-')) {
                j++;
            }
            int e = 0;
            while (j < m && isAsciiDigit(rest.charAt(j))) {
                j++;
                e++;
            }
            if (e == 0) {
                return null;
            }
        }
        if (j != m) {
            return null;
        }
        double v = Double.parseDouble(rest);
        return neg ? -v : v;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code float(int)}: correctly rounded; OverflowError when out of range. */
    public static double toDouble(BigInteger v) {
        double d = v.doubleValue();
        if (Double.isInfinite(d)) {
            throw FormatError.overflowError("int too large to convert to float");
        }
        return d;
    }

    /** {@code int(float)}: truncation toward zero; errors for inf and nan. Returns Long or BigInteger. */
    public static Object fromDouble(double d) {
        if (Double.isNaN(d)) {
            throw FormatError.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw FormatError.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.0e18) {
            return (long) d;
        }
        return Py.normalize(new BigDecimal(d).toBigInteger());
    }

    /** {@code hex(v)} for Long/BigInteger/Boolean, e.g. {@code -0x1f}. */
    public static String hex(Object v) {
        return radix(v, 16, "0x");
    }

    /** {@code oct(v)}, e.g. {@code 0o17}. */
    public static String oct(Object v) {
        return radix(v, 8, "0o");
    }

    /** {@code bin(v)}, e.g. {@code -0b101}. */
    public static String bin(Object v) {
        return radix(v, 2, "0b");
    }

    private static String radix(Object v, int radix, String prefix) {
        if (v instanceof Long l) {
            long x = l;
            // Long.MIN_VALUE has no positive counterpart; its unsigned rendering is the right magnitude.
            String digits = Long.toUnsignedString(x < 0 ? -x : x, radix);
            return (x < 0 ? "-" : "") + prefix + digits;
        }
        BigInteger b = Py.toBig(v);
        return (b.signum() < 0 ? "-" : "") + prefix + b.abs().toString(radix);
    }
}
