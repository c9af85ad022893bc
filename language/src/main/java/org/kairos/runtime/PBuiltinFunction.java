package org.kairos.runtime;

/** A function implemented in Java; also used for methods of builtin classes. */
public final class PBuiltinFunction extends PythonObject {
    /** The implementation, receiving the arguments bound to the declared signature. */
    @FunctionalInterface
    public interface Impl {
        Object call(Object[] args);
    }

    public final String name;
    /** Name of the owning class for methods ("list"), or null for plain functions. */
    public final String owner;
    public final Signature sig;
    public final Object[] defaults;
    public final Object[] kwDefaults;
    public final Impl impl;
    /** {@code owner.name}, built once: generic binding passes it on every call for its error messages. */
    private final String qualname;

    public PBuiltinFunction(String name, String owner, String spec, Impl impl) {
        super(PClass.BUILTIN_FUNCTION);
        this.name = name;
        this.owner = owner;
        Signature.Parsed p = Signature.parse(spec);
        this.sig = p.sig;
        this.defaults = p.defaults;
        this.kwDefaults = p.kwDefaults;
        this.impl = impl;
        this.qualname = owner == null ? name : owner + "." + name;
    }

    public String qualname() {
        return qualname;
    }

    public Object call(Object[] args, String[] kwnames) {
        if ((kwnames == null || kwnames.length == 0) && sig.isSimple() && args.length == sig.positional) {
            return impl.call(args);
        }
        return impl.call(sig.bind(qualname(), args, kwnames, defaults, kwDefaults, 0));
    }
}
