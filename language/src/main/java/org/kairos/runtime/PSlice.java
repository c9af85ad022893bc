package org.kairos.runtime;

/** Python slice object; {@link #indices} computes CPython's adjusted start/stop/step/length. */
public final class PSlice extends PythonObject {
    public final Object start;
    public final Object stop;
    public final Object step;

    public PSlice(Object start, Object stop, Object step) {
        super(PClass.SLICE);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    /** Returns {start, stop, step, length} for a sequence of the given length. */
    public long[] indices(long length) {
        long st = step == PNone.NONE ? 1 : Py.indexToLong(step);
        if (st == 0) {
            throw PException.valueError("slice step cannot be zero");
        }
        long lower = st < 0 ? -1 : 0;
        long upper = st < 0 ? length - 1 : length;
        long s;
        if (start == PNone.NONE) {
            s = st < 0 ? upper : lower;
        } else {
            s = Py.indexToLong(start);
            if (s < 0) {
                s += length;
                if (s < lower) {
                    s = lower;
                }
            } else if (s > upper) {
                s = upper;
            }
        }
        long e;
        if (stop == PNone.NONE) {
            e = st < 0 ? lower : upper;
        } else {
            e = Py.indexToLong(stop);
            if (e < 0) {
                e += length;
                if (e < lower) {
                    e = lower;
                }
            } else if (e > upper) {
                e = upper;
            }
        }
        long len;
        if (st > 0) {
            len = s < e ? (e - s - 1) / st + 1 : 0;
        } else {
            len = s > e ? (s - e - 1) / (-st) + 1 : 0;
        }
        return new long[]{s, e, st, len};
    }
}
