package org.kairos.runtime;

/** A guest function object: code plus the globals, defaults and closure it was created with. */
public final class PFunction extends PythonObject {
    public final PCode code;
    public final PDict globals;
    public Object[] defaults;
    public Object[] kwDefaults;
    public final PCell[] closure;
    public String name;
    public String qualname;
    public Object module;
    public Object doc = PNone.NONE;
    /** {@code __annotations__}; created empty on first access when the def had none. */
    public PDict annotations;

    /** Called by compiled code as {@code SET_ANNOTATIONS(function, dict)} after a def with annotations. */
    public static final PBuiltinFunction SET_ANNOTATIONS = new PBuiltinFunction("__set_annotations__", null, "f, d, /", a -> {
        ((PFunction) a[0]).annotations = (PDict) a[1];
        return a[0];
    });

    public PFunction(PCode code, PDict globals, Object[] defaults, Object[] kwDefaults, PCell[] closure) {
        super(PClass.FUNCTION);
        this.code = code;
        this.globals = globals;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        this.name = code.name;
        this.qualname = code.qualname;
        this.doc = code.doc;
        Object m = globals == null ? null : globals.getStr("__name__");
        this.module = m == null ? PNone.NONE : m;
    }

    /** {@code f.__kwdefaults__ = v}: None, or a dict from keyword-only parameter names to defaults. */
    public void setKwDefaults(Object v) {
        if (v == PNone.NONE) {
            kwDefaults = null;
            return;
        }
        if (!(v instanceof PDict d)) {
            throw PException.typeError("__kwdefaults__ must be set to a dict object");
        }
        Signature sig = code.signature;
        int first = sig.positional + (sig.varargs ? 1 : 0);
        Object[] kd = new Object[sig.kwOnly];
        for (int i = 0; i < kd.length; i++) {
            kd[i] = d.getStr(sig.names[first + i]);
        }
        kwDefaults = kd;
    }
}
