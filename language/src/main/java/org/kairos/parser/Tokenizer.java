package org.kairos.parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns Python source into tokens on demand. Produces NEWLINE only for logical lines (blank and comment lines are
 * dropped, so there is no NL), INDENT/DEDENT from an indentation stack, and one STRING token per literal, f-strings
 * included: the f-string's nested replacement fields are only scanned here to find where the literal ends, and
 * parsed later by {@link FStringParser} with a sub-tokenizer over the same source range, so positions stay absolute.
 */
final class Tokenizer {
    private final SourceMap map;
    private final String src;
    private final int limit;
    private int p;
    /** Expression mode: a range inside an f-string, tokenized as if inside brackets (no NEWLINE/INDENT). */
    private final boolean exprMode;

    private final List<Integer> indents = new ArrayList<>();
    /** Indentation measured with tab size 1, to detect inconsistent tabs/spaces (TabError). */
    private final List<Integer> altIndents = new ArrayList<>();
    private final ArrayDeque<Token> pending = new ArrayDeque<>();
    /** Open brackets: char and offset. */
    private final ArrayDeque<int[]> parens = new ArrayDeque<>();
    private boolean atLineStart = true;
    private boolean sawTokenOnLine;
    private boolean done;
    private PySyntaxError failed;

    Tokenizer(SourceMap map) {
        this(map, 0, map.src.length(), false);
    }

    Tokenizer(SourceMap map, int from, int to, boolean exprMode) {
        this.map = map;
        this.src = map.src;
        this.p = from;
        this.limit = to;
        this.exprMode = exprMode;
        indents.add(0);
        altIndents.add(0);
        if (exprMode) {
            atLineStart = false;
        }
    }

    /** Depth of open brackets, used by the parser to report "'(' was never closed". */
    int[] innermostOpenParen() {
        return parens.peek();
    }

    /** The tokenizer error raised so far, if any. */
    PySyntaxError failure() {
        return failed;
    }

    Token next() {
        if (failed != null) {
            throw failed;
        }
        try {
            return doNext();
        } catch (PySyntaxError e) {
            failed = e;
            throw e;
        }
    }

    private PySyntaxError err(String msg, int start, int end) {
        return map.error(msg, start, end);
    }

    private char at(int i) {
        return i < limit ? src.charAt(i) : '\0';
    }

    private Token doNext() {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        if (done) {
            return new Token(Token.Kind.ENDMARKER, "", limit, limit);
        }
        if (atLineStart && parens.isEmpty()) {
            Token t = handleIndentation();
            if (t != null) {
                return t;
            }
        }
        // skip whitespace, comments and continuation lines
        while (true) {
            char c = at(p);
            if (p >= limit) {
                break;
            }
            if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
                p++;
            } else if (c == '#') {
                while (p < limit && src.charAt(p) != '\n') {
                    p++;
                }
            } else if (c == '\\') {
                int q = p + 1;
                if (at(q) == '\r') {
                    q++;
                }
                if (at(q) == '\n') {
                    p = q + 1;
                } else if (q >= limit) {
                    throw err("unexpected EOF while parsing", p, p);
                } else {
                    throw err("unexpected character after line continuation character", p + 1, p + 1);
                }
            } else if (c == '\n' && (exprMode || !parens.isEmpty())) {
                p++;
            } else {
                break;
            }
        }
        if (p >= limit) {
            return atEof();
        }
        char c = src.charAt(p);
        if (c == '\n') {
            int s = p++;
            atLineStart = true;
            sawTokenOnLine = false;
            return new Token(Token.Kind.NEWLINE, "\n", s, s + 1);
        }
        sawTokenOnLine = true;
        int s = p;
        if (isIdStart(c)) {
            while (p < limit && isIdPart(src.charAt(p))) {
                p++;
            }
            if (at(p) == '\'' || at(p) == '"') {
                String prefix = src.substring(s, p).toLowerCase();
                if (isStringPrefix(prefix)) {
                    scanString(s, prefix);
                    return new Token(Token.Kind.STRING, src.substring(s, p), s, p);
                }
            }
            return new Token(Token.Kind.NAME, src.substring(s, p), s, p);
        }
        if (c == '\'' || c == '"') {
            scanString(s, "");
            return new Token(Token.Kind.STRING, src.substring(s, p), s, p);
        }
        if (isDigit(c) || (c == '.' && isDigit(at(p + 1)))) {
            scanNumber();
            return new Token(Token.Kind.NUMBER, src.substring(s, p), s, p);
        }
        String op = matchOperator();
        if (op != null) {
            p += op.length();
            switch (op) {
                case "(", "[", "{" -> parens.push(new int[]{op.charAt(0), s});
                case ")", "]", "}" -> {
                    if (parens.isEmpty()) {
                        if (exprMode) {
                            // inside an f-string field the closing '}' belongs to the f-string
                            return new Token(Token.Kind.OP, op, s, p);
                        }
                        throw err("unmatched '" + op + "'", s, s);
                    }
                    int[] open = parens.pop();
                    char expect = open[0] == '(' ? ')' : open[0] == '[' ? ']' : '}';
                    if (expect != op.charAt(0)) {
                        int ol = map.line(open[1]);
                        String m = "closing parenthesis '" + op + "' does not match opening parenthesis '" + (char) open[0] + "'";
                        if (ol != map.line(s)) {
                            m += " on line " + ol;
                        }
                        throw err(m, s, s);
                    }
                }
                default -> {
                }
            }
            return new Token(Token.Kind.OP, op, s, p);
        }
        int cp = src.codePointAt(p);
        if (cp > ' ' && cp < 127) {
            // stray ASCII like '$' or '?' is an error token: CPython reports plain "invalid syntax"
            throw err("invalid syntax", s, s + 1);
        }
        if (Character.isISOControl(cp) || Character.isSpaceChar(cp) && cp != ' ') {
            throw err(String.format("invalid non-printable character U+%04X", cp), s, s + 1);
        }
        throw err(String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(cp)), cp), s, s + 1);
    }

    private Token atEof() {
        if (!exprMode && !parens.isEmpty()) {
            // CPython reports the innermost unclosed bracket
            int[] open = parens.peek();
            int l = map.line(open[1]);
            throw map.errorAt("SyntaxError", "'" + (char) open[0] + "' was never closed", l, map.col(open[1]) + 1, l, 0);
        }
        done = true;
        if (!exprMode) {
            if (sawTokenOnLine) {
                pending.add(new Token(Token.Kind.NEWLINE, "", limit, limit));
                sawTokenOnLine = false;
            }
            for (int i = indents.size() - 1; i > 0; i--) {
                pending.add(new Token(Token.Kind.DEDENT, "", limit, limit));
            }
        }
        pending.add(new Token(Token.Kind.ENDMARKER, "", limit, limit));
        return pending.poll();
    }

    /** At the start of a line: skip blank/comment lines and emit INDENT/DEDENT tokens; null when unchanged. */
    private Token handleIndentation() {
        while (true) {
            int col = 0;
            int alt = 0;
            int s = p;
            while (p < limit) {
                char c = src.charAt(p);
                if (c == ' ') {
                    col++;
                    alt++;
                } else if (c == '\t') {
                    col = (col / 8 + 1) * 8;
                    alt++;
                } else if (c == '\f') {
                    col = 0;
                    alt = 0;
                } else {
                    break;
                }
                p++;
            }
            char c = at(p);
            if (p >= limit) {
                atLineStart = false;
                return null;
            }
            if (c == '#' || c == '\n' || c == '\r' || (c == '\\' && (at(p + 1) == '\n' || at(p + 1) == '\r'))) {
                // blank or comment-only line: no NEWLINE, no indentation change
                if (c == '\\') {
                    // a lone continuation line: CPython joins it with the next line; treat as blank
                    p += at(p + 1) == '\r' ? 3 : 2;
                    continue;
                }
                while (p < limit && src.charAt(p) != '\n') {
                    p++;
                }
                if (p < limit) {
                    p++;
                }
                continue;
            }
            atLineStart = false;
            int top = indents.get(indents.size() - 1);
            int altTop = altIndents.get(altIndents.size() - 1);
            int indentLen = p - s;
            if (col == top) {
                if (alt != altTop) {
                    throw tabError(s, indentLen);
                }
                return null;
            }
            if (col > top) {
                if (alt <= altTop) {
                    throw tabError(s, indentLen);
                }
                indents.add(col);
                altIndents.add(alt);
                return new Token(Token.Kind.INDENT, "", p, p);
            }
            while (indents.size() > 1 && indents.get(indents.size() - 1) > col) {
                indents.remove(indents.size() - 1);
                altIndents.remove(altIndents.size() - 1);
                pending.add(new Token(Token.Kind.DEDENT, "", p, p));
            }
            if (indents.get(indents.size() - 1) != col) {
                int l = map.line(p);
                throw map.errorAt("IndentationError", "unindent does not match any outer indentation level", l, indentLen + 2, l, -1);
            }
            if (altIndents.get(altIndents.size() - 1) != alt) {
                throw tabError(s, indentLen);
            }
            return pending.poll();
        }
    }

    private PySyntaxError tabError(int lineStart, int indentLen) {
        int l = map.line(lineStart);
        return map.errorAt("TabError", "inconsistent use of tabs and spaces in indentation", l, indentLen + 1, l, -1);
    }

    private static final String[] OPS = {"**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "+=", "-=", "*=",
                    "/=", "%=", "&=", "|=", "^=", "@=", "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",",
                    ":", ";", ".", "=", "!"};

    private String matchOperator() {
        for (String op : OPS) {
            if (src.startsWith(op, p) && p + op.length() <= limit) {
                return op;
            }
        }
        return null;
    }

    static boolean isIdStart(char c) {
        return c == '_' || (c < 128 ? Character.isLetter(c) : Character.isUnicodeIdentifierStart(c) || Character.isHighSurrogate(c));
    }

    static boolean isIdPart(char c) {
        return c == '_' || (c < 128 ? Character.isLetterOrDigit(c) : Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c)
                        || Character.isSurrogate(c));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isStringPrefix(String lower) {
        return switch (lower) {
            case "r", "u", "b", "br", "rb", "f", "fr", "rf" -> true;
            default -> false;
        };
    }

    // ------------------------------------------------------------------ numbers

    private void scanNumber() {
        int s = p;
        char c = src.charAt(p);
        if (c == '0' && (at(p + 1) == 'x' || at(p + 1) == 'X' || at(p + 1) == 'o' || at(p + 1) == 'O' || at(p + 1) == 'b' || at(p + 1) == 'B')) {
            char kind = Character.toLowerCase(at(p + 1));
            String name = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
            p += 2;
            int digits = 0;
            while (true) {
                char d = at(p);
                if (d == '_' && isRadixDigit(at(p + 1), kind)) {
                    p++;
                } else if (isRadixDigit(d, kind)) {
                    p++;
                    digits++;
                } else {
                    break;
                }
            }
            char d = at(p);
            if (digits == 0 || isIdPart(d) && !keywordFollows()) {
                if (kind != 'x' && isDigit(d)) {
                    throw err("invalid digit '" + d + "' in " + name + " literal", p, p + 1);
                }
                throw err("invalid " + name + " literal", p - 1, p - 1);
            }
            return;
        }
        boolean isFloat = false;
        if (c != '.') {
            scanDigits();
        }
        if (at(p) == '.') {
            isFloat = true;
            p++;
            if (isDigit(at(p))) {
                scanDigits();
            }
        }
        if ((at(p) == 'e' || at(p) == 'E') && (isDigit(at(p + 1)) || ((at(p + 1) == '+' || at(p + 1) == '-') && isDigit(at(p + 2))))) {
            isFloat = true;
            p += 2;
            scanDigits();
        }
        if (at(p) == 'j' || at(p) == 'J') {
            p++;
            isFloat = true;
        }
        if (isIdPart(at(p)) && !keywordFollows()) {
            throw err("invalid decimal literal", s, s);
        }
        if (!isFloat) {
            // leading zeros are only allowed for zero itself
            String t = src.substring(s, p).replace("_", "");
            if (t.length() > 1 && t.charAt(0) == '0' && !t.chars().allMatch(ch -> ch == '0')) {
                throw err("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", s, s + 1);
            }
        }
    }

    private void scanDigits() {
        while (true) {
            char d = at(p);
            if (isDigit(d)) {
                p++;
            } else if (d == '_' && isDigit(at(p + 1))) {
                p++;
            } else {
                if (d == '_') {
                    throw err("invalid decimal literal", p, p);
                }
                return;
            }
        }
    }

    /** {@code 1if x else y} is accepted (with a warning) by CPython: a keyword may directly follow a number. */
    private boolean keywordFollows() {
        for (String kw : new String[]{"and", "else", "for", "if", "in", "is", "not", "or"}) {
            if (src.startsWith(kw, p) && !isIdPart(at(p + kw.length()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRadixDigit(char d, char kind) {
        return switch (kind) {
            case 'x' -> isDigit(d) || (d >= 'a' && d <= 'f') || (d >= 'A' && d <= 'F');
            case 'o' -> d >= '0' && d <= '7';
            default -> d == '0' || d == '1';
        };
    }

    // ------------------------------------------------------------------ strings

    /** Scans a string literal whose prefix starts at {@code s}; leaves {@code p} after the closing quote. */
    private void scanString(int s, String prefix) {
        p = s + prefix.length();
        char q = src.charAt(p);
        boolean triple = at(p + 1) == q && at(p + 2) == q;
        int qs = p;
        p += triple ? 3 : 1;
        boolean raw = prefix.indexOf('r') >= 0;
        if (prefix.indexOf('f') >= 0) {
            p = scanFStringBody(s, p, q, triple, raw, false);
            p += triple ? 3 : 1;
            return;
        }
        while (true) {
            if (p >= limit) {
                throw unterminated(s, triple);
            }
            char c = src.charAt(p);
            if (c == '\\') {
                p += 2;
                if (p > limit) {
                    throw unterminated(s, triple);
                }
                continue;
            }
            if (c == '\n' && !triple) {
                throw unterminated(s, triple);
            }
            if (c == q && (!triple || (at(p + 1) == q && at(p + 2) == q))) {
                p += triple ? 3 : 1;
                return;
            }
            p++;
        }
    }

    private PySyntaxError unterminated(int s, boolean triple) {
        int detected = map.line(Math.min(p, limit));
        if (!triple && p < limit && src.charAt(p) == '\n') {
            detected = map.line(p);
        } else if (p >= limit && limit > 0 && src.charAt(limit - 1) == '\n') {
            detected = map.line(limit - 1);
        }
        String m = triple ? "unterminated triple-quoted string literal (detected at line " + detected + ")"
                        : "unterminated string literal (detected at line " + detected + ")";
        return err(m, s, s);
    }

    /**
     * Scans the literal part of an f-string (or of a format spec when {@code inSpec}) and returns the offset of the
     * closing quote (or of the '}' ending the spec).
     */
    private int scanFStringBody(int s, int i, char q, boolean triple, boolean raw, boolean inSpec) {
        while (true) {
            if (i >= limit) {
                p = i;
                throw unterminated(s, triple);
            }
            char c = src.charAt(i);
            if (c == q && (!triple || (at(i + 1) == q && at(i + 2) == q))) {
                if (inSpec) {
                    throw err("f-string: expecting '}'", s, s);
                }
                return i;
            }
            if (c == '\\' && at(i + 1) != '{' && at(i + 1) != '}') {
                i += 2;
                continue;
            }
            if (c == '\n' && !triple) {
                p = i;
                throw unterminated(s, triple);
            }
            if (c == '{') {
                if (!inSpec && at(i + 1) == '{') {
                    i += 2;
                    continue;
                }
                i = scanFExpr(s, i + 1, q, triple, raw);
                continue;
            }
            if (c == '}') {
                if (inSpec) {
                    return i;
                }
                if (at(i + 1) == '}') {
                    i += 2;
                    continue;
                }
                throw err("f-string: single '}' is not allowed", i, i);
            }
            i++;
        }
    }

    /** Scans one replacement field after its '{'; returns the offset after its closing '}'. */
    private int scanFExpr(int s, int i, char q, boolean triple, boolean raw) {
        int depth = 0;
        while (true) {
            if (i >= limit) {
                throw err("f-string: expecting '}'", s, s);
            }
            char c = src.charAt(i);
            if (c == q && !triple && depth == 0 && !(at(i + 1) == q)) {
                // the f-string's own closing quote: the field was never closed
                int nextQuote = src.indexOf(q, i + 1);
                int eol = src.indexOf('\n', i);
                if (nextQuote < 0 || nextQuote >= limit || (eol >= 0 && eol < nextQuote)) {
                    throw err("f-string: expecting '}'", i, i);
                }
            }
            switch (c) {
                case '(', '[', '{' -> {
                    depth++;
                    i++;
                }
                case ')', ']' -> {
                    depth--;
                    i++;
                }
                case '}' -> {
                    if (depth == 0) {
                        return i + 1;
                    }
                    depth--;
                    i++;
                }
                case ':' -> {
                    if (depth == 0) {
                        i = scanFStringBody(s, i + 1, q, triple, raw, true);
                        return i + 1;
                    }
                    i++;
                }
                case '#' -> {
                    while (i < limit && src.charAt(i) != '\n') {
                        i++;
                    }
                }
                case '\'', '"' -> {
                    int save = p;
                    p = i;
                    scanString(i, "");
                    i = p;
                    p = save;
                }
                default -> {
                    if (isIdStart(c)) {
                        int j = i;
                        while (j < limit && isIdPart(src.charAt(j))) {
                            j++;
                        }
                        if (at(j) == '\'' || at(j) == '"') {
                            String prefix = src.substring(i, j).toLowerCase();
                            if (isStringPrefix(prefix)) {
                                int save = p;
                                scanString(i, prefix);
                                j = p;
                                p = save;
                            }
                        }
                        i = j;
                    } else {
                        i++;
                    }
                }
            }
        }
    }
}
