package org.kairos.builtins;

import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.PBuiltinFunction;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PException;
import org.kairos.runtime.lib.PyLibError;

/** Glue between the pure-Java helpers in {@code runtime.lib} and Python exceptions. */
final class Lib {
    private Lib() {
    }

    static PException convert(PyLibError e) {
        for (PClass c : ExceptionClasses.ALL) {
            if (c.name.equals(e.type)) {
                return PException.raise(c, e.message);
            }
        }
        return PException.raise(ExceptionClasses.RuntimeError, e.message);
    }

    /** Like {@link Builtins#def} but turns {@link PyLibError}s into Python exceptions. */
    static PBuiltinFunction def(PDict ns, String name, String spec, PBuiltinFunction.Impl impl) {
        return Builtins.def(ns, name, spec, wrap(impl));
    }

    static PBuiltinFunction.Impl wrap(PBuiltinFunction.Impl impl) {
        return a -> {
            try {
                return impl.call(a);
            } catch (PyLibError e) {
                throw convert(e);
            }
        };
    }
}
