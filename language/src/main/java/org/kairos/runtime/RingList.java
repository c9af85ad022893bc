package org.kairos.runtime;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A list in a circular array: adding and removing at either end is O(1) and indexing is O(1),
 * as {@code collections.deque} needs ({@code popleft} of an ArrayList shifts every element).
 */
public final class RingList extends AbstractList<Object> implements RandomAccess {
    private Object[] items = new Object[8];
    private int head;
    private int size;

    @Override
    public int size() {
        return size;
    }

    private int slot(int i) {
        int s = head + i;
        return s >= items.length ? s - items.length : s;
    }

    private void checkIndex(int i, int bound) {
        if (i < 0 || i >= bound) {
            throw new IndexOutOfBoundsException(i);
        }
    }

    @Override
    public Object get(int i) {
        checkIndex(i, size);
        return items[slot(i)];
    }

    @Override
    public Object set(int i, Object v) {
        checkIndex(i, size);
        int s = slot(i);
        Object old = items[s];
        items[s] = v;
        return old;
    }

    private void grow() {
        Object[] n = new Object[items.length * 2];
        for (int i = 0; i < size; i++) {
            n[i] = items[slot(i)];
        }
        items = n;
        head = 0;
    }

    @Override
    public boolean add(Object v) {
        if (size == items.length) {
            grow();
        }
        items[slot(size)] = v;
        size++;
        modCount++;
        return true;
    }

    @Override
    public void add(int i, Object v) {
        checkIndex(i, size + 1);
        if (size == items.length) {
            grow();
        }
        if (i == 0) {
            head = head == 0 ? items.length - 1 : head - 1;
            items[head] = v;
        } else {
            for (int j = size; j > i; j--) {
                items[slot(j)] = items[slot(j - 1)];
            }
            items[slot(i)] = v;
        }
        size++;
        modCount++;
    }

    @Override
    public Object remove(int i) {
        checkIndex(i, size);
        Object old = items[slot(i)];
        if (i == 0) {
            items[head] = null;
            head = head + 1 == items.length ? 0 : head + 1;
        } else {
            for (int j = i; j < size - 1; j++) {
                items[slot(j)] = items[slot(j + 1)];
            }
            items[slot(size - 1)] = null;
        }
        size--;
        modCount++;
        return old;
    }

    @Override
    public void clear() {
        items = new Object[8];
        head = 0;
        size = 0;
        modCount++;
    }
}
