package org.kairos.builtins;

import org.kairos.runtime.Iteration;
import org.kairos.runtime.PByteArray;
import org.kairos.runtime.PBytes;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PException;
import org.kairos.runtime.PIterator;
import org.kairos.runtime.PNone;
import org.kairos.runtime.PSlice;
import org.kairos.runtime.Py;
import org.kairos.runtime.BuiltinClasses;

/** The methods of {@code bytearray}. */
final class ByteArrayMethods {
    private ByteArrayMethods() {
    }

    private static PByteArray self(Object o) {
        return (PByteArray) o;
    }

    /** The bytes of a bytes-like operand, or null. */
    static byte[] bytesOf(Object o) {
        if (o instanceof PBytes b) {
            return b.bytes;
        }
        if (o instanceof PByteArray ba) {
            return ba.toArray();
        }
        return null;
    }

    private static byte byteValue(Object v) {
        long n = Py.indexToLong(v);
        if (n < 0 || n > 255) {
            throw PException.valueError("byte must be in range(0, 256)");
        }
        return (byte) n;
    }

    static void install(PClass c) {
        Builtins.staticMethod(c, "__new__", "cls, source=?, encoding=?, errors=?", a -> {
            Object src = a[1] instanceof PByteArray ba ? new PBytes(ba.toArray()) : a[1];
            Object b;
            if (src == PNone.NO_VALUE) {
                b = new PBytes(new byte[0]);
            } else if (a[2] == PNone.NO_VALUE) {
                b = Py.call(PClass.BYTES, src);
            } else if (a[3] == PNone.NO_VALUE) {
                b = Py.call(PClass.BYTES, src, a[2]);
            } else {
                b = Py.call(PClass.BYTES, src, a[2], a[3]);
            }
            return new PByteArray(((PBytes) b).bytes.clone());
        });
        Builtins.method(c, "__init__", "self, *args, **kwargs", a -> PNone.NONE);
        Builtins.method(c, "__len__", "self, /", a -> (long) self(a[0]).size);
        Builtins.method(c, "__repr__", "self, /", a -> "bytearray(" + Py.repr(new PBytes(self(a[0]).toArray())) + ")");
        Builtins.method(c, "__iter__", "self, /", a -> {
            byte[] b = self(a[0]).toArray();
            Object[] items = new Object[b.length];
            for (int i = 0; i < b.length; i++) {
                items[i] = (long) (b[i] & 0xff);
            }
            return new PIterator.ArrayIterator(BuiltinClasses.ITERATOR, items);
        });
        Builtins.method(c, "__getitem__", "self, index, /", a -> {
            PByteArray s = self(a[0]);
            if (a[1] instanceof PSlice sl) {
                long[] idx = sl.indices(s.size);
                byte[] r = new byte[(int) idx[3]];
                for (int i = 0; i < r.length; i++) {
                    r[i] = s.bytes[(int) (idx[0] + i * idx[2])];
                }
                return new PByteArray(r);
            }
            long i = Py.seqIndex(a[1], "bytearray");
            if (i < 0) {
                i += s.size;
            }
            if (i < 0 || i >= s.size) {
                throw PException.indexError("bytearray index out of range");
            }
            return (long) (s.bytes[(int) i] & 0xff);
        });
        Builtins.method(c, "__setitem__", "self, index, value, /", a -> {
            PByteArray s = self(a[0]);
            long i = Py.seqIndex(a[1], "bytearray");
            if (i < 0) {
                i += s.size;
            }
            if (i < 0 || i >= s.size) {
                throw PException.indexError("bytearray index out of range");
            }
            s.bytes[(int) i] = byteValue(a[2]);
            return PNone.NONE;
        });
        Builtins.method(c, "append", "self, item, /", a -> {
            self(a[0]).append(byteValue(a[1]));
            return PNone.NONE;
        });
        Builtins.method(c, "extend", "self, iterable_of_ints, /", a -> {
            byte[] b = bytesOf(a[1]);
            if (b != null) {
                for (byte x : b) {
                    self(a[0]).append(x);
                }
            } else {
                for (Object o : Iteration.toArray(a[1])) {
                    self(a[0]).append(byteValue(o));
                }
            }
            return PNone.NONE;
        });
        Builtins.method(c, "decode", "self, encoding='utf-8', errors='strict'", a -> MiscTypeMethods.decode(self(a[0]).toArray(), (String) a[1], (String) a[2]));
        Builtins.method(c, "__eq__", "self, other, /", a -> {
            byte[] o = bytesOf(a[1]);
            return o == null ? PNone.NOT_IMPLEMENTED : (Object) java.util.Arrays.equals(self(a[0]).toArray(), o);
        });
        Builtins.method(c, "__ne__", "self, other, /", a -> {
            byte[] o = bytesOf(a[1]);
            return o == null ? PNone.NOT_IMPLEMENTED : (Object) !java.util.Arrays.equals(self(a[0]).toArray(), o);
        });
        c.ns.putStr("__hash__", PNone.NONE);
    }
}
