package org.kairos.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** dict_keys / dict_values / dict_items: live views of a dict. */
public final class PDictView extends PythonObject {
    public enum Kind { KEYS, VALUES, ITEMS }

    public final PDict dict;
    public final Kind kind;

    public PDictView(PDict dict, Kind kind) {
        super(switch (kind) {
            case KEYS -> BuiltinClasses.DICT_KEYS;
            case VALUES -> BuiltinClasses.DICT_VALUES;
            case ITEMS -> BuiltinClasses.DICT_ITEMS;
        });
        this.dict = dict;
        this.kind = kind;
    }

    @TruffleBoundary
    public Object[] toArray() {
        var entries = dict.entries();
        Object[] r = new Object[entries.size()];
        for (int i = 0; i < r.length; i++) {
            PDict.Entry e = entries.get(i);
            r[i] = switch (kind) {
                case KEYS -> e.key;
                case VALUES -> e.value;
                case ITEMS -> new PTuple(new Object[]{e.key, e.value});
            };
        }
        return r;
    }

    @TruffleBoundary
    public PSet toSet() {
        PSet s = new PSet(PClass.SET);
        for (Object o : toArray()) {
            s.add(o);
        }
        return s;
    }

    @TruffleBoundary
    public boolean contains(Object item) {
        switch (kind) {
            case KEYS:
                return dict.containsKey(item);
            case ITEMS:
                if (item instanceof PTuple t && t.items.length == 2) {
                    Object v = dict.get(t.items[0]);
                    return v != null && Py.eqBool(v, t.items[1]);
                }
                return false;
            default:
                for (Object o : toArray()) {
                    if (Py.eqBool(o, item)) {
                        return true;
                    }
                }
                return false;
        }
    }
}
