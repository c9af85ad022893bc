package org.kairos.builtins;

import org.kairos.KairosContext;
import org.kairos.runtime.Ops;
import org.kairos.runtime.PBuiltinFunction;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PException;
import org.kairos.runtime.PModule;
import org.kairos.runtime.PTuple;
import org.kairos.runtime.Py;

/** The {@code operator} module. */
final class OperatorModule {
    private OperatorModule() {
    }

    static PModule create(KairosContext ctx) {
        PModule m = new PModule("operator");
        PDict d = m.dict;
        for (Ops.BinOp op : Ops.BinOp.values()) {
            String n = op.name.substring(2, op.name.length() - 2);
            Builtins.def(d, n, "a, b, /", a -> Ops.binary(op, a[0], a[1]));
            Builtins.def(d, "__" + n + "__", "a, b, /", a -> Ops.binary(op, a[0], a[1]));
            Builtins.def(d, "i" + n, "a, b, /", a -> Ops.inplace(op, a[0], a[1]));
        }
        d.putStr("and_", d.getStr("and"));
        d.putStr("or_", d.getStr("or"));
        d.putStr("concat", d.getStr("add"));
        for (Ops.CmpOp op : Ops.CmpOp.values()) {
            String n = op.name.substring(2, op.name.length() - 2);
            Builtins.def(d, n, "a, b, /", a -> Ops.compare(op, a[0], a[1]));
        }
        Builtins.def(d, "neg", "a, /", a -> Ops.neg(a[0]));
        Builtins.def(d, "pos", "a, /", a -> Ops.pos(a[0]));
        Builtins.def(d, "invert", "a, /", a -> Ops.invert(a[0]));
        Builtins.def(d, "abs", "a, /", a -> BuiltinFunctions.abs(a[0]));
        Builtins.def(d, "not_", "a, /", a -> !Py.isTrue(a[0]));
        Builtins.def(d, "truth", "a, /", a -> Py.isTrue(a[0]));
        Builtins.def(d, "is_", "a, b, /", a -> a[0] == a[1] || (a[0] != null && a[0].equals(a[1]) && !(a[0] instanceof org.kairos.runtime.PythonObject)));
        Builtins.def(d, "index", "a, /", a -> Py.index(a[0]));
        Builtins.def(d, "contains", "a, b, /", a -> Ops.contains(a[0], a[1]));
        Builtins.def(d, "getitem", "a, b, /", a -> Py.getItem(a[0], a[1]));
        Builtins.def(d, "setitem", "a, b, c, /", a -> {
            Py.setItem(a[0], a[1], a[2]);
            return org.kairos.runtime.PNone.NONE;
        });
        Builtins.def(d, "itemgetter", "item, /, *items", a -> {
            Object[] rest = ((PTuple) a[1]).items;
            Object first = a[0];
            return new PBuiltinFunction("itemgetter", null, "obj, /", b -> {
                if (rest.length == 0) {
                    return Py.getItem(b[0], first);
                }
                Object[] r = new Object[rest.length + 1];
                r[0] = Py.getItem(b[0], first);
                for (int i = 0; i < rest.length; i++) {
                    r[i + 1] = Py.getItem(b[0], rest[i]);
                }
                return new PTuple(r);
            });
        });
        Builtins.def(d, "attrgetter", "attr, /, *attrs", a -> {
            Object[] all = new Object[((PTuple) a[1]).items.length + 1];
            all[0] = a[0];
            System.arraycopy(((PTuple) a[1]).items, 0, all, 1, all.length - 1);
            return new PBuiltinFunction("attrgetter", null, "obj, /", b -> {
                Object[] r = new Object[all.length];
                for (int i = 0; i < all.length; i++) {
                    Object o = b[0];
                    for (String part : ((String) all[i]).split("\\.")) {
                        o = Py.getAttr(o, part);
                    }
                    r[i] = o;
                }
                return all.length == 1 ? r[0] : new PTuple(r);
            });
        });
        Builtins.def(d, "methodcaller", "name, /, *args, **kwargs", a -> {
            if (!(a[0] instanceof String name)) {
                throw PException.typeError("method name must be a string");
            }
            Object[] args = ((PTuple) a[1]).items;
            PDict kw = (PDict) a[2];
            return new PBuiltinFunction("methodcaller", null, "obj, /", b -> FunctoolsModule.callWithKw(Py.getAttr(b[0], name), args, kw));
        });
        return m;
    }
}
