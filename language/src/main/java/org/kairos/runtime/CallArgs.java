package org.kairos.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Argument unpacking errors of {@code f(*args, **kwargs)} calls, which CPython reports with the callee's name
 * ({@code __main__.f() argument after * must be an iterable, not int}).
 */
public final class CallArgs {
    private CallArgs() {
    }

    /**
     * Stands for keyword arguments that could not be built ({@code **} of a non-mapping, a repeated keyword): the
     * dict is built before the call, and only the call knows the callee's name for the error.
     */
    public record BadCall(String message) {
    }

    public static final String NOT_STRINGS = "keywords must be strings";

    /** CPython's {@code _PyObject_FunctionStr}: {@code module.qualname()}, or {@code qualname()} for builtins. */
    @TruffleBoundary
    public static String functionStr(Object callee) {
        Object qualname = Py.getAttrOrNull(callee, "__qualname__");
        if (!(qualname instanceof String q)) {
            return Py.typeName(callee) + " object";
        }
        Object module = Py.getAttrOrNull(callee, "__module__");
        if (module instanceof String m && !m.equals("builtins")) {
            return m + "." + q + "()";
        }
        return q + "()";
    }

    /** The positional arguments of a call: a tuple as built by the compiler, or the single {@code *} operand. */
    @TruffleBoundary
    public static Object[] positional(Object callee, Object args, Object kwargs) {
        if (kwargs instanceof BadCall bad) {
            // CPython names the callee except for non-string keys, which the call itself rejects
            throw PException.typeError(bad.message().equals(NOT_STRINGS) ? NOT_STRINGS : functionStr(callee) + " " + bad.message());
        }
        if (args instanceof PTuple t && t.cls == PClass.TUPLE) {
            return t.items;
        }
        if (!(args instanceof PList) && !(args instanceof String) && Py.classOf(args).lookup("__iter__") == null
                        && Py.classOf(args).lookup("__getitem__") == null) {
            throw PException.typeError(functionStr(callee) + " argument after * must be an iterable, not " + Py.typeName(args));
        }
        return Iteration.toArray(args);
    }
}
