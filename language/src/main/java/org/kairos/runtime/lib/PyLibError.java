package org.kairos.runtime.lib;

/**
 * A Python exception raised by the pure-Java library helpers. The runtime converts it into a real
 * Python exception of class {@link #type} whose {@code str()} is {@link #message}.
 */
public final class PyLibError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Python exception class name, e.g. {@code "ValueError"}. */
    public final String type;
    /** Exact CPython message text. */
    public final String message;

    public PyLibError(String pythonType, String message) {
        super(pythonType + ": " + message, null, false, false); // no stack trace: these are control flow
        this.type = pythonType;
        this.message = message;
    }

    static PyLibError valueError(String msg) {
        return new PyLibError("ValueError", msg);
    }

    static PyLibError typeError(String msg) {
        return new PyLibError("TypeError", msg);
    }

    static PyLibError overflow(String msg) {
        return new PyLibError("OverflowError", msg);
    }

    static PyLibError zeroDivision(String msg) {
        return new PyLibError("ZeroDivisionError", msg);
    }

    static PyLibError indexError(String msg) {
        return new PyLibError("IndexError", msg);
    }
}
