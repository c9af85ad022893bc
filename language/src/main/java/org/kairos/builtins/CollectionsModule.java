package org.kairos.builtins;

import org.kairos.KairosContext;
import org.kairos.runtime.ClassBuilder;
import org.kairos.runtime.Iteration;
import org.kairos.runtime.Ops;
import org.kairos.runtime.PBuiltinFunction;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PDescriptors;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PException;
import org.kairos.runtime.PIterator;
import org.kairos.runtime.PList;
import org.kairos.runtime.PModule;
import org.kairos.runtime.PNone;
import org.kairos.runtime.PTuple;
import org.kairos.runtime.PythonObject;
import org.kairos.runtime.Py;
import org.kairos.runtime.BuiltinClasses;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The {@code collections} module: deque, defaultdict, OrderedDict, Counter and namedtuple. */
final class CollectionsModule {
    private CollectionsModule() {
    }

    static final PClass DEQUE = FunctoolsModule.lib("deque", "collections");
    static final PClass DEFAULTDICT = dictClass("defaultdict");
    static final PClass ORDEREDDICT = dictClass("OrderedDict");
    static final PClass COUNTER = dictClass("Counter");
    static final PClass CHAINMAP = FunctoolsModule.lib("ChainMap", "collections");
    /** default_factory per defaultdict instance (PDict has no spare slot for it). */
    private static final Map<PDict, Object> FACTORIES = Collections.synchronizedMap(new IdentityHashMap<>());
    private static boolean initialized;

    private static PClass dictClass(String name) {
        PClass c = new PClass(name, PClass.DICT, PClass.Layout.DICT);
        c.ns.putStr("__module__", "collections");
        return c;
    }

    /** A {@code collections.deque}. */
    static final class PDeque extends PythonObject {
        final org.kairos.runtime.RingList items = new org.kairos.runtime.RingList();
        long maxlen = -1;

        PDeque() {
            super(DEQUE);
        }

        void append(Object v) {
            items.add(v);
            if (maxlen >= 0 && items.size() > maxlen) {
                items.remove(0);
            }
        }

        void appendLeft(Object v) {
            items.add(0, v);
            if (maxlen >= 0 && items.size() > maxlen) {
                items.remove(items.size() - 1);
            }
        }

        int idx(Object key) {
            long i = Py.indexToLong(key);
            if (i < 0) {
                i += items.size();
            }
            if (i < 0 || i >= items.size()) {
                throw PException.indexError("deque index out of range");
            }
            return (int) i;
        }
    }

    /** A {@code collections.ChainMap}: lookups search {@code maps} in order, writes go to the first. */
    static final class PChainMap extends PythonObject {
        PList maps = new PList();

        PChainMap(PClass cls) {
            super(cls);
        }

        Object lookup(Object key) {
            for (Object m : maps.toArray()) {
                if (Py.isTrue(org.kairos.runtime.Ops.contains(m, key))) {
                    return Py.getItem(m, key);
                }
            }
            return null;
        }

        /** Keys in CPython's order (first occurrence scanning the maps from last to first), with their values. */
        PDict flatten() {
            PDict keys = new PDict();
            Object[] ms = maps.toArray();
            for (int i = ms.length - 1; i >= 0; i--) {
                for (Object k : Iteration.toArray(ms[i])) {
                    keys.put(k, PNone.NONE);
                }
            }
            PDict out = new PDict();
            for (Object k : keys.keysArray()) {
                out.put(k, lookup(k));
            }
            return out;
        }
    }

    private static PChainMap cm(Object o) {
        return (PChainMap) o;
    }

    private static PChainMap newChain(PClass cls, Object[] maps) {
        PChainMap c = new PChainMap(cls);
        for (Object m : maps) {
            c.maps.append(m);
        }
        return c;
    }

    private static void initChainMap() {
        PClass c = CHAINMAP;
        Builtins.staticMethod(c, "__new__", "cls, *maps", a -> new PChainMap((PClass) a[0]));
        Builtins.method(c, "__init__", "self, *maps", a -> {
            Object[] maps = ((PTuple) a[1]).items;
            cm(a[0]).maps = new PList(maps.length == 0 ? new Object[]{new PDict()} : maps.clone());
            return PNone.NONE;
        });
        Builtins.getset(c, "maps", o -> cm(o).maps, (o, v) -> cm(o).maps = (PList) v);
        Builtins.method(c, "__getitem__", "self, key, /", a -> {
            Object v = cm(a[0]).lookup(a[1]);
            if (v != null) {
                return v;
            }
            Object missing = Py.classOf(a[0]).lookup("__missing__");
            if (missing != null) {
                return Py.call(missing, a[0], a[1]);
            }
            throw PException.keyError(a[1]);
        });
        Builtins.method(c, "get", "self, key, default=None, /", a -> {
            Object v = cm(a[0]).lookup(a[1]);
            return v != null ? v : a[2];
        });
        Builtins.method(c, "__contains__", "self, key, /", a -> cm(a[0]).lookup(a[1]) != null);
        Builtins.method(c, "__len__", "self, /", a -> (long) cm(a[0]).flatten().size());
        Builtins.method(c, "__bool__", "self, /", a -> {
            for (Object m : cm(a[0]).maps.toArray()) {
                if (Py.isTrue(m)) {
                    return true;
                }
            }
            return false;
        });
        Builtins.method(c, "__iter__", "self, /", a -> Py.getIter(new PList(cm(a[0]).flatten().keysArray())));
        Builtins.method(c, "keys", "self, /", a -> Py.callMethod(cm(a[0]).flatten(), "keys"));
        Builtins.method(c, "values", "self, /", a -> Py.callMethod(cm(a[0]).flatten(), "values"));
        Builtins.method(c, "items", "self, /", a -> Py.callMethod(cm(a[0]).flatten(), "items"));
        Builtins.method(c, "__setitem__", "self, key, value, /", a -> {
            Py.setItem(cm(a[0]).maps.items[0], a[1], a[2]);
            return PNone.NONE;
        });
        Builtins.method(c, "__delitem__", "self, key, /", a -> {
            Object first = cm(a[0]).maps.items[0];
            if (!Py.isTrue(org.kairos.runtime.Ops.contains(first, a[1]))) {
                throw PException.keyError("Key not found in the first mapping: " + Py.repr(a[1]));
            }
            Py.delItem(first, a[1]);
            return PNone.NONE;
        });
        Builtins.method(c, "pop", "self, key, *args", a -> {
            Object first = cm(a[0]).maps.items[0];
            Object[] rest = ((PTuple) a[2]).items;
            if (!Py.isTrue(org.kairos.runtime.Ops.contains(first, a[1]))) {
                if (rest.length > 0) {
                    return rest[0];
                }
                throw PException.keyError("Key not found in the first mapping: " + Py.repr(a[1]));
            }
            return Py.callMethod(first, "pop", a[1]);
        });
        Builtins.method(c, "clear", "self, /", a -> Py.callMethod(cm(a[0]).maps.items[0], "clear"));
        Builtins.method(c, "update", "self, /, *args, **kwargs", a -> {
            Object first = cm(a[0]).maps.items[0];
            Object[] pos = ((PTuple) a[1]).items;
            Object[] args = new Object[pos.length + 1];
            args[0] = first;
            System.arraycopy(pos, 0, args, 1, pos.length);
            FunctoolsModule.callWithKw(PClass.DICT.namespace().getStr("update"), args, (PDict) a[2]);
            return PNone.NONE;
        });
        Builtins.method(c, "new_child", "self, m=None, **kwargs", a -> {
            Object m = a[1] == PNone.NONE ? new PDict() : a[1];
            if (((PDict) a[2]).size() > 0) {
                Py.callMethod(m, "update", a[2]);
            }
            Object[] maps = cm(a[0]).maps.toArray();
            Object[] all = new Object[maps.length + 1];
            all[0] = m;
            System.arraycopy(maps, 0, all, 1, maps.length);
            return newChain(Py.classOf(a[0]), all);
        });
        Builtins.getset(c, "parents", o -> {
            Object[] maps = cm(o).maps.toArray();
            return newChain(Py.classOf(o), java.util.Arrays.copyOfRange(maps, Math.min(1, maps.length), maps.length));
        }, null);
        Builtins.method(c, "copy", "self, /", a -> {
            Object[] maps = cm(a[0]).maps.toArray().clone();
            maps[0] = Py.callMethod(maps[0], "copy");
            return newChain(Py.classOf(a[0]), maps);
        });
        Builtins.method(c, "__copy__", "self, /", a -> Py.callMethod(a[0], "copy"));
        Builtins.method(c, "__eq__", "self, other, /", a -> {
            if (a[1] instanceof PChainMap o) {
                return Py.eqBool(cm(a[0]).flatten(), o.flatten());
            }
            if (a[1] instanceof PDict o) {
                return Py.eqBool(cm(a[0]).flatten(), o);
            }
            return PNone.NOT_IMPLEMENTED;
        });
        Builtins.method(c, "__repr__", "self, /", a -> {
            StringBuilder sb = new StringBuilder(Py.classOf(a[0]).name).append('(');
            Object[] maps = cm(a[0]).maps.toArray();
            for (int i = 0; i < maps.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(Py.repr(maps[i]));
            }
            return sb.append(')').toString();
        });
        c.ns.putStr("__hash__", PNone.NONE);
    }

    private static PDeque dq(Object o) {
        return (PDeque) o;
    }

    private static synchronized void init() {
        if (initialized) {
            return;
        }
        initialized = true;
        PClass c = DEQUE;
        Builtins.staticMethod(c, "__new__", "cls, *args, **kwargs", a -> {
            PDeque d = new PDeque();
            if (a[0] != DEQUE) {
                d.cls = (PClass) a[0];
            }
            return d;
        });
        Builtins.method(c, "__init__", "self, iterable=?, maxlen=None", a -> {
            PDeque d = dq(a[0]);
            d.items.clear();
            d.maxlen = a[2] == PNone.NONE ? -1 : Py.indexToLong(a[2]);
            if (d.maxlen < -1 || (a[2] != PNone.NONE && d.maxlen < 0)) {
                throw PException.valueError("maxlen must be non-negative");
            }
            if (a[1] != PNone.NO_VALUE) {
                for (Object v : Iteration.toArray(a[1])) {
                    d.append(v);
                }
            }
            return PNone.NONE;
        });
        Builtins.getset(c, "maxlen", o -> dq(o).maxlen < 0 ? PNone.NONE : (Object) dq(o).maxlen, null);
        Builtins.method(c, "append", "self, x, /", a -> {
            dq(a[0]).append(a[1]);
            return PNone.NONE;
        });
        Builtins.method(c, "appendleft", "self, x, /", a -> {
            dq(a[0]).appendLeft(a[1]);
            return PNone.NONE;
        });
        Builtins.method(c, "extend", "self, iterable, /", a -> {
            for (Object v : Iteration.toArray(a[1])) {
                dq(a[0]).append(v);
            }
            return PNone.NONE;
        });
        Builtins.method(c, "extendleft", "self, iterable, /", a -> {
            for (Object v : Iteration.toArray(a[1])) {
                dq(a[0]).appendLeft(v);
            }
            return PNone.NONE;
        });
        Builtins.method(c, "pop", "self, /", a -> {
            PDeque d = dq(a[0]);
            if (d.items.isEmpty()) {
                throw PException.indexError("pop from an empty deque");
            }
            return d.items.remove(d.items.size() - 1);
        });
        Builtins.method(c, "popleft", "self, /", a -> {
            PDeque d = dq(a[0]);
            if (d.items.isEmpty()) {
                throw PException.indexError("pop from an empty deque");
            }
            return d.items.remove(0);
        });
        Builtins.method(c, "rotate", "self, n=1, /", a -> {
            PDeque d = dq(a[0]);
            if (!d.items.isEmpty()) {
                Collections.rotate(d.items, (int) (Py.indexToLong(a[1]) % d.items.size()));
            }
            return PNone.NONE;
        });
        Builtins.method(c, "clear", "self, /", a -> {
            dq(a[0]).items.clear();
            return PNone.NONE;
        });
        Builtins.method(c, "copy", "self, /", a -> {
            PDeque d = new PDeque();
            d.maxlen = dq(a[0]).maxlen;
            d.items.addAll(dq(a[0]).items);
            return d;
        });
        Builtins.method(c, "__add__", "self, other, /", a -> {
            if (!(a[1] instanceof PDeque o)) {
                throw PException.typeError("can only concatenate deque (not \"" + Py.typeName(a[1]) + "\") to deque");
            }
            PDeque d = new PDeque();
            d.maxlen = dq(a[0]).maxlen;
            for (Object v : dq(a[0]).items) {
                d.append(v);
            }
            for (Object v : o.items.toArray()) {
                d.append(v);
            }
            return d;
        });
        Builtins.method(c, "__iadd__", "self, other, /", a -> {
            for (Object v : Iteration.toArray(a[1])) {
                dq(a[0]).append(v);
            }
            return a[0];
        });
        Builtins.method(c, "count", "self, x, /", a -> {
            long n = 0;
            for (Object v : dq(a[0]).items) {
                if (Py.eqBool(v, a[1])) {
                    n++;
                }
            }
            return n;
        });
        Builtins.method(c, "index", "self, x, /", a -> {
            List<Object> items = dq(a[0]).items;
            for (int i = 0; i < items.size(); i++) {
                if (Py.eqBool(items.get(i), a[1])) {
                    return (long) i;
                }
            }
            throw PException.valueError(Py.repr(a[1]) + " is not in deque");
        });
        Builtins.method(c, "remove", "self, x, /", a -> {
            List<Object> items = dq(a[0]).items;
            for (int i = 0; i < items.size(); i++) {
                if (Py.eqBool(items.get(i), a[1])) {
                    items.remove(i);
                    return PNone.NONE;
                }
            }
            throw PException.valueError("deque.remove(x): x not in deque");
        });
        Builtins.method(c, "insert", "self, i, x, /", a -> {
            List<Object> items = dq(a[0]).items;
            long i = Py.indexToLong(a[1]);
            if (i < 0) {
                i = Math.max(0, i + items.size());
            }
            items.add((int) Math.min(i, items.size()), a[2]);
            return PNone.NONE;
        });
        Builtins.method(c, "reverse", "self, /", a -> {
            Collections.reverse(dq(a[0]).items);
            return PNone.NONE;
        });
        Builtins.method(c, "__len__", "self, /", a -> (long) dq(a[0]).items.size());
        Builtins.method(c, "__bool__", "self, /", a -> !dq(a[0]).items.isEmpty());
        Builtins.method(c, "__contains__", "self, x, /", a -> {
            for (Object v : dq(a[0]).items) {
                if (Py.eqBool(v, a[1])) {
                    return true;
                }
            }
            return false;
        });
        Builtins.method(c, "__getitem__", "self, i, /", a -> dq(a[0]).items.get(dq(a[0]).idx(a[1])));
        Builtins.method(c, "__setitem__", "self, i, v, /", a -> {
            dq(a[0]).items.set(dq(a[0]).idx(a[1]), a[2]);
            return PNone.NONE;
        });
        Builtins.method(c, "__delitem__", "self, i, /", a -> {
            dq(a[0]).items.remove(dq(a[0]).idx(a[1]));
            return PNone.NONE;
        });
        Builtins.method(c, "__iter__", "self, /", a -> new PIterator.ArrayIterator(BuiltinClasses.ITERATOR, dq(a[0]).items.toArray()));
        Builtins.method(c, "__reversed__", "self, /", a -> {
            Object[] arr = dq(a[0]).items.toArray();
            Collections.reverse(java.util.Arrays.asList(arr));
            return new PIterator.ArrayIterator(BuiltinClasses.ITERATOR, arr);
        });
        Builtins.method(c, "__eq__", "self, other, /", a -> {
            if (!(a[1] instanceof PDeque o)) {
                return PNone.NOT_IMPLEMENTED;
            }
            return Py.eqBool(new PList(dq(a[0]).items.toArray()), new PList(o.items.toArray()));
        });
        Builtins.method(c, "__repr__", "self, /", a -> {
            PDeque d = dq(a[0]);
            String body = Py.repr(new PList(d.items.toArray()));
            return Py.classOf(d).name + "(" + body + (d.maxlen >= 0 ? ", maxlen=" + d.maxlen : "") + ")";
        });

        // defaultdict
        Builtins.method(DEFAULTDICT, "__init__", "self, default_factory=None, /, *args, **kwargs", a -> {
            PDict self = (PDict) a[0];
            FACTORIES.put(self, a[1]);
            Object[] rest = ((PTuple) a[2]).items;
            Object[] args = new Object[rest.length + 1];
            args[0] = self;
            System.arraycopy(rest, 0, args, 1, rest.length);
            FunctoolsModule.callWithKw(PClass.DICT.namespace().getStr("__init__"), args, (PDict) a[3]);
            return PNone.NONE;
        });
        Builtins.method(DEFAULTDICT, "__missing__", "self, key, /", a -> {
            Object f = FACTORIES.getOrDefault(a[0], PNone.NONE);
            if (f == PNone.NONE) {
                throw PException.keyError(a[1]);
            }
            Object v = Py.call(f);
            ((PDict) a[0]).put(a[1], v);
            return v;
        });
        Builtins.getset(DEFAULTDICT, "default_factory", o -> FACTORIES.getOrDefault(o, PNone.NONE), (o, v) -> FACTORIES.put((PDict) o, v));
        Builtins.method(DEFAULTDICT, "__repr__", "self, /", a -> {
            Object f = FACTORIES.getOrDefault(a[0], PNone.NONE);
            PDict plain = ((PDict) a[0]).copy();
            plain.cls = PClass.DICT;
            return Py.classOf(a[0]).name + "(" + Py.repr(f) + ", " + Py.repr(plain) + ")";
        });
        Builtins.method(DEFAULTDICT, "copy", "self, /", a -> {
            PDict n = ((PDict) a[0]).copy();
            n.cls = ((PDict) a[0]).cls;
            FACTORIES.put(n, FACTORIES.getOrDefault(a[0], PNone.NONE));
            return n;
        });

        // OrderedDict
        Builtins.method(ORDEREDDICT, "move_to_end", "self, key, last=True", a -> {
            PDict d = (PDict) a[0];
            if (!d.containsKey(a[1])) {
                throw PException.keyError(a[1]);
            }
            d.moveToEnd(a[1], Py.isTrue(a[2]));
            return PNone.NONE;
        });
        Builtins.method(ORDEREDDICT, "popitem", "self, last=True", a -> {
            PDict d = (PDict) a[0];
            if (d.size() == 0) {
                throw PException.keyError("dictionary is empty");
            }
            Object key = Py.isTrue(a[1]) ? d.keysArray()[d.size() - 1] : d.keysArray()[0];
            Object v = d.get(key);
            d.remove(key);
            return PTuple.of(key, v);
        });
        Builtins.method(ORDEREDDICT, "__eq__", "self, other, /", a -> {
            if (a[1] instanceof PDict o && o.cls.isSubclassOf(ORDEREDDICT)) {
                PDict d = (PDict) a[0];
                return Py.eqBool(new PList(d.keysArray()), new PList(o.keysArray())) && dictEq(d, o);
            }
            if (a[1] instanceof PDict o) {
                return dictEq((PDict) a[0], o);
            }
            return PNone.NOT_IMPLEMENTED;
        });
        Builtins.method(ORDEREDDICT, "__repr__", "self, /", a -> {
            PDict d = (PDict) a[0];
            String name = Py.classOf(d).name;
            if (d.size() == 0) {
                return name + "()";
            }
            PDict plain = d.copy();
            plain.cls = PClass.DICT;
            return name + "(" + Py.repr(plain) + ")";
        });

        CounterSupport.install(COUNTER);
        initChainMap();
    }

    static boolean dictEq(PDict a, PDict b) {
        PDict pa = a.copy();
        pa.cls = PClass.DICT;
        PDict pb = b.copy();
        pb.cls = PClass.DICT;
        return Py.eqBool(pa, pb);
    }

    // ---------------------------------------------------------------- namedtuple

    static PClass namedTupleClass(String name, String[] fields, String module) {
        return namedTupleClass(name, fields, module, new Object[0]);
    }

    static PClass namedTupleClass(String name, String[] fields, String module, Object[] defaults) {
        PDict ns = new PDict();
        ns.putStr("__module__", module);
        ns.putStr("__slots__", PTuple.EMPTY);
        Object[] fieldObjs = new Object[fields.length];
        System.arraycopy(fields, 0, fieldObjs, 0, fields.length);
        PTuple fieldTuple = new PTuple(fieldObjs);
        ns.putStr("_fields", fieldTuple);
        PDict fd = new PDict();
        for (int i = 0; i < defaults.length; i++) {
            fd.putStr(fields[fields.length - defaults.length + i], defaults[i]);
        }
        ns.putStr("_field_defaults", fd);
        ns.putStr("__doc__", name + "(" + String.join(", ", fields) + ")");
        PClass cls = ClassBuilder.typeNew(PClass.TYPE, name, new Object[]{PClass.TUPLE}, ns, new String[0], new Object[0]);
        for (int i = 0; i < fields.length; i++) {
            final int idx = i;
            PDescriptors.PGetSet gs = new PDescriptors.PGetSet(fields[i], name, o -> ((PTuple) o).items[idx], (o, v) -> {
                throw PException.attributeError("can't set attribute"); // CPython's _tuplegetter message
            });
            gs.getOrCreateDict().putStr("__doc__", "Alias for field number " + i);
            cls.ns.putStr(fields[i], gs);
        }
        Builtins.staticMethod(cls, "__new__", "_cls, *args, **kwargs", a -> {
            Object[] pos = ((PTuple) a[1]).items;
            PDict kw = (PDict) a[2];
            Object[] vals = new Object[fields.length];
            if (pos.length > fields.length) {
                throw PException.typeError(name + ".__new__() takes " + (fields.length + 1) + " positional arguments but " + (pos.length + 1) + " were given");
            }
            System.arraycopy(pos, 0, vals, 0, pos.length);
            for (PDict.Entry e : kw.entries()) {
                int j = java.util.Arrays.asList(fields).indexOf(e.key);
                if (j < 0) {
                    throw PException.typeError(name + ".__new__() got an unexpected keyword argument '" + e.key + "'");
                }
                if (vals[j] != null) {
                    throw PException.typeError(name + ".__new__() got multiple values for argument '" + e.key + "'");
                }
                vals[j] = e.value;
            }
            List<String> missing = new ArrayList<>();
            for (int j = 0; j < fields.length; j++) {
                if (vals[j] == null) {
                    Object dv = fd.getStr(fields[j]);
                    if (dv != null) {
                        vals[j] = dv;
                    } else {
                        missing.add("'" + fields[j] + "'");
                    }
                }
            }
            if (!missing.isEmpty()) {
                String list = missing.size() == 1 ? missing.get(0)
                                : String.join(", ", missing.subList(0, missing.size() - 1)) + " and " + missing.get(missing.size() - 1);
                throw PException.typeError(name + ".__new__() missing " + missing.size() + " required positional argument" + (missing.size() == 1 ? "" : "s") + ": " + list);
            }
            return new PTuple((PClass) a[0], vals);
        });
        Builtins.method(cls, "__repr__", "self, /", a -> {
            PTuple t = (PTuple) a[0];
            StringBuilder sb = new StringBuilder(Py.classOf(t).name).append('(');
            for (int i = 0; i < fields.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(fields[i]).append('=').append(Py.repr(t.items[i]));
            }
            return sb.append(')').toString();
        });
        Builtins.method(cls, "_asdict", "self, /", a -> {
            PDict d = new PDict();
            for (int i = 0; i < fields.length; i++) {
                d.putStr(fields[i], ((PTuple) a[0]).items[i]);
            }
            return d;
        });
        Builtins.method(cls, "_replace", "self, /, **kwargs", a -> {
            Object[] vals = ((PTuple) a[0]).items.clone();
            PDict kw = (PDict) a[1];
            List<String> bad = new ArrayList<>();
            for (PDict.Entry e : kw.entries()) {
                int j = java.util.Arrays.asList(fields).indexOf(e.key);
                if (j < 0) {
                    bad.add(Py.repr(e.key));
                } else {
                    vals[j] = e.value;
                }
            }
            if (!bad.isEmpty()) {
                throw PException.typeError("Got unexpected field names: [" + String.join(", ", bad) + "]");
            }
            return new PTuple(Py.classOf(a[0]), vals);
        });
        Builtins.classMethod(cls, "_make", "cls, iterable, /", a -> Py.call(a[0], Iteration.toArray(a[1])));
        Builtins.method(cls, "__getnewargs__", "self, /", a -> new PTuple(((PTuple) a[0]).items.clone()));
        return cls;
    }

    static PTuple makeNamedTuple(PClass cls, Object... values) {
        return new PTuple(cls, values);
    }

    private static final java.util.Set<String> KEYWORDS = java.util.Set.of("False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
                    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
                    "raise", "return", "try", "while", "with", "yield");

    static PModule create(KairosContext ctx) {
        init();
        PModule m = new PModule("collections");
        PDict d = m.dict;
        d.putStr("deque", DEQUE);
        d.putStr("defaultdict", DEFAULTDICT);
        d.putStr("OrderedDict", ORDEREDDICT);
        d.putStr("Counter", COUNTER);
        d.putStr("ChainMap", CHAINMAP);
        Builtins.def(d, "namedtuple", "typename, field_names, *, rename=False, defaults=None, module=None", a -> {
            Object[] raw = a[1] instanceof String s ? s.replace(',', ' ').trim().split("\\s+") : Iteration.toArray(a[1]);
            String[] fields = new String[raw.length];
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < raw.length; i++) {
                String f = Py.str(raw[i]);
                if (Py.isTrue(a[2]) && (KEYWORDS.contains(f) || f.startsWith("_") || !seen.add(f) || !isIdent(f))) {
                    f = "_" + i;
                }
                fields[i] = f;
            }
            String name = Py.str(a[0]);
            if (!isIdent(name)) {
                throw PException.valueError("Type names and field names must be valid identifiers: " + Py.repr(name));
            }
            if (KEYWORDS.contains(name)) {
                throw PException.valueError("Type names and field names cannot be a keyword: " + Py.repr(name));
            }
            seen.clear();
            for (String f : fields) {
                if (!isIdent(f)) {
                    throw PException.valueError("Type names and field names must be valid identifiers: " + Py.repr(f));
                }
                if (KEYWORDS.contains(f)) {
                    throw PException.valueError("Type names and field names cannot be a keyword: " + Py.repr(f));
                }
                if (f.startsWith("_") && !Py.isTrue(a[2])) {
                    throw PException.valueError("Field names cannot start with an underscore: " + Py.repr(f));
                }
                if (!seen.add(f)) {
                    throw PException.valueError("Encountered duplicate field name: " + Py.repr(f));
                }
            }
            Object[] defs = a[3] == PNone.NONE ? new Object[0] : Iteration.toArray(a[3]);
            String module = a[4] instanceof String s ? s : (String) BuiltinFunctions.callerFunction().globals.getStr("__name__");
            return namedTupleClass(name, fields, module, defs);
        });
        return m;
    }

    private static boolean isIdent(String s) {
        if (s.isEmpty() || !Character.isJavaIdentifierStart(s.codePointAt(0)) || s.startsWith("$")) {
            return false;
        }
        return s.chars().allMatch(ch -> Character.isJavaIdentifierPart(ch) && ch != '$');
    }

    static PBuiltinFunction unused() {
        return null;
    }

    static Object cmp(Object a, Object b) {
        return Ops.compare(Ops.CmpOp.LT, a, b);
    }
}
