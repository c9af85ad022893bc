package org.kairos.runtime;

/** A module object; its namespace is the globals dict of the code that runs in it. */
public final class PModule extends PythonObject {
    public final String name;

    public PModule(String name, PDict globals) {
        super(PClass.MODULE);
        this.name = name;
        this.dict = globals;
        globals.putStr("__name__", name);
    }

    public PModule(String name) {
        this(name, new PDict());
    }

    public void put(String key, Object value) {
        dict.putStr(key, value);
    }
}
