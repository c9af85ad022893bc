package org.kairos.runtime.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Python {@code str} methods on Java Strings with CPython semantics.
 *
 * <p>All indices and lengths are in code points, as in Python; start/end arguments use slice semantics
 * (negative values count from the end, out-of-range values are clamped). Pass {@code Long.MAX_VALUE} for an
 * omitted end and 0 for an omitted start. Case mapping uses the JDK's Unicode tables with full (multi-character)
 * mappings; casefold and titlecase handle the common special cases.
 */
public final class StrMethods {
    private StrMethods() {
    }

    // ---------------------------------------------------------------------------------------------------------
    // index helpers

    private static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Clamped [start, end) in code points; end may be smaller than start. */
    private static long[] adjust(long start, long end, int len) {
        if (end > len) {
            end = len;
        } else if (end < 0) {
            end = Math.max(0, end + len);
        }
        if (start < 0) {
            start = Math.max(0, start + len);
        }
        return new long[]{start, end};
    }

    /** Char index of code point index {@code cp} (which must be within [0, cpLen]). */
    private static int charIndex(String s, boolean surr, long cp) {
        return surr ? s.offsetByCodePoints(0, (int) cp) : (int) cp;
    }

    private static int cpIndex(String s, boolean surr, int ci) {
        return surr ? s.codePointCount(0, ci) : ci;
    }

    // ---------------------------------------------------------------------------------------------------------
    // searching

    /** {@code s.find(sub, start, end)}. */
    public static long find(String s, String sub, long start, long end) {
        boolean surr = hasSurrogates(s);
        int len = surr ? Py.cpLen(s) : s.length();
        long[] r = adjust(start, end, len);
        int subLen = Py.cpLen(sub);
        if (r[1] - r[0] < subLen) {
            return -1;
        }
        int cs = charIndex(s, surr, r[0]);
        int ce = charIndex(s, surr, r[1]);
        int i = s.indexOf(sub, cs);
        return i >= 0 && i + sub.length() <= ce ? cpIndex(s, surr, i) : -1;
    }

    /** {@code s.rfind(sub, start, end)}. */
    public static long rfind(String s, String sub, long start, long end) {
        boolean surr = hasSurrogates(s);
        int len = surr ? Py.cpLen(s) : s.length();
        long[] r = adjust(start, end, len);
        int subLen = Py.cpLen(sub);
        if (r[1] - r[0] < subLen) {
            return -1;
        }
        int cs = charIndex(s, surr, r[0]);
        int ce = charIndex(s, surr, r[1]);
        int i = s.lastIndexOf(sub, ce - sub.length());
        return i >= cs ? cpIndex(s, surr, i) : -1;
    }

    /** {@code s.index(sub, start, end)}: ValueError "substring not found". */
    public static long index(String s, String sub, long start, long end) {
        long i = find(s, sub, start, end);
        if (i < 0) {
            throw FormatError.valueError("substring not found");
        }
        return i;
    }

    /** {@code s.rindex(sub, start, end)}. */
    public static long rindex(String s, String sub, long start, long end) {
        long i = rfind(s, sub, start, end);
        if (i < 0) {
            throw FormatError.valueError("substring not found");
        }
        return i;
    }

    /** {@code s.count(sub, start, end)}: non-overlapping occurrences. */
    public static long count(String s, String sub, long start, long end) {
        boolean surr = hasSurrogates(s);
        int len = surr ? Py.cpLen(s) : s.length();
        long[] r = adjust(start, end, len);
        if (r[1] < r[0]) {
            return 0;
        }
        if (sub.isEmpty()) {
            return r[1] - r[0] + 1;
        }
        int cs = charIndex(s, surr, r[0]);
        int ce = charIndex(s, surr, r[1]);
        long n = 0;
        for (int i = s.indexOf(sub, cs); i >= 0 && i + sub.length() <= ce; i = s.indexOf(sub, i + sub.length())) {
            n++;
        }
        return n;
    }

    /** {@code s.startswith(prefix, start, end)}; a tuple of prefixes is an array (true if any matches). */
    public static boolean startswith(String s, String[] prefixes, long start, long end) {
        for (String p : prefixes) {
            if (tailMatch(s, p, start, end, false)) {
                return true;
            }
        }
        return false;
    }

    /** {@code s.startswith(prefix, start, end)}. */
    public static boolean startswith(String s, String prefix, long start, long end) {
        return tailMatch(s, prefix, start, end, false);
    }

    /** {@code s.endswith(suffix, start, end)} for a tuple of suffixes. */
    public static boolean endswith(String s, String[] suffixes, long start, long end) {
        for (String p : suffixes) {
            if (tailMatch(s, p, start, end, true)) {
                return true;
            }
        }
        return false;
    }

    /** {@code s.endswith(suffix, start, end)}. */
    public static boolean endswith(String s, String suffix, long start, long end) {
        return tailMatch(s, suffix, start, end, true);
    }

    private static boolean tailMatch(String s, String sub, long start, long end, boolean atEnd) {
        boolean surr = hasSurrogates(s);
        int len = surr ? Py.cpLen(s) : s.length();
        long[] r = adjust(start, end, len);
        int subLen = Py.cpLen(sub);
        if (r[0] + subLen > r[1]) {
            return false; // also makes "" fail when start is past the end
        }
        int from = charIndex(s, surr, atEnd ? r[1] - subLen : r[0]);
        return s.startsWith(sub, from);
    }

    // ---------------------------------------------------------------------------------------------------------
    // replace / split / partition

    /** {@code s.replace(old, new, count)}; negative count means all. */
    public static String replace(String s, String old, String rep, long count) {
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        if (count == 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        if (old.isEmpty()) {
            // insert before every code point and at the end, up to count times
            int i = 0;
            long done = 0;
            while (i < s.length() && done < count) {
                sb.append(rep);
                done++;
                int cp = s.codePointAt(i);
                sb.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            if (done < count) {
                sb.append(rep);
            }
            sb.append(s, i, s.length());
            return sb.toString();
        }
        int i = 0;
        long done = 0;
        int j;
        while (done < count && (j = s.indexOf(old, i)) >= 0) {
            sb.append(s, i, j).append(rep);
            i = j + old.length();
            done++;
        }
        if (done == 0) {
            return s;
        }
        return sb.append(s, i, s.length()).toString();
    }

    /** {@code s.split(sep, maxsplit)}; {@code sep == null} splits on runs of whitespace. */
    public static List<String> split(String s, String sep, long maxsplit) {
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        List<String> out = new ArrayList<>();
        int n = s.length();
        if (sep == null) {
            int i = 0;
            while (maxsplit-- > 0) {
                while (i < n && isSpaceAt(s, i)) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                int j = i;
                while (i < n && !isSpaceAt(s, i)) {
                    i++;
                }
                out.add(s.substring(j, i));
            }
            if (i < n) {
                while (i < n && isSpaceAt(s, i)) {
                    i++;
                }
                if (i < n) {
                    out.add(s.substring(i));
                }
            }
            return out;
        }
        if (sep.isEmpty()) {
            throw FormatError.valueError("empty separator");
        }
        int i = 0;
        int j;
        while (maxsplit-- > 0 && (j = s.indexOf(sep, i)) >= 0) {
            out.add(s.substring(i, j));
            i = j + sep.length();
        }
        out.add(s.substring(i));
        return out;
    }

    /** {@code s.rsplit(sep, maxsplit)}. */
    public static List<String> rsplit(String s, String sep, long maxsplit) {
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        List<String> out = new ArrayList<>();
        if (sep == null) {
            int i = s.length();
            while (maxsplit-- > 0) {
                while (i > 0 && isSpaceAt(s, i - 1)) {
                    i--;
                }
                if (i == 0) {
                    break;
                }
                int j = i;
                while (i > 0 && !isSpaceAt(s, i - 1)) {
                    i--;
                }
                out.add(s.substring(i, j));
            }
            if (i > 0) {
                while (i > 0 && isSpaceAt(s, i - 1)) {
                    i--;
                }
                if (i > 0) {
                    out.add(s.substring(0, i));
                }
            }
        } else {
            if (sep.isEmpty()) {
                throw FormatError.valueError("empty separator");
            }
            int end = s.length();
            int j;
            while (maxsplit-- > 0 && end - sep.length() >= 0 && (j = s.lastIndexOf(sep, end - sep.length())) >= 0) {
                out.add(s.substring(j + sep.length(), end));
                end = j;
            }
            out.add(s.substring(0, end));
        }
        java.util.Collections.reverse(out);
        return out;
    }

    private static boolean isSpaceAt(String s, int i) {
        return IntParse.isSpace(s.charAt(i));
    }

    private static boolean isLineBreak(char c) {
        switch (c) {
            case '\n', '\r', 0x0b, 0x0c, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
                return true;
            default:
                return false;
        }
    }

    /** {@code s.splitlines(keepends)}. */
    public static List<String> splitlines(String s, boolean keepends) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (i < n && !isLineBreak(s.charAt(i))) {
                i++;
            }
            int eol = i;
            if (i < n) {
                if (s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i += 2;
                } else {
                    i++;
                }
                if (keepends) {
                    eol = i;
                }
            }
            out.add(s.substring(j, eol));
        }
        return out;
    }

    /** {@code s.partition(sep)} as a 3-element array. */
    public static String[] partition(String s, String sep) {
        if (sep.isEmpty()) {
            throw FormatError.valueError("empty separator");
        }
        int i = s.indexOf(sep);
        if (i < 0) {
            return new String[]{s, "", ""};
        }
        return new String[]{s.substring(0, i), sep, s.substring(i + sep.length())};
    }

    /** {@code s.rpartition(sep)}. */
    public static String[] rpartition(String s, String sep) {
        if (sep.isEmpty()) {
            throw FormatError.valueError("empty separator");
        }
        int i = s.lastIndexOf(sep);
        if (i < 0) {
            return new String[]{"", "", s};
        }
        return new String[]{s.substring(0, i), sep, s.substring(i + sep.length())};
    }

    // ---------------------------------------------------------------------------------------------------------
    // strip / prefix

    /** {@code s.strip(chars)}; {@code chars == null} strips whitespace. */
    public static String strip(String s, String chars) {
        return doStrip(s, chars, true, true);
    }

    /** {@code s.lstrip(chars)}. */
    public static String lstrip(String s, String chars) {
        return doStrip(s, chars, true, false);
    }

    /** {@code s.rstrip(chars)}. */
    public static String rstrip(String s, String chars) {
        return doStrip(s, chars, false, true);
    }

    private static String doStrip(String s, String chars, boolean left, boolean right) {
        int i = 0;
        int j = s.length();
        if (left) {
            while (i < j) {
                int cp = s.codePointAt(i);
                if (!stripped(cp, chars)) {
                    break;
                }
                i += Character.charCount(cp);
            }
        }
        if (right) {
            while (j > i) {
                int cp = s.codePointBefore(j);
                if (!stripped(cp, chars)) {
                    break;
                }
                j -= Character.charCount(cp);
            }
        }
        return s.substring(i, j);
    }

    private static boolean stripped(int cp, String chars) {
        if (chars == null) {
            return IntParse.isSpace(cp);
        }
        return cp < 0x10000 ? chars.indexOf(cp) >= 0 : chars.contains(new String(Character.toChars(cp)));
    }

    /** {@code s.removeprefix(prefix)}. */
    public static String removeprefix(String s, String prefix) {
        return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    }

    /** {@code s.removesuffix(suffix)}. */
    public static String removesuffix(String s, String suffix) {
        return !suffix.isEmpty() && s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
    }

    // ---------------------------------------------------------------------------------------------------------
    // padding

    private static int fillChar(String fill) {
        if (fill.isEmpty() || fill.codePointCount(0, fill.length()) != 1) {
            throw FormatError.typeError("The fill character must be exactly one character long");
        }
        return fill.codePointAt(0);
    }

    private static String pad(String s, int left, int right, int fill) {
        StringBuilder sb = new StringBuilder(s.length() + left + right);
        Py.repeat(sb, fill, left);
        sb.append(s);
        Py.repeat(sb, fill, right);
        return sb.toString();
    }

    /** {@code s.center(width, fillchar)}. */
    public static String center(String s, long width, String fillchar) {
        int fill = fillChar(fillchar);
        int len = Py.cpLen(s);
        if (width <= len) {
            return s;
        }
        long marg = width - len;
        // CPython puts the odd extra character on the left when both margin and width are odd.
        long left = marg / 2 + (marg & width & 1);
        return pad(s, (int) left, (int) (marg - left), fill);
    }

    /** {@code s.ljust(width, fillchar)}. */
    public static String ljust(String s, long width, String fillchar) {
        int fill = fillChar(fillchar);
        int len = Py.cpLen(s);
        return width <= len ? s : pad(s, 0, (int) (width - len), fill);
    }

    /** {@code s.rjust(width, fillchar)}. */
    public static String rjust(String s, long width, String fillchar) {
        int fill = fillChar(fillchar);
        int len = Py.cpLen(s);
        return width <= len ? s : pad(s, (int) (width - len), 0, fill);
    }

    /** {@code s.zfill(width)}: zeros go after a leading sign. */
    public static String zfill(String s, long width) {
        int len = Py.cpLen(s);
        if (width <= len) {
            return s;
        }
        String zeros = "0".repeat((int) (width - len));
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return s.charAt(0) + zeros + s.substring(1);
        }
        return zeros + s;
    }

    /** {@code s.expandtabs(tabsize)}: columns restart after \n and \r. */
    public static String expandtabs(String s, long tabsize) {
        StringBuilder sb = new StringBuilder(s.length());
        long col = 0;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                if (tabsize > 0) {
                    long n = tabsize - col % tabsize;
                    Py.repeat(sb, ' ', (int) n);
                    col += n;
                }
            } else {
                sb.appendCodePoint(cp);
                col = cp == '\n' || cp == '\r' ? 0 : col + 1;
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------------------
    // case mapping

    /** {@code s.upper()} (full mapping: 'ß' becomes "SS"). */
    public static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** {@code s.lower()} (full mapping with final-sigma rule). */
    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String cpString(int cp) {
        return new String(Character.toChars(cp));
    }

    private static boolean isCased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    private static boolean isCaseIgnorable(int cp) {
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.MODIFIER_LETTER,
                            Character.MODIFIER_SYMBOL:
                return true;
            default:
                return cp == '\'' || cp == '.' || cp == ':' || cp == 0xb7 || cp == 0x2019;
        }
    }

    /** Lower-case mapping of the code point at char index i of s, applying the final-sigma rule in context. */
    private static void appendLower(StringBuilder sb, String s, int i, int cp) {
        if (cp < 0x80) {
            sb.append(Character.toLowerCase((char) cp));
        } else if (cp == 0x3a3) {
            sb.append(finalSigma(s, i) ? '\u03c2' : '\u03c3');
        } else {
            sb.append(cpString(cp).toLowerCase(Locale.ROOT));
        }
    }

    private static boolean finalSigma(String s, int i) {
        int j = i;
        boolean casedBefore = false;
        while (j > 0) {
            int c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (!isCaseIgnorable(c)) {
                casedBefore = isCased(c);
                break;
            }
        }
        if (!casedBefore) {
            return false;
        }
        j = i + 1;
        while (j < s.length()) {
            int c = s.codePointAt(j);
            j += Character.charCount(c);
            if (!isCaseIgnorable(c)) {
                return !isCased(c);
            }
        }
        return true;
    }

    private static void appendUpper(StringBuilder sb, int cp) {
        if (cp < 0x80) {
            sb.append(Character.toUpperCase((char) cp));
        } else {
            sb.append(cpString(cp).toUpperCase(Locale.ROOT));
        }
    }

    /** SpecialCasing titlecase mappings that are not "upper-case first letter, lower-case the rest". */
    private static final java.util.Map<Integer, String> SPECIAL_TITLE = java.util.Map.of(
                    0x149, "\u02bcN", 0x1fb2, "\u1fba\u0345", 0x1fb4, "\u0386\u0345", 0x1fb7, "\u1fbc\u0342",
                    0x1fc2, "\u1fca\u0345", 0x1fc4, "\u0389\u0345", 0x1fc7, "\u1fcc\u0342", 0x1ff2, "\u1ffa\u0345",
                    0x1ff4, "\u038f\u0345", 0x1ff7, "\u1ffc\u0342");

    /**
     * Full titlecase mapping. {@code Character.toTitleCase} gives the simple mapping; multi-character cases
     * (ligatures like 'ß' and 'ﬁ') are derived from the full upper-case mapping with its tail lowered.
     */
    private static void appendTitle(StringBuilder sb, int cp) {
        int t = Character.toTitleCase(cp);
        if (t != cp || cp < 0x80) {
            sb.appendCodePoint(t);
            return;
        }
        String special = SPECIAL_TITLE.get(cp);
        if (special != null) {
            sb.append(special);
            return;
        }
        String up = cpString(cp).toUpperCase(Locale.ROOT);
        if (up.codePointCount(0, up.length()) > 1) {
            int first = up.codePointAt(0);
            sb.appendCodePoint(first);
            sb.append(up.substring(Character.charCount(first)).toLowerCase(Locale.ROOT));
        } else {
            sb.appendCodePoint(cp); // already titlecase (e.g. U+01C5) or uncased
        }
    }

    /** {@code s.swapcase()}. */
    public static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            if (Character.isUpperCase(cp)) {
                appendLower(sb, s, i, cp);
            } else if (Character.isLowerCase(cp)) {
                appendUpper(sb, cp);
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** {@code s.title()}: a cased character after another cased character is lowered, otherwise titled. */
    public static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            if (prevCased) {
                appendLower(sb, s, i, cp);
            } else {
                appendTitle(sb, cp);
            }
            prevCased = isCased(cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** {@code s.capitalize()}: first character titlecased, the rest lowered. */
    public static String capitalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            if (i == 0) {
                appendTitle(sb, cp);
            } else {
                appendLower(sb, s, i, cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** {@code s.casefold()}: approximated by per-character upper-then-lower, with the known exceptions. */
    public static String casefold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                sb.append(Character.toLowerCase((char) cp));
            } else if (cp == 0x1e9e) {
                sb.append("ss"); // capital sharp s
            } else if (cp == 0x131 || (cp >= 0x13a0 && cp <= 0x13f5)) {
                sb.appendCodePoint(cp); // dotless i and Cherokee capitals fold to themselves
            } else if (cp >= 0xab70 && cp <= 0xabbf) {
                sb.appendCodePoint(cp - 0xab70 + 0x13a0); // Cherokee small letters fold to capitals
            } else if (cp >= 0x13f8 && cp <= 0x13fd) {
                sb.appendCodePoint(cp - 8);
            } else {
                sb.append(cpString(cp).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------------------
    // predicates

    private interface CpTest {
        boolean test(int cp);
    }

    /** True if s is non-empty and every code point passes. */
    private static boolean all(String s, CpTest t) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            if (!t.test(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** Lo characters (CJK) that Python treats as numeric (Numeric_Type=Numeric), from Unicode 15.1. */
    private static final int[] NUMERIC_LO = {0x3405, 0x3483, 0x382a, 0x3b4d, 0x4e00, 0x4e03, 0x4e07, 0x4e09, 0x4e24,
        0x4e5d, 0x4e8c, 0x4e94, 0x4e96, 0x4eac, 0x4ebf, 0x4ec0, 0x4edf, 0x4ee8, 0x4f0d, 0x4f70, 0x4fe9, 0x5006, 0x5104,
        0x5146, 0x5169, 0x516b, 0x516d, 0x5341, 0x5343, 0x5344, 0x5345, 0x534c, 0x53c1, 0x53c2, 0x53c3, 0x53c4, 0x56db,
        0x58f1, 0x58f9, 0x5e7a, 0x5efe, 0x5eff, 0x5f0c, 0x5f0d, 0x5f0e, 0x5f10, 0x62d0, 0x62fe, 0x634c, 0x67d2, 0x6d1e,
        0x6f06, 0x7396, 0x767e, 0x7695, 0x79ed, 0x8086, 0x842c, 0x8cae, 0x8cb3, 0x8d30, 0x920e, 0x94a9, 0x9621, 0x9646,
        0x964c, 0x9678, 0x96f6, 0xf96b, 0xf973, 0xf978, 0xf9b2, 0xf9d1, 0xf9d3, 0xf9fd, 0x20001, 0x20064, 0x200e2,
        0x20121, 0x2092a, 0x20983, 0x2098c, 0x2099c, 0x20aea, 0x20afd, 0x20b19, 0x22390, 0x22998, 0x23b1b, 0x2626d,
        0x2f890};

    static boolean isDecimalCp(int cp) {
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** Digit property: decimals plus digit-valued No characters such as superscripts and circled digits. */
    static boolean isDigitCp(int cp) {
        if (isDecimalCp(cp)) {
            return true;
        }
        if (Character.getType(cp) != Character.OTHER_NUMBER) {
            return false;
        }
        int v = Character.getNumericValue(cp);
        return v >= 0 && v <= 9;
    }

    static boolean isNumericCp(int cp) {
        switch (Character.getType(cp)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            case Character.OTHER_LETTER:
                return Arrays.binarySearch(NUMERIC_LO, cp) >= 0;
            default:
                return false;
        }
    }

    /** {@code s.isdecimal()}. */
    public static boolean isdecimal(String s) {
        return all(s, StrMethods::isDecimalCp);
    }

    /** {@code s.isdigit()}. */
    public static boolean isdigit(String s) {
        return all(s, StrMethods::isDigitCp);
    }

    /** {@code s.isnumeric()}. */
    public static boolean isnumeric(String s) {
        return all(s, StrMethods::isNumericCp);
    }

    /** {@code s.isalpha()}: categories Lu, Ll, Lt, Lm, Lo. */
    public static boolean isalpha(String s) {
        return all(s, Character::isLetter);
    }

    /** {@code s.isalnum()}. */
    public static boolean isalnum(String s) {
        return all(s, cp -> Character.isLetter(cp) || isNumericCp(cp));
    }

    /** {@code s.isspace()}. */
    public static boolean isspace(String s) {
        return all(s, IntParse::isSpace);
    }

    /** {@code s.isascii()} (true for ""). */
    public static boolean isascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** {@code s.isprintable()} (true for ""). */
    public static boolean isprintable(String s) {
        return s.isEmpty() || all(s, StrRepr::isPrintable);
    }

    /** {@code s.islower()}: has a cased character and no upper/titlecase ones. */
    public static boolean islower(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                return false;
            }
            cased |= Character.isLowerCase(cp);
        }
        return cased;
    }

    /** {@code s.isupper()}. */
    public static boolean isupper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
                return false;
            }
            cased |= Character.isUpperCase(cp);
        }
        return cased;
    }

    /** {@code s.istitle()}: upper/titlecase only after uncased, lowercase only after cased characters. */
    public static boolean istitle(String s) {
        boolean cased = false;
        boolean prevCased = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                if (prevCased) {
                    return false;
                }
                prevCased = cased = true;
            } else if (Character.isLowerCase(cp)) {
                if (!prevCased) {
                    return false;
                }
                prevCased = cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    /** {@code s.isidentifier()}: XID_Start or '_' followed by XID_Continue (JDK identifier tables). */
    public static boolean isidentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
            return false;
        }
        for (int i = Character.charCount(first); i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp)) {
                return false;
            }
        }
        return true;
    }
}
