package org.kairos.asyncio;

import org.kairos.runtime.PClass;
import org.kairos.runtime.Py;
import org.kairos.runtime.PythonObject;

/**
 * Attributes of instances of asyncio's classes written in Python whose methods are in Java
 * (TaskGroup, Event): an instance of the class itself (no subclass) has them in its dict, read
 * and written directly; anything else goes through ordinary attribute access, so subclasses that
 * add properties or {@code __setattr__} see CPython's accesses.
 */
final class LibAttrs {
    private LibAttrs() {
    }

    /** Whether {@code o}'s attributes can be read from its dict ({@code cls} itself, no subclass). */
    static boolean plain(PClass cls, Object o) {
        return o instanceof PythonObject po && po.cls == cls && po.dict != null;
    }

    static Object get(PClass cls, Object o, String name) {
        if (plain(cls, o)) {
            Object v = ((PythonObject) o).dict.getStr(name);
            if (v != null) {
                return v;
            }
        }
        return Py.getAttr(o, name);
    }

    static void set(PClass cls, Object o, String name, Object value) {
        if (plain(cls, o)) {
            ((PythonObject) o).dict.putStr(name, value);
        } else {
            Py.setAttr(o, name, value);
        }
    }
}
