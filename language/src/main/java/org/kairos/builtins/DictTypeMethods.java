package org.kairos.builtins;

import org.kairos.runtime.BuiltinClasses;
import org.kairos.runtime.DictOps;
import org.kairos.runtime.Items;
import org.kairos.runtime.Iteration;
import org.kairos.runtime.Ops;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PDictView;
import org.kairos.runtime.PException;
import org.kairos.runtime.PIterator;
import org.kairos.runtime.PNone;
import org.kairos.runtime.PTuple;
import org.kairos.runtime.Py;

/** Methods of {@code dict} and of its key/value/item views. */
final class DictTypeMethods {
    private DictTypeMethods() {
    }

    static void install() {
        PClass c = PClass.DICT;
        Builtins.method(c, "get", "self, key, default=None, /", a -> {
            Object v = ((PDict) a[0]).get(a[1]);
            return v == null ? a[2] : v;
        });
        Builtins.method(c, "setdefault", "self, key, default=None, /", a -> {
            PDict d = (PDict) a[0];
            Object v = d.get(a[1]);
            if (v == null) {
                d.put(a[1], a[2]);
                return a[2];
            }
            return v;
        });
        Builtins.method(c, "pop", "self, key, default=?, /", a -> {
            Object v = ((PDict) a[0]).remove(a[1]);
            if (v == null) {
                if (a[2] == PNone.NO_VALUE) {
                    throw PException.keyError(a[1]);
                }
                return a[2];
            }
            return v;
        });
        Builtins.method(c, "popitem", "self, /", a -> {
            PDict d = (PDict) a[0];
            if (d.size() == 0) {
                throw PException.keyError("popitem(): dictionary is empty");
            }
            PDict.Entry e = d.popLast();
            return PTuple.of(e.key, e.value);
        });
        Builtins.method(c, "keys", "self, /", a -> new PDictView((PDict) a[0], PDictView.Kind.KEYS));
        Builtins.method(c, "values", "self, /", a -> new PDictView((PDict) a[0], PDictView.Kind.VALUES));
        Builtins.method(c, "items", "self, /", a -> new PDictView((PDict) a[0], PDictView.Kind.ITEMS));
        Builtins.method(c, "update", "self, other=?, /, **kwargs", a -> {
            PDict d = (PDict) a[0];
            if (a[1] != PNone.NO_VALUE) {
                DictOps.update(d, a[1]);
            }
            for (PDict.Entry e : ((PDict) a[2]).entries()) {
                d.put(e.key, e.value);
            }
            return PNone.NONE;
        });
        Builtins.method(c, "copy", "self, /", a -> {
            PDict r = new PDict();
            DictOps.update(r, a[0] instanceof PDict d ? d.copy() : a[0]);
            return r;
        });
        Builtins.method(c, "clear", "self, /", a -> {
            ((PDict) a[0]).clear();
            return PNone.NONE;
        });
        Builtins.classMethod(c, "fromkeys", "cls, iterable, value=None, /", a -> {
            Object d = Py.call(a[0]);
            for (Object k : Iteration.toArray(a[1])) {
                if (d instanceof PDict pd && Py.classOf(d).builtin) {
                    pd.put(k, a[2]);
                } else {
                    Py.setItem(d, k, a[2]);
                }
            }
            return d;
        });
        Builtins.method(c, "__getitem__", "self, key, /", a -> Items.builtinGetItem(a[0], a[1]));
        Builtins.method(c, "__setitem__", "self, key, value, /", a -> {
            ((PDict) a[0]).put(a[1], a[2]);
            return PNone.NONE;
        });
        Builtins.method(c, "__delitem__", "self, key, /", a -> {
            if (((PDict) a[0]).remove(a[1]) == null) {
                throw PException.keyError(a[1]);
            }
            return PNone.NONE;
        });
        Builtins.method(c, "__contains__", "self, key, /", a -> ((PDict) a[0]).containsKey(a[1]));
        Builtins.method(c, "__len__", "self, /", a -> (long) ((PDict) a[0]).size());
        Builtins.method(c, "__iter__", "self, /", a -> Py.getIter(new PDictView((PDict) a[0], PDictView.Kind.KEYS)));
        Builtins.method(c, "__reversed__", "self, /", a -> {
            Object[] keys = ((PDict) a[0]).keysArray();
            SequenceTypeMethods.reverse(keys, keys.length);
            return new PIterator.ArrayIterator(BuiltinClasses.DICT_KEYITERATOR, keys);
        });
        Builtins.method(c, "__or__", "self, other, /", a -> {
            if (!(a[1] instanceof PDict o)) {
                return PNone.NOT_IMPLEMENTED;
            }
            PDict r = ((PDict) a[0]).copy();
            DictOps.update(r, o);
            return r;
        });
        Builtins.method(c, "__ror__", "self, other, /", a -> {
            if (!(a[1] instanceof PDict o)) {
                return PNone.NOT_IMPLEMENTED;
            }
            PDict r = o.copy();
            DictOps.update(r, a[0]);
            return r;
        });
        Builtins.method(c, "__ior__", "self, other, /", a -> {
            DictOps.update((PDict) a[0], a[1]);
            return a[0];
        });
        c.ns.putStr("__hash__", PNone.NONE);
        TypeHelpers.comparisons(c);

        for (PClass v : new PClass[]{BuiltinClasses.DICT_KEYS, BuiltinClasses.DICT_VALUES, BuiltinClasses.DICT_ITEMS}) {
            Builtins.method(v, "__len__", "self, /", a -> (long) ((PDictView) a[0]).dict.size());
            Builtins.method(v, "__iter__", "self, /", a -> Py.getIter(a[0]));
            Builtins.method(v, "__contains__", "self, key, /", a -> ((PDictView) a[0]).contains(a[1]));
            Builtins.method(v, "__reversed__", "self, /", a -> {
                Object[] items = ((PDictView) a[0]).toArray();
                SequenceTypeMethods.reverse(items, items.length);
                return new PIterator.ArrayIterator(BuiltinClasses.ITERATOR, items);
            });
            Builtins.getset(v, "mapping", s -> ((PDictView) s).dict, null);
            if (v != BuiltinClasses.DICT_VALUES) {
                Builtins.method(v, "isdisjoint", "self, other, /", a -> {
                    for (Object o : Iteration.toArray(a[1])) {
                        if (((PDictView) a[0]).contains(o)) {
                            return false;
                        }
                    }
                    return true;
                });
                TypeHelpers.comparisons(v);
                TypeHelpers.arithmetic(v, Ops.BinOp.AND, Ops.BinOp.OR, Ops.BinOp.SUB, Ops.BinOp.XOR);
            }
        }
    }
}
