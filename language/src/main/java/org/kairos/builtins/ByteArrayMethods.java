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
            MiscTypeMethods.checkEncoding(a[2], a[3], "bytearray");
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
        Builtins.method(c, "decode", "self, encoding='utf-8', errors='strict'", a -> MiscTypeMethods.decode(self(a[0]).toArray(), TypeHelpers.strArg(a[1], "decode", "'encoding'"), TypeHelpers.strArg(a[2], "decode", "'errors'")));
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

    /** The methods of the minimal {@code complex} type (see {@link org.kairos.runtime.PComplex}). */
    static void installComplex(PClass c) {
        Builtins.staticMethod(c, "__new__", "cls, real=0, imag=0", a -> {
            if (!org.kairos.runtime.Numbers.isNumber(a[1]) && !(a[1] instanceof org.kairos.runtime.PComplex)
                            || !org.kairos.runtime.Numbers.isNumber(a[2]) && !(a[2] instanceof org.kairos.runtime.PComplex)) {
                throw PException.typeError("complex() first argument must be a string or a number, not '" + Py.typeName(a[1]) + "'");
            }
            double[] re = parts(a[1]);
            double[] im = parts(a[2]);
            // as CPython: only complex operands contribute cross terms, so complex(-1.5, -0.0) keeps the -0.0
            double real = a[2] instanceof org.kairos.runtime.PComplex ? re[0] - im[1] : re[0];
            double imag = a[1] instanceof org.kairos.runtime.PComplex ? im[0] + re[1] : im[0];
            return new org.kairos.runtime.PComplex(real, imag);
        });
        Builtins.getset(c, "real", s -> ((org.kairos.runtime.PComplex) s).real, null);
        Builtins.getset(c, "imag", s -> ((org.kairos.runtime.PComplex) s).imag, null);
        Builtins.method(c, "conjugate", "self, /", a -> {
            org.kairos.runtime.PComplex z = (org.kairos.runtime.PComplex) a[0];
            return new org.kairos.runtime.PComplex(z.real, -z.imag);
        });
        Builtins.method(c, "__abs__", "self, /", a -> ((org.kairos.runtime.PComplex) a[0]).abs());
        Builtins.method(c, "__neg__", "self, /", a -> {
            org.kairos.runtime.PComplex z = (org.kairos.runtime.PComplex) a[0];
            return new org.kairos.runtime.PComplex(-z.real, -z.imag);
        });
        Builtins.method(c, "__pos__", "self, /", a -> a[0]);
        Builtins.method(c, "__bool__", "self, /", a -> ((org.kairos.runtime.PComplex) a[0]).real != 0.0 || ((org.kairos.runtime.PComplex) a[0]).imag != 0.0);
        Builtins.method(c, "__repr__", "self, /", a -> ((org.kairos.runtime.PComplex) a[0]).repr());
        Builtins.method(c, "__hash__", "self, /", a -> ((org.kairos.runtime.PComplex) a[0]).hash());
        Builtins.method(c, "__eq__", "self, other, /", a -> org.kairos.runtime.Ops.builtinCompare(org.kairos.runtime.Ops.CmpOp.EQ, a[0], a[1]));
        Builtins.method(c, "__ne__", "self, other, /", a -> org.kairos.runtime.Ops.builtinCompare(org.kairos.runtime.Ops.CmpOp.NE, a[0], a[1]));
    }

    private static double[] parts(Object o) {
        if (o instanceof org.kairos.runtime.PComplex z) {
            return new double[]{z.real, z.imag};
        }
        return new double[]{org.kairos.runtime.Numbers.toDouble(o), 0.0};
    }
}
