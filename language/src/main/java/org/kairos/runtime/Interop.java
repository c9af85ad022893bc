package org.kairos.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import java.math.BigInteger;
import java.util.Iterator;

/** Conversions of host values entering guest code, and the iterator over dict entries for interop. */
public final class Interop {
    private Interop() {
    }

    /** Host boxed values to the runtime's representation (Integer to int as Long, Float to Double...). */
    @TruffleBoundary
    public static Object fromHost(Object o) {
        if (o instanceof Integer i) {
            return (long) i;
        }
        if (o instanceof Short s) {
            return (long) s;
        }
        if (o instanceof Byte b) {
            return (long) b;
        }
        if (o instanceof Float f) {
            return (double) f;
        }
        if (o instanceof Character c) {
            return String.valueOf(c);
        }
        if (o instanceof BigInteger b) {
            return Numbers.normalize(b);
        }
        if (o instanceof com.oracle.truffle.api.strings.TruffleString ts) {
            return ts.toJavaStringUncached();
        }
        if (o == null) {
            return PNone.NONE;
        }
        return o;
    }

    public static Object[] fromHost(Object[] args) {
        Object[] r = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            r[i] = fromHost(args[i]);
        }
        return r;
    }

    /** A hash-entries iterator: each element is a [key, value] tuple. */
    @ExportLibrary(InteropLibrary.class)
    public static final class EntryIterator implements TruffleObject {
        private final Iterator<PDict.Entry> it;

        EntryIterator(PDict d) {
            this.it = d.entries().iterator();
        }

        @ExportMessage
        boolean isIterator() {
            return true;
        }

        @ExportMessage
        @TruffleBoundary
        boolean hasIteratorNextElement() {
            return it.hasNext();
        }

        @ExportMessage
        @TruffleBoundary
        Object getIteratorNextElement() throws com.oracle.truffle.api.interop.StopIterationException {
            if (!it.hasNext()) {
                throw com.oracle.truffle.api.interop.StopIterationException.create();
            }
            PDict.Entry e = it.next();
            return new PTuple(new Object[]{e.key, e.value});
        }
    }

    static EntryIterator entries(PDict d) {
        return new EntryIterator(d);
    }

    static UnsupportedMessageException unsupported() {
        return UnsupportedMessageException.create();
    }
}
