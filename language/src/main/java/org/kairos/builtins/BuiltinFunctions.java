package org.kairos.builtins;

import org.kairos.KairosContext;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PList;
import org.kairos.runtime.PythonObject;
import org.kairos.runtime.Py;

import java.util.TreeSet;

/** The builtin functions beyond the core set in {@link BuiltinsModule}. */
final class BuiltinFunctions {
    private BuiltinFunctions() {
    }

    static void install(KairosContext ctx, PDict d) {
    }

    static PList dir(Object o) {
        TreeSet<String> names = new TreeSet<>();
        if (o instanceof PythonObject po && po.dict != null) {
            for (Object k : po.dict.keysArray()) {
                if (k instanceof String s) {
                    names.add(s);
                }
            }
        }
        for (org.kairos.runtime.PClass c : Py.classOf(o).mro) {
            for (Object k : c.ns.keysArray()) {
                if (k instanceof String s) {
                    names.add(s);
                }
            }
        }
        return new PList(names.toArray());
    }
}
