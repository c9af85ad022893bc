package org.kairos.runtime;

/**
 * A builtin iterator (list_iterator, range_iterator, map, zip, ...): {@link #next} returns the next
 * value or {@code null} when exhausted, so Java loops need no StopIteration exceptions.
 */
public abstract class PIterator extends PythonObject {
    protected PIterator(PClass cls) {
        super(cls);
    }

    /** The next value, or null when the iterator is exhausted. */
    public abstract Object next();

    /** Remaining items for {@code __length_hint__}, or -1 when unknown. */
    public long lengthHint() {
        return -1;
    }

    /** Iterates a list (index-based, so appends during iteration are seen, as in CPython). */
    public static final class ListIterator extends PIterator {
        private final PList list;
        private int index;

        public ListIterator(PList list) {
            super(BuiltinClasses.LIST_ITERATOR);
            this.list = list;
        }

        @Override
        public Object next() {
            if (index < list.size) {
                return list.items[index++];
            }
            index = Integer.MAX_VALUE;
            return null;
        }

        @Override
        public long lengthHint() {
            return Math.max(0, list.size - (long) index);
        }
    }

    /** Iterates an array snapshot (tuples, dict views, sets). */
    public static final class ArrayIterator extends PIterator {
        private final Object[] items;
        private int index;

        public ArrayIterator(PClass cls, Object[] items) {
            super(cls);
            this.items = items;
        }

        @Override
        public Object next() {
            return index < items.length ? items[index++] : null;
        }

        @Override
        public long lengthHint() {
            return items.length - index;
        }
    }

    /** Iterates the characters of a str. */
    public static final class StrIterator extends PIterator {
        private final String s;
        private int index;

        public StrIterator(String s) {
            super(BuiltinClasses.STR_ITERATOR);
            this.s = s;
        }

        @Override
        public Object next() {
            if (index >= s.length()) {
                return null;
            }
            int cp = s.codePointAt(index);
            int n = Character.charCount(cp);
            String r = s.substring(index, index + n);
            index += n;
            return r;
        }

        @Override
        public long lengthHint() {
            return s.codePointCount(index, s.length());
        }
    }

    /** Iterates a range of longs. */
    public static final class RangeIterator extends PIterator {
        private long next;
        private final long step;
        private long remaining;

        public RangeIterator(long start, long step, long length) {
            super(BuiltinClasses.RANGE_ITERATOR);
            this.next = start;
            this.step = step;
            this.remaining = length;
        }

        @Override
        public Object next() {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long v = next;
            next += step;
            return v;
        }

        @Override
        public long lengthHint() {
            return Math.max(0, remaining);
        }
    }

    /** An iterator written as a lambda (map, filter, zip, enumerate, ...). */
    public static final class FnIterator extends PIterator {
        public interface Step {
            Object next();
        }

        private Step step;

        public FnIterator(PClass cls, Step step) {
            super(cls);
            this.step = step;
        }

        @Override
        public Object next() {
            if (step == null) {
                return null;
            }
            Object v = step.next();
            if (v == null) {
                step = null;
            }
            return v;
        }
    }
}
