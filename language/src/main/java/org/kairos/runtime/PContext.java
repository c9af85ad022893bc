package org.kairos.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code contextvars.Context}: a mutable handle on an immutable mapping from ContextVar to value.
 * Setting a variable replaces the mapping, so copies taken earlier keep their snapshot.
 */
public final class PContext extends PythonObject {
    public static final PClass CLASS = finalClass("Context");
    public static final PClass VAR_CLASS = finalClass("ContextVar");
    public static final PClass TOKEN_CLASS = finalClass("Token");

    private static PClass finalClass(String name) {
        PClass c = new PClass(name, PClass.OBJECT, PClass.Layout.OTHER);
        c.isFinal = true;
        c.ns.putStr("__module__", "_contextvars");
        return c;
    }

    /** Never mutated once published: replaced wholesale on set. */
    public Map<PContextVar, Object> vars;
    public boolean entered;

    public PContext(Map<PContextVar, Object> vars) {
        super(CLASS);
        this.vars = vars;
    }

    public PContext copy() {
        return new PContext(vars);
    }

    @TruffleBoundary
    public void set(PContextVar var, Object value) {
        Map<PContextVar, Object> m = new LinkedHashMap<>(vars);
        if (value == null) {
            m.remove(var);
        } else {
            m.put(var, value);
        }
        vars = m;
    }

    /** A {@code contextvars.ContextVar} (identity-hashed). */
    public static final class PContextVar extends PythonObject {
        public final String name;
        /** null when the variable has no default. */
        public final Object defaultValue;

        public PContextVar(String name, Object defaultValue) {
            super(VAR_CLASS);
            this.name = name;
            this.defaultValue = defaultValue;
        }
    }

    /** The token returned by {@code ContextVar.set}, for {@code reset}. */
    public static final class PToken extends PythonObject {
        public static final Object MISSING = new PythonObject(TOKEN_CLASS) {
        };
        public final PContext context;
        public final PContextVar var;
        public final Object oldValue;
        public boolean used;

        public PToken(PContext context, PContextVar var, Object oldValue) {
            super(TOKEN_CLASS);
            this.context = context;
            this.var = var;
            this.oldValue = oldValue;
        }
    }
}
