package org.kairos.builtins;

import org.kairos.runtime.Iteration;
import org.kairos.runtime.Ops;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PException;
import org.kairos.runtime.PNone;
import org.kairos.runtime.PSet;
import org.kairos.runtime.PTuple;
import org.kairos.runtime.Py;

/** Methods of {@code set} and {@code frozenset}; the algebra methods accept any iterables. */
final class SetTypeMethods {
    private SetTypeMethods() {
    }

    private static PSet self(Object o) {
        return (PSet) o;
    }

    /** A set of the same builtin kind as {@code s} (subclasses produce plain sets, as in CPython). */
    private static PSet sameKind(PSet s) {
        return new PSet(s.isFrozen() ? PClass.FROZENSET : PClass.SET);
    }

    private static PSet asSet(Object o) {
        if (o instanceof PSet s) {
            return s;
        }
        PSet r = new PSet(PClass.SET);
        for (Object e : Iteration.toArray(o)) {
            r.add(e);
        }
        return r;
    }

    static void install() {
        for (PClass c : new PClass[]{PClass.SET, PClass.FROZENSET}) {
            Builtins.method(c, "copy", "self, /", a -> {
                PSet r = sameKind(self(a[0]));
                self(a[0]).elements().forEach(r::add);
                return r;
            });
            Builtins.method(c, "union", "self, /, *others", a -> {
                PSet r = sameKind(self(a[0]));
                self(a[0]).elements().forEach(r::add);
                for (Object o : ((PTuple) a[1]).items) {
                    for (Object e : Iteration.toArray(o)) {
                        r.add(e);
                    }
                }
                return r;
            });
            Builtins.method(c, "intersection", "self, /, *others", a -> {
                PSet r = sameKind(self(a[0]));
                self(a[0]).elements().forEach(r::add);
                for (Object o : ((PTuple) a[1]).items) {
                    r = intersect(r, asSet(o), sameKind(r));
                }
                return r;
            });
            Builtins.method(c, "difference", "self, /, *others", a -> {
                PSet r = sameKind(self(a[0]));
                self(a[0]).elements().forEach(r::add);
                for (Object o : ((PTuple) a[1]).items) {
                    for (Object e : Iteration.toArray(o)) {
                        r.remove(e);
                    }
                }
                return r;
            });
            Builtins.method(c, "symmetric_difference", "self, other, /", a -> {
                PSet r = sameKind(self(a[0]));
                self(a[0]).elements().forEach(r::add);
                symDiff(r, asSet(a[1]));
                return r;
            });
            Builtins.method(c, "issubset", "self, other, /", a -> subset(self(a[0]), asSet(a[1])));
            Builtins.method(c, "issuperset", "self, other, /", a -> {
                PSet s = self(a[0]);
                for (Object e : Iteration.toArray(a[1])) {
                    if (!s.contains(e)) {
                        return false;
                    }
                }
                return true;
            });
            Builtins.method(c, "isdisjoint", "self, other, /", a -> {
                PSet s = self(a[0]);
                for (Object e : Iteration.toArray(a[1])) {
                    if (s.contains(e)) {
                        return false;
                    }
                }
                return true;
            });
            Builtins.method(c, "__len__", "self, /", a -> (long) self(a[0]).size());
            Builtins.method(c, "__contains__", "self, key, /", a -> self(a[0]).contains(a[1]));
            Builtins.method(c, "__iter__", "self, /", a -> Py.getIter(PTuple.of(self(a[0]).elements().toArray())));
            TypeHelpers.comparisons(c);
            TypeHelpers.arithmetic(c, Ops.BinOp.AND, Ops.BinOp.OR, Ops.BinOp.SUB, Ops.BinOp.XOR);
        }
        Builtins.method(PClass.FROZENSET, "__hash__", "self, /", a -> Py.hash(a[0]));
        PClass c = PClass.SET;
        c.ns.putStr("__hash__", PNone.NONE);
        Builtins.method(c, "add", "self, elem, /", a -> {
            self(a[0]).add(a[1]);
            return PNone.NONE;
        });
        Builtins.method(c, "remove", "self, elem, /", a -> {
            if (!self(a[0]).remove(a[1])) {
                throw PException.keyError(a[1]);
            }
            return PNone.NONE;
        });
        Builtins.method(c, "discard", "self, elem, /", a -> {
            self(a[0]).remove(a[1]);
            return PNone.NONE;
        });
        Builtins.method(c, "pop", "self, /", a -> {
            PSet s = self(a[0]);
            if (s.size() == 0) {
                throw PException.keyError("pop from an empty set");
            }
            Object e = s.elements().get(0);
            s.remove(e);
            return e;
        });
        Builtins.method(c, "clear", "self, /", a -> {
            self(a[0]).clear();
            return PNone.NONE;
        });
        Builtins.method(c, "update", "self, /, *others", a -> {
            for (Object o : ((PTuple) a[1]).items) {
                for (Object e : Iteration.toArray(o)) {
                    self(a[0]).add(e);
                }
            }
            return PNone.NONE;
        });
        Builtins.method(c, "intersection_update", "self, /, *others", a -> {
            PSet s = self(a[0]);
            for (Object o : ((PTuple) a[1]).items) {
                PSet keep = intersect(s, asSet(o), new PSet(PClass.SET));
                s.clear();
                keep.elements().forEach(s::add);
            }
            return PNone.NONE;
        });
        Builtins.method(c, "difference_update", "self, /, *others", a -> {
            for (Object o : ((PTuple) a[1]).items) {
                for (Object e : Iteration.toArray(o)) {
                    self(a[0]).remove(e);
                }
            }
            return PNone.NONE;
        });
        Builtins.method(c, "symmetric_difference_update", "self, other, /", a -> {
            symDiff(self(a[0]), asSet(a[1]));
            return PNone.NONE;
        });
    }

    private static PSet intersect(PSet a, PSet b, PSet into) {
        for (Object e : a.elements()) {
            if (b.contains(e)) {
                into.add(e);
            }
        }
        return into;
    }

    private static void symDiff(PSet r, PSet o) {
        for (Object e : o.elements()) {
            if (!r.remove(e)) {
                r.add(e);
            }
        }
    }

    private static boolean subset(PSet a, PSet b) {
        for (Object e : a.elements()) {
            if (!b.contains(e)) {
                return false;
            }
        }
        return true;
    }
}
