package org.kairos.runtime;

import java.util.Arrays;

/** Python list: a growable array. */
public final class PList extends PythonObject {
    public Object[] items;
    public int size;

    public PList() {
        this(PClass.LIST, new Object[4], 0);
    }

    public PList(Object[] items) {
        this(PClass.LIST, items, items.length);
    }

    public PList(PClass cls, Object[] items, int size) {
        super(cls);
        this.items = items;
        this.size = size;
    }

    public int size() {
        return size;
    }

    public Object get(int i) {
        return items[i];
    }

    public void set(int i, Object v) {
        items[i] = v;
    }

    public void append(Object v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size * 2));
        }
        items[size++] = v;
    }

    public void insert(int index, Object v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size * 2));
        }
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = v;
        size++;
    }

    public Object remove(int index) {
        Object v = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        return v;
    }

    public Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    public void setAll(Object[] newItems) {
        items = newItems.length == 0 ? new Object[4] : newItems;
        size = newItems.length;
    }

    public void clear() {
        items = new Object[4];
        size = 0;
    }
}
