package org.kairos.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Python set and frozenset (the class tells which); elements compared with Python semantics. */
public final class PSet extends PythonObject {
    private final LinkedHashMap<Object, Object> map = new LinkedHashMap<>();
    public int version;

    public PSet(PClass cls) {
        super(cls);
    }

    public boolean isFrozen() {
        return cls == PClass.FROZENSET || (cls != PClass.SET && cls.isSubclassOf(PClass.FROZENSET));
    }

    public int size() {
        return map.size();
    }

    @TruffleBoundary
    public boolean add(Object v) {
        Object hk = HashKey.of(v);
        if (map.containsKey(hk)) {
            return false;
        }
        map.put(hk, v);
        version++;
        return true;
    }

    @TruffleBoundary
    public boolean contains(Object v) {
        return map.containsKey(HashKey.of(v));
    }

    @TruffleBoundary
    public boolean remove(Object v) {
        boolean r = map.remove(HashKey.of(v)) != null;
        if (r) {
            version++;
        }
        return r;
    }

    @TruffleBoundary
    public void clear() {
        map.clear();
        version++;
    }

    @TruffleBoundary
    public List<Object> elements() {
        return new ArrayList<>(map.values());
    }
}
