package org.kairos.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.ArrayList;

/** The iterator protocol: {@code iter()}, {@code next()} (null when exhausted) and materialization. */
public final class Iteration {
    private Iteration() {
    }

    @TruffleBoundary
    public static Object getIter(Object o) {
        if (o instanceof PythonObject p && p.cls != null && !p.cls.builtin) {
            return guestIter(o);
        }
        if (o instanceof PList l) {
            return new PIterator.ListIterator(l);
        }
        if (o instanceof PTuple t) {
            return new PIterator.ArrayIterator(BuiltinClasses.TUPLE_ITERATOR, t.items);
        }
        if (o instanceof String s) {
            return new PIterator.StrIterator(s);
        }
        if (o instanceof PRange r) {
            return new PIterator.RangeIterator(r.start, r.step, r.length());
        }
        if (o instanceof PGenerator g && g.kind() != PGenerator.Kind.GENERATOR) {
            throw PException.typeError("'" + g.cls.name + "' object is not iterable");
        }
        if (o instanceof PIterator) {
            return o;
        }
        if (o instanceof PDict d) {
            return dictIterator(d, PDictView.Kind.KEYS);
        }
        if (o instanceof PDictView v) {
            return dictIterator(v.dict, v.kind);
        }
        if (o instanceof PSet s) {
            return setIterator(s);
        }
        if (o instanceof PBytes b) {
            Object[] items = new Object[b.bytes.length];
            for (int i = 0; i < items.length; i++) {
                items[i] = (long) (b.bytes[i] & 0xff);
            }
            return new PIterator.ArrayIterator(BuiltinClasses.ITERATOR, items);
        }
        return guestIter(o);
    }

    private static Object guestIter(Object o) {
        PClass t = Py.classOf(o);
        Object iter = t.lookup("__iter__");
        if (iter == PNone.NONE) {
            throw PException.typeError("'" + t.name + "' object is not iterable");
        }
        if (iter != null) {
            if (iter instanceof PBuiltinFunction && o instanceof PythonObject p && p.cls != null && !p.cls.builtin) {
                // guest subclass of a builtin container: iterate the builtin part
                return builtinIterOfSubclass(o);
            }
            Object it = Py.call(iter, o);
            if (!isIterator(it)) {
                throw PException.typeError("iter() returned non-iterator of type '" + Py.typeName(it) + "'");
            }
            return it;
        }
        Object getitem = t.lookup("__getitem__");
        if (getitem != null) {
            long[] index = {0};
            return new PIterator.FnIterator(BuiltinClasses.ITERATOR, () -> {
                try {
                    return Py.call(getitem, o, index[0]++);
                } catch (PException e) {
                    if (e.exc.cls.isSubclassOf(ExceptionClasses.IndexError) || e.exc.cls.isSubclassOf(ExceptionClasses.StopIteration)) {
                        return null;
                    }
                    throw e;
                }
            });
        }
        throw PException.typeError("'" + t.name + "' object is not iterable");
    }

    private static Object builtinIterOfSubclass(Object o) {
        if (o instanceof PList l) {
            return new PIterator.ListIterator(l);
        }
        if (o instanceof PTuple t) {
            return new PIterator.ArrayIterator(BuiltinClasses.TUPLE_ITERATOR, t.items);
        }
        if (o instanceof PDict d) {
            return dictIterator(d, PDictView.Kind.KEYS);
        }
        if (o instanceof PSet s) {
            return setIterator(s);
        }
        if (o instanceof PIterator) {
            return o;
        }
        if (o instanceof PBaseException) {
            throw PException.typeError("'" + Py.typeName(o) + "' object is not iterable");
        }
        return o;
    }

    public static boolean isIterator(Object o) {
        if (o instanceof PGenerator g) {
            return g.kind() == PGenerator.Kind.GENERATOR;
        }
        return o instanceof PIterator || Py.classOf(o).lookup("__next__") != null;
    }

    private static Object dictIterator(PDict d, PDictView.Kind kind) {
        var entries = d.entries();
        int startVersion = d.version;
        int startSize = d.size();
        int[] i = {0};
        PClass cls = switch (kind) {
            case KEYS -> BuiltinClasses.DICT_KEYITERATOR;
            case VALUES -> BuiltinClasses.DICT_VALUEITERATOR;
            case ITEMS -> BuiltinClasses.DICT_ITEMITERATOR;
        };
        return new PIterator.FnIterator(cls, () -> {
            if (d.size() != startSize) {
                throw PException.runtimeError("dictionary changed size during iteration");
            }
            if (d.version != startVersion) {
                throw PException.runtimeError("dictionary keys changed during iteration");
            }
            if (i[0] >= entries.size()) {
                return null;
            }
            PDict.Entry e = entries.get(i[0]++);
            return switch (kind) {
                case KEYS -> e.key;
                case VALUES -> e.value;
                case ITEMS -> new PTuple(new Object[]{e.key, e.value});
            };
        });
    }

    private static Object setIterator(PSet s) {
        var elements = s.elements();
        int startSize = s.size();
        int[] i = {0};
        return new PIterator.FnIterator(BuiltinClasses.SET_ITERATOR, () -> {
            if (s.size() != startSize) {
                throw PException.runtimeError("Set changed size during iteration");
            }
            return i[0] < elements.size() ? elements.get(i[0]++) : null;
        });
    }

    /** The next item, or null at the end; StopIteration from a guest {@code __next__} ends iteration. */
    @TruffleBoundary
    public static Object next(Object it) {
        if (it instanceof PIterator pi) {
            return pi.next();
        }
        Object m = Py.classOf(it).lookup("__next__");
        if (m == null) {
            throw PException.typeError("'" + Py.typeName(it) + "' object is not an iterator");
        }
        try {
            return Py.call(m, it);
        } catch (PException e) {
            if (e.exc.cls.isSubclassOf(ExceptionClasses.StopIteration)) {
                return null;
            }
            throw e;
        }
    }

    @TruffleBoundary
    public static Object[] toArray(Object iterable) {
        if (iterable instanceof PTuple t && t.cls == PClass.TUPLE) {
            return t.items;
        }
        if (iterable instanceof PList l && l.cls == PClass.LIST) {
            return l.toArray();
        }
        Object it = getIter(iterable);
        ArrayList<Object> r = new ArrayList<>();
        Object v;
        while ((v = next(it)) != null) {
            r.add(v);
        }
        return r.toArray();
    }
}
