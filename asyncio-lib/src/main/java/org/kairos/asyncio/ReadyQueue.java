package org.kairos.asyncio;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.Arrays;

/**
 * The loop's FIFO of ready items: a power-of-two ring buffer. An item is a {@link Handle} or a
 * {@link PTask}: a step with nothing thrown in, or, when {@link PTask#wakeupQueued} is set, the
 * task's wake-up (its future is done). So a task step and a wake-up queue no handle object. Only
 * the loop thread touches it.
 */
final class ReadyQueue {
    private Object[] items = new Object[64];
    private int head;
    private int size;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void add(Object item) {
        Object[] a = items;
        if (CompilerDirectives.injectBranchProbability(CompilerDirectives.SLOWPATH_PROBABILITY, size == a.length)) {
            a = grow();
        }
        a[(head + size) & (a.length - 1)] = item;
        size++;
    }

    /** The oldest item, or null when empty. */
    Object poll() {
        if (size == 0) {
            return null;
        }
        Object[] a = items;
        Object item = a[head];
        a[head] = null;
        head = (head + 1) & (a.length - 1);
        size--;
        return item;
    }

    Object get(int i) {
        return items[(head + i) & (items.length - 1)];
    }

    void clear() {
        Arrays.fill(items, null);
        head = 0;
        size = 0;
    }

    @TruffleBoundary
    private Object[] grow() {
        Object[] a = items;
        Object[] b = new Object[a.length * 2];
        int n = a.length - head;
        System.arraycopy(a, head, b, 0, n);
        System.arraycopy(a, 0, b, n, head);
        items = b;
        head = 0;
        return b;
    }
}
