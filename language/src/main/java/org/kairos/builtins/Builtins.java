package org.kairos.builtins;

import org.kairos.runtime.PBuiltinFunction;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PDescriptors;
import org.kairos.runtime.PDict;

/** Helpers to declare builtin functions, methods and attributes in Java. */
public final class Builtins {
    private Builtins() {
    }

    /** A module-level function: {@code spec} is its Python signature, e.g. "obj, /, default=?". */
    public static PBuiltinFunction def(PDict ns, String name, String spec, PBuiltinFunction.Impl impl) {
        PBuiltinFunction f = new PBuiltinFunction(name, null, spec, impl);
        ns.putStr(name, f);
        return f;
    }

    /** A method of a builtin class; the first parameter of {@code spec} is self. */
    public static PBuiltinFunction method(PClass cls, String name, String spec, PBuiltinFunction.Impl impl) {
        PBuiltinFunction f = new PBuiltinFunction(name, cls.name, spec, impl);
        cls.ns.putStr(name, f);
        return f;
    }

    /** A static method such as {@code __new__} (first parameter is the class). */
    public static void staticMethod(PClass cls, String name, String spec, PBuiltinFunction.Impl impl) {
        cls.ns.putStr(name, new PDescriptors.PStaticMethod(new PBuiltinFunction(name, cls.name, spec, impl)));
    }

    public static void classMethod(PClass cls, String name, String spec, PBuiltinFunction.Impl impl) {
        cls.ns.putStr(name, new PDescriptors.PClassMethod(new PBuiltinFunction(name, cls.name, spec, impl)));
    }

    /** A read-only (setter null) or writable attribute implemented in Java. */
    public static void getset(PClass cls, String name, PDescriptors.PGetSet.Getter getter, PDescriptors.PGetSet.Setter setter) {
        cls.ns.putStr(name, new PDescriptors.PGetSet(name, cls.name, getter, setter));
    }
}
