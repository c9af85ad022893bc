package org.kairos.runtime.text;

/** {@code repr()} of str and bytes, {@code ascii()}, and the {@code str.isprintable} character rule. */
public final class StrRepr {
    private StrRepr() {
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * Python's printable rule: everything except categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs (but ' ' is
     * printable). Uses the JDK's Unicode tables, which may be a slightly different Unicode version.
     */
    public static boolean isPrintable(int cp) {
        if (cp < 0x7f) {
            return cp >= 0x20;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                            Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                            Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** {@code repr(s)}. */
    public static String repr(String s) {
        return quote(s, false);
    }

    /** {@code ascii(s)} for a str: like repr but every non-ASCII character is escaped. */
    public static String ascii(String s) {
        return quote(s, true);
    }

    private static String quote(String s, boolean asciiOnly) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(q);
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == q || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                hexEscape(sb, cp);
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (asciiOnly || !isPrintable(cp)) {
                hexEscape(sb, cp);
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.append(q).toString();
    }

    /** Appends an x, u or U hex escape, whichever is the shortest that fits. */
    static void hexEscape(StringBuilder sb, int cp) {
        int digits;
        if (cp <= 0xff) {
            sb.append("\\x");
            digits = 2;
        } else if (cp <= 0xffff) {
            sb.append("\\u");
            digits = 4;
        } else {
            sb.append("\\U");
            digits = 8;
        }
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX[(cp >> shift) & 0xf]);
        }
    }

    /** Escapes every non-ASCII character of an already computed repr; this is {@code ascii(obj)}. */
    public static String escapeNonAscii(String repr) {
        int i = 0;
        while (i < repr.length() && repr.charAt(i) < 0x80) {
            i++;
        }
        if (i == repr.length()) {
            return repr;
        }
        StringBuilder sb = new StringBuilder(repr.length() + 16);
        sb.append(repr, 0, i);
        while (i < repr.length()) {
            int cp = repr.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                sb.append((char) cp);
            } else {
                hexEscape(sb, cp);
            }
        }
        return sb.toString();
    }

    /** {@code repr(bytes)}: {@code b'...'} with the same quote choice as str. */
    public static String bytesRepr(byte[] b) {
        return bytesRepr(b, 0, b.length, "b");
    }

    /** Repr of {@code b[from..to)} with the given prefix (e.g. "b"; bytearray wraps the result itself). */
    public static String bytesRepr(byte[] b, int from, int to, String prefix) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int i = from; i < to; i++) {
            hasSingle |= b[i] == '\'';
            hasDouble |= b[i] == '"';
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(to - from + 3);
        sb.append(prefix).append(q);
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xff;
            if (c == q || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                hexEscape(sb, c);
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(q).toString();
    }
}
