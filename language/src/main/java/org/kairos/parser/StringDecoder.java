package org.kairos.parser;

import java.io.ByteArrayOutputStream;

/** Decodes the body of a (non-f) string or bytes literal: escape sequences, raw strings, CRLF normalization. */
final class StringDecoder {
    private StringDecoder() {
    }

    /** Decodes {@code src[from, to)} as str; a trailing lone backslash (before an f-string '{') is kept. */
    static String decodeStr(SourceMap map, int from, int to, boolean raw) {
        String src = map.src;
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = src.charAt(i);
            if (c == '\r') {
                // CPython reads source with universal newlines
                sb.append('\n');
                i += (i + 1 < to && src.charAt(i + 1) == '\n') ? 2 : 1;
                continue;
            }
            if (c != '\\' || raw || i + 1 >= to) {
                sb.append(c);
                i++;
                continue;
            }
            char e = src.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> {
                }
                case '\r' -> {
                    if (i < to && src.charAt(i) == '\n') {
                        i++;
                    }
                }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < to && src.charAt(i) >= '0' && src.charAt(i) <= '7'; k++) {
                        v = v * 8 + (src.charAt(i++) - '0');
                    }
                    sb.appendCodePoint(v);
                }
                case 'x', 'u', 'U' -> {
                    int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int v = hex(src, i, to, n);
                    if (v < 0) {
                        throw map.error("(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 2 - from) + "-" + (Math.min(i + n, to) - 1 - from)
                                        + ": truncated " + (e == 'x' ? "\\xXX" : e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX") + " escape", from, from);
                    }
                    if (v > 0x10FFFF) {
                        throw map.error("(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 2 - from) + "-" + (i + n - 1 - from)
                                        + ": illegal Unicode character", from, from);
                    }
                    sb.appendCodePoint(v);
                    i += n;
                }
                case 'N' -> {
                    int close = src.indexOf('}', i);
                    if (i < to && src.charAt(i) == '{' && close > 0 && close < to) {
                        String name = src.substring(i + 1, close);
                        try {
                            sb.appendCodePoint(Character.codePointOf(name));
                        } catch (IllegalArgumentException ex) {
                            throw map.error("(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 2 - from) + "-" + (close - from)
                                            + ": unknown Unicode character name", from, from);
                        }
                        i = close + 1;
                    } else {
                        throw map.error("(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 2 - from) + "-" + (i - 1 - from)
                                        + ": malformed \\N character escape", from, from);
                    }
                }
                default -> {
                    // unknown escapes are kept verbatim (CPython warns)
                    sb.append('\\').append(e);
                }
            }
        }
        return sb.toString();
    }

    private static int hex(String src, int i, int to, int n) {
        if (i + n > to) {
            return -1;
        }
        long v = 0;
        for (int k = 0; k < n; k++) {
            int d = Character.digit(src.charAt(i + k), 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) v;
    }

    /** Decodes a bytes literal body; {@code tokStart} locates errors. */
    static byte[] decodeBytes(SourceMap map, int from, int to, boolean raw, int tokStart) {
        String src = map.src;
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        int i = from;
        while (i < to) {
            char c = src.charAt(i);
            if (c >= 128) {
                throw map.error("bytes can only contain ASCII literal characters", tokStart, tokStart);
            }
            if (c == '\r') {
                out.write('\n');
                i += (i + 1 < to && src.charAt(i + 1) == '\n') ? 2 : 1;
                continue;
            }
            if (c != '\\' || raw || i + 1 >= to) {
                out.write(c);
                i++;
                continue;
            }
            char e = src.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> {
                }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < to && src.charAt(i) >= '0' && src.charAt(i) <= '7'; k++) {
                        v = v * 8 + (src.charAt(i++) - '0');
                    }
                    out.write(v & 0xFF);
                }
                case 'x' -> {
                    int v = hex(src, i, to, 2);
                    if (v < 0) {
                        throw map.error("(value error) invalid \\x escape at position " + (i - 2 - from), tokStart, tokStart);
                    }
                    out.write(v);
                    i += 2;
                }
                default -> {
                    out.write('\\');
                    if (e >= 128) {
                        throw map.error("bytes can only contain ASCII literal characters", tokStart, tokStart);
                    }
                    out.write(e);
                }
            }
        }
        return out.toByteArray();
    }
}
