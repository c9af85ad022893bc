package org.kairos.runtime;

/** Python range over longs (ranges beyond long are rejected with OverflowError). */
public final class PRange extends PythonObject {
    public final long start;
    public final long stop;
    public final long step;

    public PRange(long start, long stop, long step) {
        super(PClass.RANGE);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    public long get(long i) {
        return start + i * step;
    }
}
