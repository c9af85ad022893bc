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
}
