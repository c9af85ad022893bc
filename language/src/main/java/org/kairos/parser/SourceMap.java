package org.kairos.parser;

import java.util.Arrays;

/** Maps absolute char offsets to 1-based lines and 0-based columns, and builds {@link Ast.Pos} and errors. */
final class SourceMap {
    final String src;
    final String filename;
    private final int[] lineStarts;

    SourceMap(String src, String filename) {
        this.src = src;
        this.filename = filename;
        int n = 1;
        for (int i = 0; i < src.length(); i++) {
            if (src.charAt(i) == '\n') {
                n++;
            }
        }
        lineStarts = new int[n];
        int k = 1;
        for (int i = 0; i < src.length(); i++) {
            if (src.charAt(i) == '\n') {
                lineStarts[k++] = i + 1;
            }
        }
    }

    int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    int col(int offset) {
        return offset - lineStarts[line(offset) - 1];
    }

    int lineCount() {
        return lineStarts.length;
    }

    /** The text of a 1-based line, without its line terminator. */
    String lineText(int line) {
        if (line < 1 || line > lineStarts.length) {
            return null;
        }
        int s = lineStarts[line - 1];
        int e = src.indexOf('\n', s);
        if (e < 0) {
            e = src.length();
        }
        if (e > s && src.charAt(e - 1) == '\r') {
            e--;
        }
        return src.substring(s, e);
    }

    Ast.Pos pos(int start, int end) {
        return new Ast.Pos(line(start), col(start), line(end), col(end), start, end);
    }

    /** An error spanning offsets {@code [start, end)}, reported with CPython's 1-based columns. */
    PySyntaxError error(String type, String msg, int start, int end) {
        int l = line(start);
        int endLine = line(end);
        int endCol = col(end) + 1;
        if (end > start && src.charAt(end - 1) == '\n') {
            // a NEWLINE token ends on its own line, not at the start of the next one
            endLine = line(end - 1);
            endCol = col(end - 1) + 2;
        }
        return new PySyntaxError(type, msg, filename, l, col(start) + 1, endLine, endCol, lineText(l));
    }

    PySyntaxError error(String msg, int start, int end) {
        return error("SyntaxError", msg, start, end);
    }

    /** An error with explicit 1-based line/columns (for CPython's odd positions). */
    PySyntaxError errorAt(String type, String msg, int line, int col, int endLine, int endCol) {
        return new PySyntaxError(type, msg, filename, line, col, endLine, endCol, lineText(line));
    }
}
