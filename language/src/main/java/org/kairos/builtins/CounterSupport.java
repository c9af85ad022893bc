package org.kairos.builtins;

import org.kairos.runtime.Iteration;
import org.kairos.runtime.Numbers;
import org.kairos.runtime.Ops;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PList;
import org.kairos.runtime.PNone;
import org.kairos.runtime.PTuple;
import org.kairos.runtime.Py;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;

/** The methods of {@code collections.Counter}. */
final class CounterSupport {
    private CounterSupport() {
    }

    private static void update(PDict self, Object src, PDict kw, boolean add) {
        BinaryOperator<Object> op = (x, y) -> Ops.binary(add ? Ops.BinOp.ADD : Ops.BinOp.SUB, x, y);
        if (src instanceof PDict m) {
            for (PDict.Entry e : m.entries()) {
                Object old = self.get(e.key);
                self.put(e.key, op.apply(old == null ? 0L : old, e.value));
            }
        } else if (src != PNone.NONE && src != PNone.NO_VALUE) {
            for (Object v : Iteration.toArray(src)) {
                Object old = self.get(v);
                self.put(v, op.apply(old == null ? 0L : old, 1L));
            }
        }
        if (kw != null) {
            update(self, kw, null, add);
        }
    }

    private static PDict newCounter(PClass cls) {
        return new PDict(cls);
    }

    private static List<PDict.Entry> mostCommon(PDict d) {
        List<PDict.Entry> l = new ArrayList<>(d.entries());
        // List.sort is stable, so ties keep insertion order as in CPython
        l.sort((x, y) -> Ops.compareBool(Ops.CmpOp.LT, x.value, y.value) ? 1 : Ops.compareBool(Ops.CmpOp.LT, y.value, x.value) ? -1 : 0);
        return l;
    }

    private static Object binop(Object a, Object b, String kind) {
        if (!(b instanceof PDict o) || !o.cls.isSubclassOf(CollectionsModule.COUNTER)) {
            return PNone.NOT_IMPLEMENTED;
        }
        PDict self = (PDict) a;
        PDict r = newCounter(CollectionsModule.COUNTER);
        List<Object> keys = new ArrayList<>(List.of(self.keysArray()));
        for (Object k : o.keysArray()) {
            if (!self.containsKey(k)) {
                keys.add(k);
            }
        }
        for (Object k : keys) {
            Object x = self.get(k);
            Object y = o.get(k);
            x = x == null ? 0L : x;
            y = y == null ? 0L : y;
            Object v = switch (kind) {
                case "+" -> Ops.binary(Ops.BinOp.ADD, x, y);
                case "-" -> Ops.binary(Ops.BinOp.SUB, x, y);
                case "&" -> Ops.compareBool(Ops.CmpOp.LT, x, y) ? x : y;
                default -> Ops.compareBool(Ops.CmpOp.LT, x, y) ? y : x;
            };
            if (Ops.compareBool(Ops.CmpOp.GT, v, 0L)) {
                r.put(k, v);
            }
        }
        return r;
    }

    static void install(PClass c) {
        Builtins.method(c, "__init__", "self, iterable=None, /, **kwds", a -> {
            update((PDict) a[0], a[1], (PDict) a[2], true);
            return PNone.NONE;
        });
        Builtins.method(c, "update", "self, iterable=None, /, **kwds", a -> {
            update((PDict) a[0], a[1], (PDict) a[2], true);
            return PNone.NONE;
        });
        Builtins.method(c, "subtract", "self, iterable=None, /, **kwds", a -> {
            update((PDict) a[0], a[1], (PDict) a[2], false);
            return PNone.NONE;
        });
        Builtins.method(c, "__missing__", "self, key, /", a -> 0L);
        Builtins.method(c, "total", "self, /", a -> {
            Object s = 0L;
            for (PDict.Entry e : ((PDict) a[0]).entries()) {
                s = Ops.binary(Ops.BinOp.ADD, s, e.value);
            }
            return s;
        });
        Builtins.method(c, "most_common", "self, n=None, /", a -> {
            List<PDict.Entry> l = mostCommon((PDict) a[0]);
            int n = a[1] == PNone.NONE ? l.size() : (int) Math.max(0, Math.min(l.size(), Py.indexToLong(a[1])));
            PList out = new PList();
            for (int i = 0; i < n; i++) {
                out.append(PTuple.of(l.get(i).key, l.get(i).value));
            }
            return out;
        });
        Builtins.method(c, "elements", "self, /", a -> {
            PList out = new PList();
            for (PDict.Entry e : ((PDict) a[0]).entries()) {
                long n = Numbers.asLong(e.value);
                for (long i = 0; i < n; i++) {
                    out.append(e.key);
                }
            }
            return Py.getIter(out);
        });
        Builtins.method(c, "__repr__", "self, /", a -> {
            PDict d = (PDict) a[0];
            String name = Py.classOf(d).name;
            if (d.size() == 0) {
                return name + "()";
            }
            StringBuilder sb = new StringBuilder(name).append("({");
            boolean first = true;
            for (PDict.Entry e : mostCommon(d)) {
                sb.append(first ? "" : ", ").append(Py.repr(e.key)).append(": ").append(Py.repr(e.value));
                first = false;
            }
            return sb.append("})").toString();
        });
        Builtins.method(c, "__eq__", "self, other, /", a -> {
            if (!(a[1] instanceof PDict o)) {
                return PNone.NOT_IMPLEMENTED;
            }
            PDict self = (PDict) a[0];
            for (Object k : self.keysArray()) {
                Object y = o.get(k);
                if (!Py.eqBool(self.get(k), y == null ? 0L : y)) {
                    return false;
                }
            }
            for (Object k : o.keysArray()) {
                Object x = self.get(k);
                if (!Py.eqBool(x == null ? 0L : x, o.get(k))) {
                    return false;
                }
            }
            return true;
        });
        Builtins.method(c, "__add__", "self, other, /", a -> binop(a[0], a[1], "+"));
        Builtins.method(c, "__sub__", "self, other, /", a -> binop(a[0], a[1], "-"));
        Builtins.method(c, "__and__", "self, other, /", a -> binop(a[0], a[1], "&"));
        Builtins.method(c, "__or__", "self, other, /", a -> binop(a[0], a[1], "|"));
        Builtins.method(c, "__neg__", "self, /", a -> binop(newCounter(CollectionsModule.COUNTER), a[0], "-"));
        Builtins.method(c, "__pos__", "self, /", a -> binop(a[0], newCounter(CollectionsModule.COUNTER), "+"));
    }
}
