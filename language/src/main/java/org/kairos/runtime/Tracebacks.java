package org.kairos.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Builds traceback objects and formats exceptions exactly as CPython's traceback printer. */
public final class Tracebacks {
    private Tracebacks() {
    }

    /** Source text of loaded files, for the source lines printed in tracebacks. */
    private static final Map<String, String> SOURCES = new java.util.concurrent.ConcurrentHashMap<>();

    public static void registerSource(String filename, String text) {
        SOURCES.put(filename, text);
    }

    @TruffleBoundary
    public static Object tracebackObject(PBaseException e) {
        if (e.traceback == null || e.traceback.isEmpty()) {
            return PNone.NONE;
        }
        Object next = PNone.NONE;
        // innermost first in the list; the outermost object links to inner ones
        for (PBaseException.TracebackEntry te : visibleEntries(e.traceback)) {
            next = new PTraceback(te, next);
        }
        return next;
    }

    @TruffleBoundary
    public static List<String> formatException(PBaseException e) {
        List<String> out = new ArrayList<>();
        format(e, out, new IdentityHashMap<>());
        return out;
    }

    private static void format(PBaseException e, List<String> out, IdentityHashMap<Object, Boolean> seen) {
        seen.put(e, true);
        if (e.cause != null && !seen.containsKey(e.cause)) {
            format(e.cause, out, seen);
            out.add("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e.context != null && !e.suppressContext && !seen.containsKey(e.context)) {
            format(e.context, out, seen);
            out.add("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        if (e.traceback != null && !e.traceback.isEmpty()) {
            out.add("Traceback (most recent call last):\n");
            String last = null;
            int repeats = 0;
            List<PBaseException.TracebackEntry> entries = visibleEntries(e.traceback);
            for (int i = entries.size() - 1; i >= 0; i--) {
                PBaseException.TracebackEntry te = entries.get(i);
                int line = te.line();
                String entry = "  File \"" + te.filename() + "\", line " + line + ", in " + te.name() + "\n";
                if (entry.equals(last)) {
                    repeats++;
                    if (repeats >= 3) {
                        continue;
                    }
                } else {
                    flushRepeats(out, repeats);
                    repeats = 0;
                    last = entry;
                }
                out.add(entry);
                List<String> lines = TracebackCarets.of(te, line);
                if (lines != null) {
                    out.addAll(lines);
                } else {
                    String src = sourceLine(te.filename(), line);
                    if (src != null && !src.isBlank()) {
                        out.add("    " + src.strip() + "\n");
                    }
                }
            }
            flushRepeats(out, repeats);
        }
        out.add(formatExceptionOnlyWithNotes(e));
    }

    /**
     * The entries as CPython 3.12+ has them: list, set and dict comprehensions run inline in their
     * enclosing frame (PEP 709), so a comprehension's entry (innermost first in the list, its caller
     * next) becomes its caller's, at the position inside the comprehension.
     */
    static List<PBaseException.TracebackEntry> visibleEntries(List<PBaseException.TracebackEntry> entries) {
        List<PBaseException.TracebackEntry> out = null;
        PBaseException.TracebackEntry inlined = null;
        for (int i = 0; i < entries.size(); i++) {
            PBaseException.TracebackEntry te = entries.get(i);
            boolean comprehension = isInlinedComprehension(te) && i + 1 < entries.size();
            if (comprehension || inlined != null) {
                if (out == null) {
                    out = new ArrayList<>(entries.subList(0, i));
                }
                if (comprehension) {
                    if (inlined == null) {
                        inlined = te;
                    }
                    continue;
                }
                out.add(new PBaseException.TracebackEntry(inlined.bytecode(), inlined.bci(), te.name(), te.filename(), inlined.fixedLine(), te.code()));
                inlined = null;
            } else if (out != null) {
                out.add(te);
            }
        }
        return out == null ? entries : out;
    }

    private static boolean isInlinedComprehension(PBaseException.TracebackEntry te) {
        String n = te.name();
        return n.equals("<listcomp>") || n.equals("<setcomp>") || n.equals("<dictcomp>");
    }

    /**
     * Where {@code te}'s failing expression is: {line, end line, column, end column} (columns
     * 0-based, the end exclusive, as a FrameSummary's), or null when unknown.
     */
    @TruffleBoundary
    public static int[] position(PBaseException.TracebackEntry te) {
        com.oracle.truffle.api.source.SourceSection s = TracebackCarets.sectionOf(te);
        return s == null ? null : new int[]{s.getStartLine(), s.getEndLine(), s.getStartColumn() - 1, s.getEndColumn()};
    }

    /**
     * The source lines and carets CPython prints under a frame for an expression at
     * {@link #position} (each line with its newline), or null when the source is not there.
     */
    @TruffleBoundary
    public static List<String> sourceLines(String filename, int line, int endLine, int col, int endCol) {
        return TracebackCarets.of(filename, line, endLine, col, endCol);
    }

    /** CPython prints three identical frames, then a count of the rest. */
    private static void flushRepeats(List<String> out, int repeats) {
        if (repeats >= 3) {
            int more = repeats - 2;
            out.add("  [Previous line repeated " + more + " more time" + (more == 1 ? "" : "s") + "]\n");
        }
    }

    public static String formatExceptionOnlyWithNotes(PBaseException e) {
        StringBuilder sb = new StringBuilder();
        if (e.cls.isSubclassOf(ExceptionClasses.SyntaxError) && e.dict != null && e.dict.getStr("lineno") instanceof Long ln) {
            Object fn = e.dict.getStr("filename");
            sb.append("  File \"").append(fn instanceof String s ? s : "<string>").append("\", line ").append(ln).append('\n');
            Object text = e.dict.getStr("text");
            Object off = e.dict.getStr("offset");
            Object endOff = e.dict.getStr("end_offset");
            if (text instanceof String t) {
                String stripped = t.stripTrailing();
                int lead = stripped.length() - stripped.stripLeading().length();
                sb.append("    ").append(stripped.strip()).append('\n');
                if (off instanceof Long o && o > 0) {
                    long col = o - 1 - lead;
                    long width = endOff instanceof Long eo && eo > o ? eo - o : 1;
                    if (col < 0) {
                        col = 0;
                    }
                    sb.append("    ").append(" ".repeat((int) col)).append("^".repeat((int) Math.max(1, width))).append('\n');
                }
            }
            Object msg = e.dict.getStr("msg");
            sb.append(e.cls.name).append(": ").append(msg instanceof String m ? m : Py.str(e)).append('\n');
        } else {
            sb.append(Py.formatExceptionOnly(e)).append('\n');
        }
        Object notes = e.dict == null ? null : e.dict.getStr("__notes__");
        if (notes instanceof PList l) {
            for (int i = 0; i < l.size; i++) {
                Object n = l.items[i];
                sb.append(n instanceof String s ? s : Py.repr(n)).append('\n');
            }
        }
        return sb.toString();
    }

    @TruffleBoundary
    public static String sourceLine(String filename, int line) {
        if (line <= 0) {
            return null;
        }
        String text = SOURCES.get(filename);
        if (text == null) {
            try {
                java.nio.file.Path p = java.nio.file.Path.of(filename);
                if (java.nio.file.Files.isRegularFile(p)) {
                    text = java.nio.file.Files.readString(p);
                    SOURCES.put(filename, text);
                }
            } catch (Exception ex) {
                return null;
            }
        }
        if (text == null) {
            return null;
        }
        String[] lines = text.split("\n", -1);
        return line - 1 < lines.length ? lines[line - 1] : null;
    }

}
