package org.kairos.builtins;

import org.kairos.runtime.Formatting;
import org.kairos.runtime.Ops;
import org.kairos.runtime.PBuiltinFunction;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PException;
import org.kairos.runtime.PNone;
import org.kairos.runtime.Py;
import org.kairos.runtime.text.FormatError;

/** Argument conversion and declaration helpers shared by the builtin types' method tables. */
final class TypeHelpers {
    private TypeHelpers() {
    }

    static final Object NI = PNone.NOT_IMPLEMENTED;

    /** Declares a method whose pure-Java helpers may throw {@link FormatError}; converts it to a Python exception. */
    static void m(PClass cls, String name, String spec, PBuiltinFunction.Impl impl) {
        Builtins.method(cls, name, spec, a -> {
            try {
                return impl.call(a);
            } catch (FormatError e) {
                throw Formatting.toPython(e);
            }
        });
    }

    static boolean missing(Object o) {
        return o == PNone.NO_VALUE || o == PNone.NONE;
    }

    /** A slice-like bound (start/end of find, count, index ...): None means the default. */
    static long bound(Object o, long dflt) {
        if (missing(o)) {
            return dflt;
        }
        if (o instanceof Double || o instanceof String || (!(o instanceof Long) && !(o instanceof Boolean) && Py.classOf(o).lookup("__index__") == null
                        && !(o instanceof java.math.BigInteger))) {
            throw PException.typeError("slice indices must be integers or None or have an __index__ method");
        }
        Object i = Py.index(o);
        if (i instanceof java.math.BigInteger b) {
            return b.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
        return (Long) i;
    }

    /** An integer argument (width, count, ...) as a long; CPython's "cannot be interpreted as an integer". */
    static long intArg(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof Double || o instanceof String || (!(o instanceof java.math.BigInteger) && Py.classOf(o).lookup("__index__") == null)) {
            throw PException.typeError("'" + Py.typeName(o) + "' object cannot be interpreted as an integer");
        }
        Object i = Py.index(o);
        if (i instanceof java.math.BigInteger) {
            throw PException.raise(org.kairos.runtime.ExceptionClasses.OverflowError, "Python int too large to convert to C ssize_t");
        }
        return (Long) i;
    }

    /**
     * A str argument of a builtin, else CPython's TypeError: "{fn}() argument {what} must be str,
     * not {type}" ({@code what} is a position or a quoted name; None shows as None).
     */
    static String strArg(Object o, String fn, String what) {
        if (o instanceof String s) {
            return s;
        }
        throw PException.typeError(fn + "() argument " + what + " must be str, not " + argTypeName(o));
    }

    /** The argument of a {@code __format__} method. */
    static String formatSpec(Object o) {
        if (o instanceof String s) {
            return s;
        }
        throw PException.typeError("__format__() argument must be str, not " + argTypeName(o));
    }

    /** The type of a bad argument as CPython's argument errors name it: None for None. */
    static String argTypeName(Object o) {
        return o == org.kairos.runtime.PNone.NONE ? "None" : Py.typeName(o);
    }

    static String strArg(Object o) {
        if (o instanceof String s) {
            return s;
        }
        throw PException.typeError("must be str, not " + Py.typeName(o));
    }

    /** Installs the six rich comparisons, delegating to the builtin comparison of the operands. */
    static void comparisons(PClass cls) {
        for (Ops.CmpOp op : Ops.CmpOp.values()) {
            Builtins.method(cls, op.name, "self, other, /", a -> Ops.builtinCompare(op, a[0], a[1]));
        }
    }

    /** Installs {@code __op__} and {@code __rop__} for the given operators via the builtin arithmetic. */
    static void arithmetic(PClass cls, Ops.BinOp... ops) {
        for (Ops.BinOp op : ops) {
            Builtins.method(cls, op.name, "self, other, /", a -> Ops.builtinBinary(op, a[0], a[1]));
            Builtins.method(cls, op.rname, "self, other, /", a -> Ops.builtinBinary(op, a[1], a[0]));
        }
    }
}
