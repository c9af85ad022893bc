package org.kairos.runtime.text;

/**
 * A Python-level error raised by the text helpers. The runtime converts it into the Python
 * exception named by {@link #type} with {@link #message} as its single argument.
 */
public final class FormatError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Python exception class name, e.g. {@code "ValueError"}, {@code "TypeError"}, {@code "KeyError"}. */
    public final String type;
    /** Exact CPython message text (for KeyError this is the repr of the key, as {@code str(KeyError)} shows). */
    public final String message;

    public FormatError(String type, String message) {
        super(type + ": " + message, null, false, false); // no stack trace: these are control flow for the interpreter
        this.type = type;
        this.message = message;
    }

    static FormatError valueError(String msg) {
        return new FormatError("ValueError", msg);
    }

    static FormatError typeError(String msg) {
        return new FormatError("TypeError", msg);
    }

    static FormatError overflowError(String msg) {
        return new FormatError("OverflowError", msg);
    }
}
