package org.kairos.parser;

/**
 * A syntax error found while tokenizing or parsing, carrying what CPython's {@code SyntaxError} carries so the
 * runtime can print the same report (file, line, caret, message).
 */
public final class PySyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** "SyntaxError", "IndentationError" or "TabError". */
    public final String type;
    public final String msg;
    public final String filename;
    /** 1-based line. */
    public final int line;
    /** 1-based column, like CPython's {@code SyntaxError.offset}. */
    public final int col;
    public final int endLine;
    public final int endCol;
    /** The offending source line without its newline (may be null). */
    public final String text;

    public PySyntaxError(String type, String msg, String filename, int line, int col, int endLine, int endCol, String text) {
        super(type + ": " + msg + " (" + filename + ", line " + line + ")");
        this.type = type;
        this.msg = msg;
        this.filename = filename;
        this.line = line;
        this.col = col;
        this.endLine = endLine;
        this.endCol = endCol;
        this.text = text;
    }
}
