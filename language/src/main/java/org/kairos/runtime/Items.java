package org.kairos.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.Arrays;

/** Subscription: {@code o[k]}, {@code o[k] = v}, {@code del o[k]}, including slices. */
public final class Items {
    private Items() {
    }

    private static boolean isGuest(Object o) {
        return o instanceof PythonObject p && p.cls != null && !p.cls.builtin;
    }

    @TruffleBoundary
    public static Object getItem(Object o, Object key) {
        if (isGuest(o) || !(o instanceof PList || o instanceof PTuple || o instanceof PDict || o instanceof String || o instanceof PRange || o instanceof PBytes)) {
            PClass t = Py.classOf(o);
            Object m = t.lookup("__getitem__");
            if (m != null && !(m instanceof PBuiltinFunction)) {
                return Py.call(m, o, key);
            }
            if (o instanceof PClass c) {
                Object cg = Py.getClassAttr(c, "__class_getitem__");
                if (cg != null) {
                    return Py.call(cg, key);
                }
                if (c.builtin) {
                    return new PGenericAlias(c, key);
                }
                throw PException.typeError("type '" + c.name + "' is not subscriptable");
            }
            if (m instanceof PBuiltinFunction) {
                return Py.call(m, o, key);
            }
            if (!(o instanceof PList || o instanceof PTuple || o instanceof PDict)) {
                throw PException.typeError("'" + t.name + "' object is not subscriptable");
            }
        }
        return builtinGetItem(o, key);
    }

    /** Subscription of the builtin part of a value (used by the builtin {@code __getitem__} methods too). */
    @TruffleBoundary
    public static Object builtinGetItem(Object o, Object key) {
        if (o instanceof PList l) {
            if (key instanceof PSlice s) {
                long[] idx = s.indices(l.size);
                return new PList(slice(l.items, idx));
            }
            long i = Py.seqIndex(key, "list");
            if (i < 0) {
                i += l.size;
            }
            if (i < 0 || i >= l.size) {
                throw PException.indexError("list index out of range");
            }
            return l.items[(int) i];
        }
        if (o instanceof PTuple t) {
            if (key instanceof PSlice s) {
                long[] idx = s.indices(t.items.length);
                return new PTuple(slice(t.items, idx));
            }
            long i = Py.seqIndex(key, "tuple");
            if (i < 0) {
                i += t.items.length;
            }
            if (i < 0 || i >= t.items.length) {
                throw PException.indexError("tuple index out of range");
            }
            return t.items[(int) i];
        }
        if (o instanceof PDict d) {
            Object v = d.get(key);
            if (v == null) {
                // dict subclasses implemented in Java (defaultdict, Counter) define __missing__ too
                if (d.cls != PClass.DICT) {
                    Object missing = Py.classOf(d).lookup("__missing__");
                    if (missing != null) {
                        return Py.call(missing, d, key);
                    }
                }
                throw PException.keyError(key);
            }
            return v;
        }
        if (o instanceof String s) {
            return strItem(s, key);
        }
        if (o instanceof PRange r) {
            if (key instanceof PSlice sl) {
                long[] idx = sl.indices(r.length());
                return new PRange(r.get(idx[0]), r.get(idx[0]) + idx[3] * r.step * idx[2], r.step * idx[2]);
            }
            long i = Py.seqIndex(key, "range");
            long len = r.length();
            if (i < 0) {
                i += len;
            }
            if (i < 0 || i >= len) {
                throw PException.indexError("range object index out of range");
            }
            return r.get(i);
        }
        if (o instanceof PBytes b) {
            if (key instanceof PSlice sl) {
                long[] idx = sl.indices(b.bytes.length);
                byte[] r = new byte[(int) idx[3]];
                for (int i = 0; i < r.length; i++) {
                    r[i] = b.bytes[(int) (idx[0] + i * idx[2])];
                }
                return new PBytes(r);
            }
            long i = Py.seqIndex(key, "byte");
            if (i < 0) {
                i += b.bytes.length;
            }
            if (i < 0 || i >= b.bytes.length) {
                throw PException.indexError("index out of range");
            }
            return (long) (b.bytes[(int) i] & 0xff);
        }
        throw PException.typeError("'" + Py.typeName(o) + "' object is not subscriptable");
    }

    private static Object strItem(String s, Object key) {
        if (key instanceof PSlice sl) {
            int n = s.length();
            long[] idx = sl.indices(n);
            if (idx[2] == 1) {
                return idx[3] == 0 ? "" : s.substring((int) idx[0], (int) (idx[0] + idx[3]));
            }
            StringBuilder sb = new StringBuilder((int) idx[3]);
            for (long i = 0, p = idx[0]; i < idx[3]; i++, p += idx[2]) {
                sb.append(s.charAt((int) p));
            }
            return sb.toString();
        }
        if (!Numbers.isInt(key) && Py.classOf(key).lookup("__index__") == null) {
            throw PException.typeError("string indices must be integers, not '" + Py.typeName(key) + "'");
        }
        long i = Py.seqIndex(key, "string");
        if (i < 0) {
            i += s.length();
        }
        if (i < 0 || i >= s.length()) {
            throw PException.indexError("string index out of range");
        }
        return String.valueOf(s.charAt((int) i));
    }

    static Object[] slice(Object[] items, long[] idx) {
        int len = (int) idx[3];
        if (idx[2] == 1) {
            return Arrays.copyOfRange(items, (int) idx[0], (int) idx[0] + len);
        }
        Object[] r = new Object[len];
        for (int i = 0; i < len; i++) {
            r[i] = items[(int) (idx[0] + i * idx[2])];
        }
        return r;
    }

    @TruffleBoundary
    public static void setItem(Object o, Object key, Object value) {
        if (isGuest(o) || !(o instanceof PList || o instanceof PDict)) {
            Object m = Py.classOf(o).lookup("__setitem__");
            if (m != null && !(m instanceof PBuiltinFunction && (o instanceof PList || o instanceof PDict))) {
                Py.call(m, o, key, value);
                return;
            }
            if (!(o instanceof PList || o instanceof PDict)) {
                throw PException.typeError("'" + Py.typeName(o) + "' object does not support item assignment");
            }
        }
        builtinSetItem(o, key, value);
    }

    /** Item assignment on a builtin list or dict (ignoring guest overrides). */
    @TruffleBoundary
    public static void builtinSetItem(Object o, Object key, Object value) {
        if (o instanceof PDict d) {
            d.put(key, value);
            return;
        }
        PList l = (PList) o;
        if (key instanceof PSlice s) {
            setSlice(l, s, value);
            return;
        }
        long i = Py.seqIndex(key, "list");
        if (i < 0) {
            i += l.size;
        }
        if (i < 0 || i >= l.size) {
            throw PException.indexError("list assignment index out of range");
        }
        l.items[(int) i] = value;
    }

    private static void setSlice(PList l, PSlice s, Object value) {
        Object[] src = value == l ? l.toArray() : Iteration.toArray(value);
        long[] idx = s.indices(l.size);
        if (idx[2] == 1) {
            int start = (int) idx[0];
            int stop = Math.max(start, (int) idx[1]);
            Object[] cur = l.toArray();
            Object[] r = new Object[cur.length - (stop - start) + src.length];
            System.arraycopy(cur, 0, r, 0, start);
            System.arraycopy(src, 0, r, start, src.length);
            System.arraycopy(cur, stop, r, start + src.length, cur.length - stop);
            l.setAll(r);
            return;
        }
        if (src.length != idx[3]) {
            throw PException.valueError("attempt to assign sequence of size " + src.length + " to extended slice of size " + idx[3]);
        }
        for (int i = 0; i < src.length; i++) {
            l.items[(int) (idx[0] + i * idx[2])] = src[i];
        }
    }

    @TruffleBoundary
    public static void delItem(Object o, Object key) {
        if (isGuest(o) || !(o instanceof PList || o instanceof PDict)) {
            Object m = Py.classOf(o).lookup("__delitem__");
            if (m != null && !(m instanceof PBuiltinFunction && (o instanceof PList || o instanceof PDict))) {
                Py.call(m, o, key);
                return;
            }
            if (!(o instanceof PList || o instanceof PDict)) {
                throw PException.typeError("'" + Py.typeName(o) + "' object doesn't support item deletion");
            }
        }
        builtinDelItem(o, key);
    }

    /** Item deletion on a builtin list or dict (ignoring guest overrides). */
    @TruffleBoundary
    public static void builtinDelItem(Object o, Object key) {
        if (o instanceof PDict d) {
            if (d.remove(key) == null) {
                throw PException.keyError(key);
            }
            return;
        }
        PList l = (PList) o;
        if (key instanceof PSlice s) {
            long[] idx = s.indices(l.size);
            if (idx[3] == 0) {
                return;
            }
            java.util.ArrayList<Object> keep = new java.util.ArrayList<>();
            java.util.HashSet<Integer> drop = new java.util.HashSet<>();
            for (long i = 0; i < idx[3]; i++) {
                drop.add((int) (idx[0] + i * idx[2]));
            }
            for (int i = 0; i < l.size; i++) {
                if (!drop.contains(i)) {
                    keep.add(l.items[i]);
                }
            }
            l.setAll(keep.toArray());
            return;
        }
        long i = Py.seqIndex(key, "list");
        if (i < 0) {
            i += l.size;
        }
        if (i < 0 || i >= l.size) {
            throw PException.indexError("list assignment index out of range");
        }
        l.remove((int) i);
    }
}
