package org.kairos.parser;

import java.util.ArrayList;
import java.util.List;

import org.kairos.parser.Ast.*;
import org.kairos.parser.Token.Kind;

/**
 * Parses the body of one f-string literal into Constant and FormattedValue parts. Replacement fields are delimited
 * with a sub-tokenizer over the real source range (so quotes, brackets and nested f-strings are handled by the normal
 * tokenizer, PEP 701 style) and parsed with a sub-parser, which keeps every node's position absolute.
 */
final class FStringParser {
    private final Parser outer;
    private final SourceMap map;
    private final String src;
    private final boolean raw;

    FStringParser(Parser outer, boolean raw) {
        this.outer = outer;
        this.map = outer.map;
        this.src = map.src;
        this.raw = raw;
    }

    /** Appends the parts of the body {@code [from, to)} to {@code out}. */
    void parse(int from, int to, List<Expr> out) {
        parseParts(from, to, false, out);
    }

    /** Parses literal text and fields up to {@code to} (or, in a format spec, up to its closing '}'); returns the stop offset. */
    private int parseParts(int i, int to, boolean inSpec, List<Expr> out) {
        int litStart = i;
        StringBuilder lit = new StringBuilder();
        while (i < to) {
            char c = src.charAt(i);
            if (c == '}' && inSpec) {
                break;
            }
            if (c == '{') {
                if (!inSpec && i + 1 < to && src.charAt(i + 1) == '{') {
                    lit.append('{');
                    i += 2;
                    continue;
                }
                flush(lit, litStart, i, out);
                i = parseField(i, to, out);
                litStart = i;
                continue;
            }
            if (c == '}') {
                // the tokenizer has verified it is doubled
                lit.append('}');
                i += 2;
                continue;
            }
            if (c == '\\' && !raw && i + 1 < to && src.charAt(i + 1) != '{' && src.charAt(i + 1) != '}') {
                // decode one escape sequence (\N{...} contains braces, so find its end first)
                int end = i + 2;
                if (src.charAt(i + 1) == 'N' && end < to && src.charAt(end) == '{') {
                    int close = src.indexOf('}', end);
                    end = close < 0 || close >= to ? to : close + 1;
                } else if (src.charAt(i + 1) == '\r' && end < to && src.charAt(end) == '\n') {
                    end++;
                } else {
                    char e = src.charAt(i + 1);
                    int n = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : (e >= '0' && e <= '7') ? 2 : 0;
                    for (int k = 0; k < n && end < to; k++) {
                        char d = src.charAt(end);
                        if (e >= '0' && e <= '7' ? (d < '0' || d > '7') : Character.digit(d, 16) < 0) {
                            break;
                        }
                        end++;
                    }
                }
                lit.append(StringDecoder.decodeStr(map, i, end, false));
                i = end;
                continue;
            }
            if (c == '\r') {
                lit.append('\n');
                i += (i + 1 < to && src.charAt(i + 1) == '\n') ? 2 : 1;
                continue;
            }
            lit.append(c);
            i++;
        }
        flush(lit, litStart, i, out);
        return i;
    }

    private void flush(StringBuilder lit, int start, int end, List<Expr> out) {
        if (lit.length() > 0) {
            out.add(new Constant(lit.toString(), map.pos(start, end)));
            lit.setLength(0);
        }
    }

    /** Parses one replacement field starting at its '{'; returns the offset after its '}'. */
    private int parseField(int open, int to, List<Expr> out) {
        int es = open + 1;
        Tokenizer sub = new Tokenizer(map, es, to, true);
        int depth = 0;
        Token t;
        while (true) {
            t = sub.next();
            if (t.kind() == Kind.ENDMARKER) {
                throw map.error("f-string: expecting '}'", t.start(), t.start());
            }
            if (depth == 0 && (t.is("}") || t.is(":") || t.is(":=") || t.is("!") || t.is("="))) {
                break;
            }
            switch (t.text()) {
                case "(", "[", "{" -> depth++;
                case ")", "]", "}" -> depth--;
                default -> {
                }
            }
        }
        int exprEnd = t.start();
        String selfDoc = null;
        if (t.is("=")) {
            t = sub.next();
            if (!(t.is("}") || t.is(":") || t.is(":=") || t.is("!"))) {
                throw map.error("f-string: expecting '}'", t.start(), t.start());
            }
            // the text keeps the whitespace around '=' exactly as written
            selfDoc = src.substring(es, t.start());
        }
        if (src.substring(es, exprEnd).isBlank()) {
            throw map.error("f-string: valid expression required before '" + t.text().charAt(0) + "'", t.start(), t.end());
        }
        if ((t.is(":") || t.is(":=")) && src.substring(es, exprEnd).strip().startsWith("lambda")
                        && new Tokenizer(map, es, exprEnd, true).next().is("lambda")) {
            throw map.error("f-string: lambda expressions are not allowed without parentheses", es + (src.substring(es, exprEnd).length() - src.substring(es, exprEnd).stripLeading().length()), t.end());
        }
        Parser p = new Parser(map, new Tokenizer(map, es, exprEnd, true));
        Expr value = p.yieldOrStarExpressions();
        if (p.peek().kind() != Kind.ENDMARKER) {
            throw p.syntaxError(p.peek());
        }
        if (value instanceof Lambda && (t.is(":") || t.is(":="))) {
            throw map.error("f-string: lambda expressions are not allowed without parentheses", es, exprEnd);
        }
        int conversion = -1;
        if (t.is("!")) {
            Token c = sub.next();
            if (c.kind() != Kind.NAME || c.start() != t.end()) {
                throw map.error("f-string: missing conversion character", c.start(), c.start());
            }
            if (!c.text().equals("s") && !c.text().equals("r") && !c.text().equals("a")) {
                throw map.error("f-string: invalid conversion character '" + c.text() + "': expected 's', 'r', or 'a'", c.start(), c.end());
            }
            conversion = c.text().charAt(0);
            t = sub.next();
            if (!(t.is("}") || t.is(":") || t.is(":="))) {
                throw map.error("f-string: expecting '}'", t.start(), t.start());
            }
        }
        JoinedStr spec = null;
        int end;
        if (t.is(":") || t.is(":=")) {
            int specStart = t.start() + 1;
            List<Expr> parts = new ArrayList<>();
            int close = parseParts(specStart, to, true, parts);
            if (close >= to) {
                throw map.error("f-string: expecting '}'", to, to);
            }
            // CPython's spec position includes the ':'
            spec = new JoinedStr(merge(parts), map.pos(t.start(), close));
            end = close + 1;
        } else {
            end = t.end();
        }
        if (selfDoc != null) {
            out.add(new Constant(selfDoc, map.pos(es, es + selfDoc.length())));
            if (conversion == -1 && spec == null) {
                conversion = 'r';
            }
        }
        out.add(new FormattedValue(value, conversion, spec, map.pos(open, end)));
        return end;
    }

    /** Merges adjacent Constant strings and drops empty ones, as CPython does. */
    static List<Expr> merge(List<Expr> values) {
        List<Expr> out = new ArrayList<>(values.size());
        for (Expr v : values) {
            if (v instanceof Constant c && c.value() instanceof String s) {
                if (s.isEmpty()) {
                    continue;
                }
                if (!out.isEmpty() && out.get(out.size() - 1) instanceof Constant prev && prev.value() instanceof String ps) {
                    out.set(out.size() - 1, new Constant(ps + s, Pos.span(prev.pos(), c.pos())));
                    continue;
                }
            }
            out.add(v);
        }
        return out;
    }
}
