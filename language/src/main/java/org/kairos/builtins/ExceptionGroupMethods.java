package org.kairos.builtins;

import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.ExceptionGroups;
import org.kairos.runtime.Iteration;
import org.kairos.runtime.PBaseException;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PException;
import org.kairos.runtime.PList;
import org.kairos.runtime.PTuple;
import org.kairos.runtime.Py;

import java.util.ArrayList;
import java.util.List;

/** BaseExceptionGroup / ExceptionGroup construction, attributes, split, subgroup and derive. */
final class ExceptionGroupMethods {
    private ExceptionGroupMethods() {
    }

    static void install() {
        PClass beg = ExceptionClasses.BaseExceptionGroup;
        Builtins.staticMethod(beg, "__new__", "cls, message, exceptions, /", a -> {
            PClass cls = (PClass) a[0];
            if (!(a[1] instanceof String)) {
                throw PException.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + Py.typeName(a[1]));
            }
            if (!(a[2] instanceof PTuple) && !(a[2] instanceof PList)) {
                throw PException.typeError("second argument (exceptions) must be a sequence");
            }
            Object[] excs = Iteration.toArray(a[2]);
            if (excs.length == 0) {
                throw PException.valueError("second argument (exceptions) must be a non-empty sequence");
            }
            boolean allExc = true;
            for (int i = 0; i < excs.length; i++) {
                if (!(excs[i] instanceof PBaseException e)) {
                    throw PException.valueError("Item " + i + " of second argument (exceptions) is not an exception");
                }
                if (!e.cls.isSubclassOf(ExceptionClasses.Exception)) {
                    allExc = false;
                }
            }
            if (cls == beg && allExc) {
                cls = ExceptionClasses.ExceptionGroup;
            } else if (cls.isSubclassOf(ExceptionClasses.Exception) && !allExc) {
                throw PException.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
            PBaseException g = new PBaseException(cls, new Object[]{a[1], a[2]});
            g.groupExceptions = excs;
            return g;
        });
        Builtins.method(beg, "__init__", "self, *args", a -> org.kairos.runtime.PNone.NONE);
        Builtins.getset(beg, "message", s -> ((PBaseException) s).args.items[0], null);
        Builtins.getset(beg, "exceptions", s -> new PTuple(ExceptionGroups.exceptions((PBaseException) s)), null);
        Builtins.method(beg, "derive", "self, excs, /", a -> {
            // CPython: BaseExceptionGroup(self.message, excs), whose constructor checks excs
            return Py.call(org.kairos.runtime.ExceptionClasses.BaseExceptionGroup, ((PBaseException) a[0]).args.items[0], a[1]);
        });
        Builtins.method(beg, "split", "self, condition, /", a -> {
            PBaseException[] r = ExceptionGroups.split((PBaseException) a[0], a[1]);
            return new PTuple(new Object[]{BuiltinsModule.orNone(r[0]), BuiltinsModule.orNone(r[1])});
        });
        Builtins.method(beg, "subgroup", "self, condition, /", a -> BuiltinsModule.orNone(ExceptionGroups.split((PBaseException) a[0], a[1])[0]));
    }
}
