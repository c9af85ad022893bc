package org.kairos.builtins;

import org.kairos.runtime.PBuiltinFunction;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PDescriptors;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PException;
import org.kairos.runtime.Py;

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
        PBuiltinFunction f = new PBuiltinFunction(name, cls.name, spec, a -> {
            // unbound use such as str.upper(5): self must be an instance, as CPython's method descriptors check
            if (a.length > 0 && !Py.classOf(a[0]).isSubclassOf(cls)) {
                String owner = cls.isLibClass() ? cls.getModule() + "." + cls.qualname : cls.name;
                throw PException.typeError("descriptor '" + name + "' for '" + owner + "' objects doesn't apply to a '" + Py.typeName(a[0]) + "' object");
            }
            return impl.call(a);
        });
        put(cls, name, f);
        return f;
    }

    /**
     * A method, in Java, of a library class defined in Python (asyncio's Event, TaskGroup): like
     * the guest function it stands in for, it takes any self, so that {@code Event.set(5)} fails
     * on the attribute as in CPython instead of on the type of self.
     */
    public static PBuiltinFunction libMethod(PClass cls, String name, String spec, PBuiltinFunction.Impl impl) {
        PBuiltinFunction f = new PBuiltinFunction(name, cls.name, spec, impl);
        put(cls, name, f);
        return f;
    }

    /**
     * A frame object showing {@code code} at {@code line}, for the {@code cr_frame} of a coroutine
     * implemented in Java (its {@code f_code}, {@code f_lineno} and an empty {@code f_locals}).
     */
    public static Object frameAt(org.kairos.runtime.PCode code, int line) {
        return new GeneratorMethods.PTbFrame(code, line);
    }

    /** A static method such as {@code __new__} (first parameter is the class). */
    public static void staticMethod(PClass cls, String name, String spec, PBuiltinFunction.Impl impl) {
        PBuiltinFunction.Impl checked = impl;
        if (name.equals("__new__")) {
            checked = a -> {
                if (a.length > 0 && !(a[0] instanceof PClass)) {
                    String owner = cls.isLibClass() ? cls.getModule() + "." + cls.qualname : cls.name;
                    throw PException.typeError(owner + ".__new__(X): X is not a type object (" + Py.typeName(a[0]) + ")");
                }
                return impl.call(a);
            };
        }
        put(cls, name, new PDescriptors.PStaticMethod(new PBuiltinFunction(name, cls.name, spec, checked)));
    }

    public static void classMethod(PClass cls, String name, String spec, PBuiltinFunction.Impl impl) {
        put(cls, name, new PDescriptors.PClassMethod(new PBuiltinFunction(name, cls.name, spec, impl)));
    }

    /** A read-only (setter null) or writable attribute implemented in Java. */
    public static void getset(PClass cls, String name, PDescriptors.PGetSet.Getter getter, PDescriptors.PGetSet.Setter setter) {
        put(cls, name, new PDescriptors.PGetSet(name, cls.name, getter, setter));
    }

    private static void put(PClass cls, String name, Object member) {
        assert cls.mayInstallMembers() : "member " + name + " of " + cls.name + " written outside the class's lazy installer";
        cls.ns.putStr(name, member);
    }
}
