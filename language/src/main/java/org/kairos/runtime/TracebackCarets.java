package org.kairos.runtime;

import com.oracle.truffle.api.source.SourceSection;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.kairos.parser.Ast;
import org.kairos.parser.Parser;

/**
 * The source lines CPython 3.13's traceback printer shows for a frame: every line of the failing
 * expression (the instruction's position; long ones abbreviated), dedented, each followed by a
 * caret line when that helps: {@code ^} under the expression, or, for a call, a subscript or a
 * binary operation, {@code ~} under its operands and {@code ^} under the brackets or the operator
 * (the "anchors"). As in CPython there are no carets when the expression is the whole statement
 * and has no anchors, or when the statement is {@code return f(...)} or {@code name = <call>} with
 * the call as its whole value.
 */
final class TracebackCarets {
    private TracebackCarets() {
    }

    /** A position in the lines of a segment: line index and character offset. */
    private record At(int line, int col) {
    }

    /** The primary part of a segment: [left, right), positions in the segment's lines. */
    private record Anchors(At left, At right) {
    }

    /**
     * The lines to print under {@code te}'s "File" line (each with its newline, indented by four
     * spaces), or null when the entry has no columns: then only its first line is printed.
     */
    static List<String> of(PBaseException.TracebackEntry te, int line) {
        SourceSection s = sectionOf(te);
        if (s == null || s.getStartLine() != line) {
            return null;
        }
        return of(te.filename(), line, s.getEndLine(), s.getStartColumn() - 1, s.getEndColumn());
    }

    /** The source section of {@code te}'s failing instruction, or null when it has none. */
    static SourceSection sectionOf(PBaseException.TracebackEntry te) {
        if (te.bytecode() == null || te.fixedLine() > 0) {
            return null;
        }
        SourceSection s = te.bytecode().getSourceLocation(te.bci());
        return s == null || !s.isAvailable() || s.getEndLine() < s.getStartLine() ? null : s;
    }

    /**
     * The same for an expression of {@code filename} from line {@code line}, column {@code col}
     * to line {@code endLine}, column {@code endCol} (0-based, end exclusive, as a FrameSummary's
     * colno and end_colno), or null when the lines are not there.
     */
    static List<String> of(String filename, int line, int endLine, int col, int endCol) {
        if (endLine < line) {
            return null;
        }
        List<String> original = new ArrayList<>();
        for (int l = line; l <= endLine; l++) {
            String text = Tracebacks.sourceLine(filename, l);
            original.add(text == null ? "" : text.stripTrailing());
        }
        List<String> all = dedent(original);
        if (String.join("", all).isBlank()) {
            return List.of();
        }
        int dedented = original.get(0).length() - all.get(0).length();
        int start = Math.max(0, col - dedented);
        int end = Math.max(0, endCol - dedented);
        int last = all.size() - 1;
        if (start > all.get(0).length() || end > all.get(last).length()) {
            return null;
        }
        String joined = String.join("\n", all);
        int segEnd = joined.length() - (all.get(last).length() - end);
        if (start > segEnd) {
            return null;
        }
        String segment = joined.substring(start, segEnd);
        Anchors anchors = anchors(segment);
        boolean show = showCarets(all, start, end, anchors);

        TreeSet<Integer> significant = new TreeSet<>(List.of(0, last));
        Anchors inLines = null;
        if (anchors != null) {
            // anchor columns on the segment's first line count from the segment's start
            inLines = new Anchors(shift(anchors.left, start), shift(anchors.right, start));
            for (int d = -1; d <= 1; d++) {
                significant.add(inLines.left.line + d);
                significant.add(inLines.right.line + d);
            }
        }
        significant.remove(-1);
        significant.remove(all.size());

        List<String> result = new ArrayList<>();
        int previous = -1;
        for (int i : significant) {
            if (previous >= 0) {
                if (i - previous == 2) {
                    outputLine(result, all, i - 1, show, start, end, inLines);
                } else if (i - previous > 2) {
                    result.add("...<" + (i - previous - 1) + " lines>...");
                }
            }
            outputLine(result, all, i, show, start, end, inLines);
            previous = i;
        }
        List<String> out = new ArrayList<>();
        for (String r : dedent(result)) {
            out.add("    " + r + "\n");
        }
        return out;
    }

    /** {@code at} in the segment's lines as a position in the frame's lines (the segment starts at {@code start}). */
    private static At shift(At at, int start) {
        return at.line == 0 ? new At(0, at.col + start) : at;
    }

    /** Line {@code i} of the frame's lines and, if {@code show}, its carets; {@code anchors} in the frame's lines or null. */
    private static void outputLine(List<String> result, List<String> all, int i, boolean show, int start, int end, Anchors anchors) {
        String text = all.get(i);
        result.add(text);
        if (!show) {
            return;
        }
        int spaces = text.length() - text.stripLeading().length();
        int n = i == all.size() - 1 ? end : text.length();
        StringBuilder carets = new StringBuilder();
        for (int col = 0; col < n; col++) {
            if (col < spaces || (i == 0 && col < start)) {
                carets.append(' ');
            } else if (anchors == null) {
                carets.append('^');
            } else {
                boolean afterLeft = i > anchors.left.line || (i == anchors.left.line && col >= anchors.left.col);
                boolean beforeRight = i < anchors.right.line || (i == anchors.right.line && col < anchors.right.col);
                carets.append(afterLeft && beforeRight ? '^' : '~');
            }
        }
        result.add(carets.toString());
    }

    /** textwrap.dedent: the common leading whitespace of the non-blank lines removed; blank lines emptied. */
    private static List<String> dedent(List<String> lines) {
        String margin = null;
        for (String l : lines) {
            if (l.isBlank()) {
                continue;
            }
            String lead = l.substring(0, l.length() - l.stripLeading().length());
            if (margin == null) {
                margin = lead;
            } else {
                int k = 0;
                while (k < margin.length() && k < lead.length() && margin.charAt(k) == lead.charAt(k)) {
                    k++;
                }
                margin = margin.substring(0, k);
            }
        }
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            out.add(l.isBlank() ? "" : l.substring(margin == null ? 0 : margin.length()));
        }
        return out;
    }

    /** The anchors of a call, a subscript or a binary operation; null for other segments. */
    private static Anchors anchors(String segment) {
        Ast.Module m;
        try {
            // in brackets, so that an expression over several lines parses
            m = Parser.parseModule("(\n" + segment + "\n)", "<traceback>");
        } catch (RuntimeException notAnExpression) {
            return null;
        }
        if (m.body().size() != 1 || !(m.body().get(0) instanceof Ast.ExprStmt stmt)) {
            return null;
        }
        String[] lines = segment.split("\n", -1);
        try {
            switch (stmt.value()) {
                case Ast.BinOp bo -> {
                    At at = untilChar(lines, validEnd(lines, bo.left()), c -> !Character.isWhitespace(c) && c != ')');
                    int right = at.col + 1;
                    String text = lines[at.line];
                    Ast.Pos rp = bo.right().pos();
                    if (right < text.length() && (rp.line() - 2 > at.line || right < rp.col()) && !Character.isWhitespace(text.charAt(right)) &&
                                    text.charAt(right) != '\\' && text.charAt(right) != '#') {
                        right++;
                    }
                    return new Anchors(at, new At(at.line, right));
                }
                case Ast.Subscript sub -> {
                    At left = untilChar(lines, validEnd(lines, sub.value()), c -> c == '[');
                    return new Anchors(left, endOf(sub));
                }
                case Ast.Call call -> {
                    At left = untilChar(lines, validEnd(lines, call.func()), c -> c == '(');
                    return new Anchors(left, endOf(call));
                }
                default -> {
                    return null;
                }
            }
        } catch (IndexOutOfBoundsException malformed) {
            return null;
        }
    }

    private interface CharTest {
        boolean test(char c);
    }

    /** The end of {@code e} in the segment's lines (the parse added a line before it). */
    private static At endOf(Ast.Expr e) {
        return new At(e.pos().endLine() - 2, e.pos().endCol());
    }

    /** The end of {@code e}, moved to the next character that exists (over line ends). */
    private static At validEnd(String[] lines, Ast.Expr e) {
        At at = endOf(e);
        return nextValid(lines, at.line, at.col);
    }

    private static At nextValid(String[] lines, int line, int col) {
        int l = line;
        int c = col;
        while (l < lines.length && c >= lines[l].length()) {
            c = 0;
            l++;
        }
        if (l >= lines.length) {
            throw new IndexOutOfBoundsException();
        }
        return new At(l, c);
    }

    /** The first character from {@code at} on that passes {@code stop}, skipping comments and line continuations. */
    private static At untilChar(String[] lines, At at, CharTest stop) {
        At p = at;
        while (true) {
            char ch = lines[p.line].charAt(p.col);
            if (ch == '\\' || ch == '#') {
                p = nextValid(lines, p.line + 1, 0);
            } else if (!stop.test(ch)) {
                p = nextValid(lines, p.line, p.col + 1);
            } else {
                return p;
            }
        }
    }

    /** CPython's _should_show_carets for the dedented lines {@code all} of a statement (or part of one). */
    private static boolean showCarets(List<String> all, int start, int end, Anchors anchors) {
        try {
            Ast.Module m = Parser.parseModule(String.join("\n", all), "<traceback>");
            if (m.body().isEmpty()) {
                return false;
            }
            Ast.Expr value = switch (m.body().get(0)) {
                case Ast.Return r when r.value() instanceof Ast.Call c && c.func() instanceof Ast.Name -> r.value();
                case Ast.Assign a when a.value() instanceof Ast.Call && a.targets().size() == 1 && a.targets().get(0) instanceof Ast.Name -> a.value();
                default -> null;
            };
            if (value != null) {
                Ast.Pos p = value.pos();
                if (p.line() == 1 && p.endLine() == all.size() && p.col() == start && p.endCol() == end) {
                    return false;
                }
            }
        } catch (RuntimeException notAStatement) {
            // a line of a bigger statement: decided by the anchors and the rest of the line alone
        }
        if (anchors != null) {
            return true;
        }
        return !all.get(0).substring(0, Math.min(start, all.get(0).length())).isBlank() ||
                        !all.get(all.size() - 1).substring(Math.min(end, all.get(all.size() - 1).length())).isBlank();
    }
}
