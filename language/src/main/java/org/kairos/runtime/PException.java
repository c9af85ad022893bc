package org.kairos.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;

/** The Truffle throwable that carries a Python exception object ({@link PBaseException}). */
@ExportLibrary(InteropLibrary.class)
public final class PException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;
    public final PBaseException exc;

    public PException(PBaseException exc, Node location) {
        super(null, null, UNLIMITED_STACK_TRACE, location);
        this.exc = exc;
    }

    public PException(PBaseException exc) {
        this(exc, null);
    }

    @Override
    @TruffleBoundary
    public String getMessage() {
        return Py.formatExceptionOnly(exc);
    }

    @TruffleBoundary
    public static PException raise(PClass type, String message) {
        return new PException(new PBaseException(type, new Object[]{message}));
    }

    public static PException typeError(String message) {
        return raise(ExceptionClasses.TypeError, message);
    }

    public static PException valueError(String message) {
        return raise(ExceptionClasses.ValueError, message);
    }

    public static PException attributeError(String message) {
        return raise(ExceptionClasses.AttributeError, message);
    }

    public static PException indexError(String message) {
        return raise(ExceptionClasses.IndexError, message);
    }

    public static PException runtimeError(String message) {
        return raise(ExceptionClasses.RuntimeError, message);
    }

    @TruffleBoundary
    public static PException keyError(Object key) {
        return new PException(new PBaseException(ExceptionClasses.KeyError, new Object[]{key}));
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        PClass c = exc.cls;
        if (c.isSubclassOf(ExceptionClasses.SystemExit)) {
            return ExceptionType.EXIT;
        }
        return ExceptionType.RUNTIME_ERROR;
    }

    @ExportMessage
    boolean isExceptionIncompleteSource() {
        return false;
    }
}
