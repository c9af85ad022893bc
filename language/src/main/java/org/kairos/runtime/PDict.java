package org.kairos.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Python dict: insertion ordered; keys compared with Python semantics through {@link HashKey}. */
public final class PDict extends PythonObject {
    /** An entry keeps the key object as written (e.g. True stays True although it folds into 1). */
    public static final class Entry {
        public final Object key;
        public Object value;
        /** Set when the entry leaves its dict, so that an inline cache holding it sees the binding is gone. */
        public boolean removed;

        Entry(Object key, Object value) {
            this.key = key;
            this.value = value;
        }
    }

    private final LinkedHashMap<Object, Entry> map = new LinkedHashMap<>();
    /** Bumped on every insertion or deletion so iterators can detect "changed size during iteration". */
    public int version;
    /**
     * The object whose attributes this dict holds (an instance {@code __dict__} or a class namespace),
     * told of changes so that inline caches keyed on its class stay valid; null for other dicts.
     */
    public PythonObject owner;

    public PDict() {
        super(PClass.DICT);
    }

    public PDict(PClass cls) {
        super(cls);
    }

    public int size() {
        return map.size();
    }

    @TruffleBoundary
    public Object get(Object key) {
        Entry e = map.get(HashKey.of(key));
        return e == null ? null : e.value;
    }

    @TruffleBoundary
    public Object getStr(String key) {
        Entry e = map.get(key);
        return e == null ? null : e.value;
    }

    /** The live entry for {@code key}, or null: its value follows later stores until it is {@link Entry#removed}. */
    @TruffleBoundary
    public Entry getEntryStr(String key) {
        return map.get(key);
    }

    @TruffleBoundary
    public void put(Object key, Object value) {
        store(HashKey.of(key), key, value);
    }

    @TruffleBoundary
    public void putStr(String key, Object value) {
        store(key, key, value);
    }

    private void store(Object hk, Object key, Object value) {
        Entry e = map.get(hk);
        Object old = null;
        if (e != null) {
            old = e.value;
            e.value = value;
        } else {
            map.put(hk, new Entry(key, value));
            version++;
        }
        if (owner != null) {
            PClass.attributeChanged(this, key, old, value);
        }
    }

    /** Removes and returns the value, or null when absent. */
    @TruffleBoundary
    public Object remove(Object key) {
        Entry e = map.remove(HashKey.of(key));
        if (e == null) {
            return null;
        }
        version++;
        e.removed = true;
        if (owner != null) {
            PClass.attributeChanged(this, e.key, e.value, null);
        }
        return e.value;
    }

    @TruffleBoundary
    public boolean containsKey(Object key) {
        return map.containsKey(HashKey.of(key));
    }

    @TruffleBoundary
    public void clear() {
        for (Entry e : map.values()) {
            e.removed = true;
            if (owner != null) {
                PClass.attributeChanged(this, e.key, e.value, null);
            }
        }
        map.clear();
        version++;
    }

    @TruffleBoundary
    public List<Entry> entries() {
        return new ArrayList<>(map.values());
    }

    @TruffleBoundary
    public Iterator<Entry> iterator() {
        return map.values().iterator();
    }

    @TruffleBoundary
    public Object[] keysArray() {
        Object[] r = new Object[map.size()];
        int i = 0;
        for (Entry e : map.values()) {
            r[i++] = e.key;
        }
        return r;
    }

    /** Removes the most recently inserted entry (dict.popitem). */
    @TruffleBoundary
    public Entry popLast() {
        Entry last = null;
        Object lastKey = null;
        for (Map.Entry<Object, Entry> me : map.entrySet()) {
            last = me.getValue();
            lastKey = me.getKey();
        }
        if (last != null) {
            map.remove(lastKey);
            version++;
            last.removed = true;
            if (owner != null) {
                PClass.attributeChanged(this, last.key, last.value, null);
            }
        }
        return last;
    }

    @TruffleBoundary
    public void moveToEnd(Object key, boolean last) {
        Object hk = HashKey.of(key);
        Entry e = map.remove(hk);
        if (e == null) {
            return;
        }
        if (last) {
            map.put(hk, e);
        } else {
            LinkedHashMap<Object, Entry> copy = new LinkedHashMap<>(map);
            map.clear();
            map.put(hk, e);
            map.putAll(copy);
        }
    }

    @TruffleBoundary
    public PDict copy() {
        PDict d = new PDict();
        for (Entry e : map.values()) {
            d.map.put(HashKey.of(e.key), new Entry(e.key, e.value));
        }
        return d;
    }
}
