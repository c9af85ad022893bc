package org.kairos.runtime;

/** Builtin classes beyond the core ones in {@link PClass}: iterators, views and helpers. */
public final class BuiltinClasses {
    private BuiltinClasses() {
    }

    private static PClass fin(String name) {
        PClass c = new PClass(name, PClass.OBJECT, PClass.Layout.OTHER);
        c.isFinal = true;
        return c;
    }

    public static final PClass LIST_ITERATOR = fin("list_iterator");
    public static final PClass TUPLE_ITERATOR = fin("tuple_iterator");
    public static final PClass STR_ITERATOR = fin("str_ascii_iterator");
    public static final PClass RANGE_ITERATOR = fin("range_iterator");
    public static final PClass DICT_KEYITERATOR = fin("dict_keyiterator");
    public static final PClass DICT_VALUEITERATOR = fin("dict_valueiterator");
    public static final PClass DICT_ITEMITERATOR = fin("dict_itemiterator");
    public static final PClass SET_ITERATOR = fin("set_iterator");
    public static final PClass LIST_REVERSEITERATOR = fin("list_reverseiterator");
    public static final PClass REVERSED = fin("reversed");
    public static final PClass CALLABLE_ITERATOR = fin("callable_iterator");
    public static final PClass ITERATOR = fin("iterator");
    public static final PClass MAP = fin("map");
    public static final PClass FILTER = fin("filter");
    public static final PClass ZIP = fin("zip");
    public static final PClass ENUMERATE = fin("enumerate");
    public static final PClass DICT_KEYS = fin("dict_keys");
    public static final PClass DICT_VALUES = fin("dict_values");
    public static final PClass DICT_ITEMS = fin("dict_items");
}
