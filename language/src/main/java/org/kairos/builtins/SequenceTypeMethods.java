package org.kairos.builtins;

import static org.kairos.builtins.TypeHelpers.bound;
import static org.kairos.builtins.TypeHelpers.intArg;

import org.kairos.runtime.BuiltinClasses;
import org.kairos.runtime.Items;
import org.kairos.runtime.Iteration;
import org.kairos.runtime.Ops;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PException;
import org.kairos.runtime.PIterator;
import org.kairos.runtime.PList;
import org.kairos.runtime.PNone;
import org.kairos.runtime.PTuple;
import org.kairos.runtime.Py;

/** Methods of {@code list} and {@code tuple}. */
final class SequenceTypeMethods {
    private SequenceTypeMethods() {
    }

    private static final long END = Long.MAX_VALUE / 2;

    static void install() {
        listMethods();
        tupleMethods();
    }

    private static void listMethods() {
        PClass c = PClass.LIST;
        Builtins.method(c, "append", "self, object, /", a -> {
            ((PList) a[0]).append(a[1]);
            return PNone.NONE;
        });
        Builtins.method(c, "extend", "self, iterable, /", a -> {
            PList l = (PList) a[0];
            for (Object o : a[1] == l ? l.toArray() : Iteration.toArray(a[1])) {
                l.append(o);
            }
            return PNone.NONE;
        });
        Builtins.method(c, "insert", "self, index, object, /", a -> {
            PList l = (PList) a[0];
            long i = intArg(a[1]);
            if (i < 0) {
                i = Math.max(0, i + l.size);
            }
            l.insert((int) Math.min(i, l.size), a[2]);
            return PNone.NONE;
        });
        Builtins.method(c, "remove", "self, value, /", a -> {
            PList l = (PList) a[0];
            for (int i = 0; i < l.size; i++) {
                if (Py.eqBool(l.items[i], a[1])) {
                    l.remove(i);
                    return PNone.NONE;
                }
            }
            throw PException.valueError("list.remove(x): x not in list");
        });
        Builtins.method(c, "pop", "self, index=-1, /", a -> {
            PList l = (PList) a[0];
            if (l.size == 0) {
                throw PException.indexError("pop from empty list");
            }
            long i = intArg(a[1]);
            if (i < 0) {
                i += l.size;
            }
            if (i < 0 || i >= l.size) {
                throw PException.indexError("pop index out of range");
            }
            return l.remove((int) i);
        });
        Builtins.method(c, "clear", "self, /", a -> {
            ((PList) a[0]).clear();
            return PNone.NONE;
        });
        Builtins.method(c, "index", "self, value, start=None, stop=None, /", a -> {
            PList l = (PList) a[0];
            long[] r = range(bound(a[2], 0), bound(a[3], END), l.size);
            for (long i = r[0]; i < r[1] && i < l.size; i++) {
                if (Py.eqBool(l.items[(int) i], a[1])) {
                    return i;
                }
            }
            throw PException.valueError(Py.repr(a[1]) + " is not in list");
        });
        Builtins.method(c, "count", "self, value, /", a -> count(((PList) a[0]).toArray(), a[1]));
        Builtins.method(c, "sort", "self, /, *, key=None, reverse=False", a -> {
            sort((PList) a[0], a[1], Py.isTrue(a[2]));
            return PNone.NONE;
        });
        Builtins.method(c, "reverse", "self, /", a -> {
            PList l = (PList) a[0];
            reverse(l.items, l.size);
            return PNone.NONE;
        });
        Builtins.method(c, "copy", "self, /", a -> new PList(((PList) a[0]).toArray()));
        Builtins.method(c, "__len__", "self, /", a -> (long) ((PList) a[0]).size);
        Builtins.method(c, "__getitem__", "self, index, /", a -> Items.builtinGetItem(a[0], a[1]));
        Builtins.method(c, "__setitem__", "self, index, value, /", a -> {
            Items.builtinSetItem(a[0], a[1], a[2]);
            return PNone.NONE;
        });
        Builtins.method(c, "__delitem__", "self, index, /", a -> {
            Items.builtinDelItem(a[0], a[1]);
            return PNone.NONE;
        });
        Builtins.method(c, "__contains__", "self, key, /", a -> contains(((PList) a[0]).toArray(), a[1]));
        Builtins.method(c, "__iter__", "self, /", a -> new PIterator.ListIterator((PList) a[0]));
        Builtins.method(c, "__reversed__", "self, /", a -> {
            Object[] items = ((PList) a[0]).toArray();
            reverse(items, items.length);
            return new PIterator.ArrayIterator(BuiltinClasses.LIST_REVERSEITERATOR, items);
        });
        Builtins.method(c, "__iadd__", "self, other, /", a -> {
            PList l = (PList) a[0];
            for (Object o : a[1] == l ? l.toArray() : Iteration.toArray(a[1])) {
                l.append(o);
            }
            return l;
        });
        Builtins.method(c, "__imul__", "self, n, /", a -> {
            PList l = (PList) a[0];
            Object[] items = l.toArray();
            long n = intArg(a[1]);
            l.clear();
            for (long i = 0; i < n; i++) {
                for (Object o : items) {
                    l.append(o);
                }
            }
            return l;
        });
        Builtins.method(c, "__hash__", "self, /", a -> {
            throw PException.typeError("unhashable type: '" + Py.typeName(a[0]) + "'");
        });
        c.ns.putStr("__hash__", PNone.NONE);
        TypeHelpers.arithmetic(c, Ops.BinOp.ADD, Ops.BinOp.MUL);
        c.ns.remove("__radd__");
        TypeHelpers.comparisons(c);
    }

    private static void tupleMethods() {
        PClass c = PClass.TUPLE;
        Builtins.method(c, "index", "self, value, start=None, stop=None, /", a -> {
            Object[] items = ((PTuple) a[0]).items;
            long[] r = range(bound(a[2], 0), bound(a[3], END), items.length);
            for (long i = r[0]; i < r[1] && i < items.length; i++) {
                if (Py.eqBool(items[(int) i], a[1])) {
                    return i;
                }
            }
            throw PException.valueError("tuple.index(x): x not in tuple");
        });
        Builtins.method(c, "count", "self, value, /", a -> count(((PTuple) a[0]).items, a[1]));
        Builtins.method(c, "__len__", "self, /", a -> (long) ((PTuple) a[0]).items.length);
        Builtins.method(c, "__getitem__", "self, index, /", a -> Items.builtinGetItem(a[0], a[1]));
        Builtins.method(c, "__contains__", "self, key, /", a -> contains(((PTuple) a[0]).items, a[1]));
        Builtins.method(c, "__iter__", "self, /", a -> new PIterator.ArrayIterator(BuiltinClasses.TUPLE_ITERATOR, ((PTuple) a[0]).items));
        Builtins.method(c, "__hash__", "self, /", a -> Py.hash(new PTuple(((PTuple) a[0]).items)));
        TypeHelpers.arithmetic(c, Ops.BinOp.ADD, Ops.BinOp.MUL);
        c.ns.remove("__radd__");
        TypeHelpers.comparisons(c);
    }

    /** Clamps [start, stop) of index() like slice bounds. */
    private static long[] range(long start, long stop, int len) {
        if (start < 0) {
            start = Math.max(0, start + len);
        }
        if (stop < 0) {
            stop = Math.max(0, stop + len);
        }
        return new long[]{start, stop};
    }

    private static long count(Object[] items, Object v) {
        long n = 0;
        for (Object o : items) {
            if (Py.eqBool(o, v)) {
                n++;
            }
        }
        return n;
    }

    private static boolean contains(Object[] items, Object v) {
        for (Object o : items) {
            if (Py.eqBool(o, v)) {
                return true;
            }
        }
        return false;
    }

    static void reverse(Object[] items, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            Object t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
    }

    /**
     * Stable sort by {@code <} only. Reverse sorting reverses before and after so that equal
     * elements keep their original order, as CPython does.
     */
    static void sort(PList l, Object key, boolean reverse) {
        Object[] items = l.toArray();
        // As in CPython the list is empty while keys and comparisons run; a zero-capacity array lets any
        // mutation be detected (it must reallocate).
        Object[] empty = new Object[0];
        l.items = empty;
        l.size = 0;
        Object[] sorted = items;
        try {
            sorted = sortedItems(items, key, reverse);
        } finally {
            boolean modified = l.items != empty || l.size != 0;
            l.setAll(sorted);
            if (modified) {
                throw PException.valueError("list modified during sort");
            }
        }
    }

    private static Object[] sortedItems(Object[] items, Object key, boolean reverse) {
        int n = items.length;
        Object[] keys = items;
        if (key != PNone.NONE) {
            keys = new Object[n];
            for (int i = 0; i < n; i++) {
                keys[i] = Py.call(key, items[i]);
            }
        }
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = reverse ? n - 1 - i : i;
        }
        java.util.Comparator<Integer> fast = fastComparator(keys);
        if (fast != null) {
            // homogeneous int or str keys: a consistent total order, so the JDK's stable sort is safe
            java.util.Arrays.sort(idx, fast);
        } else {
            Integer[] tmp = new Integer[n];
            mergeSort(idx, tmp, keys, 0, n);
        }
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            out[i] = items[idx[reverse ? n - 1 - i : i]];
        }
        return out;
    }

    private static java.util.Comparator<Integer> fastComparator(Object[] keys) {
        boolean allLong = true;
        boolean allStr = true;
        for (Object k : keys) {
            allLong &= k instanceof Long;
            allStr &= k instanceof String;
            if (!allLong && !allStr) {
                return null;
            }
        }
        if (allLong) {
            return (x, y) -> Long.compare((Long) keys[x], (Long) keys[y]);
        }
        return (x, y) -> compareStr((String) keys[x], (String) keys[y]);
    }

    /** Code point order (String.compareTo compares UTF-16 units, which differs for surrogate pairs). */
    private static int compareStr(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    private static void mergeSort(Integer[] idx, Integer[] tmp, Object[] keys, int lo, int hi) {
        if (hi - lo < 2) {
            return;
        }
        if (hi - lo <= 8) {
            // insertion sort: shift while the new key is strictly smaller (keeps stability)
            for (int i = lo + 1; i < hi; i++) {
                Integer x = idx[i];
                int j = i - 1;
                while (j >= lo && Ops.compareBool(Ops.CmpOp.LT, keys[x], keys[idx[j]])) {
                    idx[j + 1] = idx[j];
                    j--;
                }
                idx[j + 1] = x;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(idx, tmp, keys, lo, mid);
        mergeSort(idx, tmp, keys, mid, hi);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            if (Ops.compareBool(Ops.CmpOp.LT, keys[idx[j]], keys[idx[i]])) {
                tmp[k++] = idx[j++];
            } else {
                tmp[k++] = idx[i++];
            }
        }
        while (i < mid) {
            tmp[k++] = idx[i++];
        }
        while (j < hi) {
            tmp[k++] = idx[j++];
        }
        System.arraycopy(tmp, lo, idx, lo, hi - lo);
    }
}
