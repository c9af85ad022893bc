package org.kairos.builtins;

import org.kairos.KairosContext;
import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.Iteration;
import org.kairos.runtime.PBytes;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PException;
import org.kairos.runtime.PList;
import org.kairos.runtime.PModule;
import org.kairos.runtime.PNone;
import org.kairos.runtime.PythonObject;
import org.kairos.runtime.Py;

import java.util.ArrayList;
import java.util.List;

/** The {@code io} module: in-memory text and byte streams (StringIO, BytesIO). */
final class IoModule {
    private IoModule() {
    }

    static final PClass IOBASE = FunctoolsModule.lib("_IOBase", "_io");
    static final PClass TEXTIOBASE = ioClass("_TextIOBase", IOBASE);
    static final PClass BUFFEREDIOBASE = ioClass("_BufferedIOBase", IOBASE);
    static final PClass RAWIOBASE = ioClass("_RawIOBase", IOBASE);
    static final PClass STRINGIO = ioClass("StringIO", TEXTIOBASE);
    static final PClass BYTESIO = ioClass("BytesIO", BUFFEREDIOBASE);

    private static PClass ioClass(String name, PClass base) {
        PClass c = new PClass(name, base, PClass.Layout.OTHER);
        c.ns.putStr("__module__", "_io");
        return c;
    }
    private static boolean initialized;

    /**
     * An in-memory stream; text streams keep chars, byte streams keep bytes (stored as chars 0-255 so
     * one implementation of positions, reads and lines serves both).
     */
    static final class PMemIO extends PythonObject {
        final StringBuilder buf = new StringBuilder();
        final boolean binary;
        int pos;
        boolean closed;

        PMemIO(PClass cls, boolean binary) {
            super(cls);
            this.binary = binary;
        }

        void check() {
            if (closed) {
                throw PException.valueError("I/O operation on closed file");
            }
        }

        int write(String s) {
            check();
            if (pos > buf.length()) {
                // writing past the end pads with NULs, as CPython does
                buf.append("\0".repeat(pos - buf.length()));
            }
            int end = Math.min(buf.length(), pos + s.length());
            buf.replace(pos, end, s);
            pos += s.length();
            return s.length();
        }

        String read(long n) {
            check();
            int start = Math.min(pos, buf.length());
            int end = n < 0 ? buf.length() : (int) Math.min(buf.length(), start + n);
            pos = Math.max(pos, end);
            return buf.substring(start, end);
        }

        String readline(long limit) {
            check();
            int start = Math.min(pos, buf.length());
            int nl = buf.indexOf("\n", start);
            int end = nl < 0 ? buf.length() : nl + 1;
            if (limit >= 0 && end - start > limit) {
                end = (int) (start + limit);
            }
            pos = Math.max(pos, end);
            return buf.substring(start, end);
        }

        Object wrap(String s) {
            return binary ? new PBytes(toBytes(s)) : s;
        }
    }

    static byte[] toBytes(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s.charAt(i);
        }
        return b;
    }

    static String fromBytes(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length);
        for (byte x : b) {
            sb.append((char) (x & 0xff));
        }
        return sb.toString();
    }

    private static PMemIO self(Object[] a) {
        return (PMemIO) a[0];
    }

    private static String data(PMemIO m, Object o) {
        if (m.binary) {
            if (o instanceof PBytes b) {
                return fromBytes(b.bytes);
            }
            throw PException.typeError("a bytes-like object is required, not '" + Py.typeName(o) + "'");
        }
        if (!(o instanceof String s)) {
            throw PException.typeError("string argument expected, got '" + Py.typeName(o) + "'");
        }
        return s;
    }

    private static long size(Object o) {
        return o == PNone.NONE ? -1 : Py.indexToLong(o);
    }

    private static synchronized void init() {
        if (initialized) {
            return;
        }
        initialized = true;
        Builtins.staticMethod(STRINGIO, "__new__", "cls, *args, **kwargs", a -> new PMemIO((PClass) a[0], false));
        Builtins.method(STRINGIO, "__init__", "self, initial_value='', newline='\\n'", a -> {
            PMemIO m = self(a);
            m.buf.setLength(0);
            if (a[1] != PNone.NONE) {
                m.buf.append(data(m, a[1]));
            }
            m.pos = 0;
            return PNone.NONE;
        });
        Builtins.staticMethod(BYTESIO, "__new__", "cls, *args, **kwargs", a -> new PMemIO((PClass) a[0], true));
        Builtins.method(BYTESIO, "__init__", "self, initial_bytes=None", a -> {
            PMemIO m = self(a);
            m.buf.setLength(0);
            if (a[1] != PNone.NONE) {
                m.buf.append(data(m, a[1]));
            }
            m.pos = 0;
            return PNone.NONE;
        });
        for (PClass c : new PClass[]{STRINGIO, BYTESIO}) {
            Builtins.method(c, "write", "self, s, /", a -> (long) self(a).write(data(self(a), a[1])));
            Builtins.method(c, "writelines", "self, lines, /", a -> {
                for (Object o : Iteration.toArray(a[1])) {
                    self(a).write(data(self(a), o));
                }
                return PNone.NONE;
            });
            Builtins.method(c, "getvalue", "self, /", a -> {
                self(a).check();
                return self(a).wrap(self(a).buf.toString());
            });
            Builtins.method(c, "read", "self, size=-1, /", a -> self(a).wrap(self(a).read(size(a[1]))));
            Builtins.method(c, "readline", "self, size=-1, /", a -> self(a).wrap(self(a).readline(size(a[1]))));
            Builtins.method(c, "readlines", "self, hint=-1, /", a -> {
                PMemIO m = self(a);
                long hint = size(a[1]);
                List<Object> out = new ArrayList<>();
                long total = 0;
                while (true) {
                    String l = m.readline(-1);
                    if (l.isEmpty()) {
                        break;
                    }
                    out.add(m.wrap(l));
                    total += l.length();
                    if (hint > 0 && total >= hint) {
                        break;
                    }
                }
                return new PList(out.toArray());
            });
            Builtins.method(c, "seek", "self, pos, whence=0, /", a -> {
                PMemIO m = self(a);
                m.check();
                long p = Py.indexToLong(a[1]);
                long whence = Py.indexToLong(a[2]);
                if (whence == 0) {
                    if (p < 0) {
                        throw PException.valueError("Negative seek position " + p);
                    }
                    if (p > Integer.MAX_VALUE) {
                        // a later write would have to pad the buffer up to there
                        throw PException.raise(ExceptionClasses.MemoryError, "");
                    }
                    m.pos = (int) p;
                } else if (whence == 1 || whence == 2) {
                    if (p != 0 && !m.binary) {
                        throw PException.raise(ExceptionClasses.OSError, "Can't do nonzero cur-relative seeks");
                    }
                    m.pos = (int) Math.max(0, (whence == 1 ? m.pos : m.buf.length()) + p);
                } else {
                    throw PException.valueError("Invalid whence (" + whence + ", should be 0, 1 or 2)");
                }
                return (long) m.pos;
            });
            Builtins.method(c, "tell", "self, /", a -> {
                self(a).check();
                return (long) self(a).pos;
            });
            Builtins.method(c, "truncate", "self, size=None, /", a -> {
                PMemIO m = self(a);
                m.check();
                long n = a[1] == PNone.NONE ? m.pos : Py.indexToLong(a[1]);
                if (n < 0) {
                    throw PException.valueError("Negative size value " + n);
                }
                if (n < m.buf.length()) {
                    m.buf.setLength((int) n);
                }
                return n;
            });
            Builtins.method(c, "close", "self, /", a -> {
                self(a).closed = true;
                return PNone.NONE;
            });
            Builtins.getset(c, "closed", o -> ((PMemIO) o).closed, null);
            Builtins.method(c, "flush", "self, /", a -> PNone.NONE);
            Builtins.method(c, "readable", "self, /", a -> {
                self(a).check();
                return true;
            });
            Builtins.method(c, "writable", "self, /", a -> {
                self(a).check();
                return true;
            });
            Builtins.method(c, "seekable", "self, /", a -> {
                self(a).check();
                return true;
            });
            Builtins.method(c, "isatty", "self, /", a -> false);
            Builtins.method(c, "__enter__", "self, /", a -> {
                self(a).check();
                return a[0];
            });
            Builtins.method(c, "__exit__", "self, *args", a -> {
                self(a).closed = true;
                return PNone.NONE;
            });
            Builtins.method(c, "__iter__", "self, /", a -> {
                self(a).check();
                return a[0];
            });
            Builtins.method(c, "__next__", "self, /", a -> {
                String l = self(a).readline(-1);
                if (l.isEmpty()) {
                    throw PException.raise(ExceptionClasses.StopIteration, null);
                }
                return self(a).wrap(l);
            });
        }
    }

    static PModule create(KairosContext ctx) {
        init();
        PModule m = new PModule("io");
        PDict d = m.dict;
        d.putStr("StringIO", STRINGIO);
        d.putStr("BytesIO", BYTESIO);
        d.putStr("TextIOWrapper", PTextIO.CLASS);
        d.putStr("IOBase", IOBASE);
        d.putStr("TextIOBase", TEXTIOBASE);
        d.putStr("BufferedIOBase", BUFFEREDIOBASE);
        d.putStr("RawIOBase", RAWIOBASE);
        d.putStr("SEEK_SET", 0L);
        d.putStr("SEEK_CUR", 1L);
        d.putStr("SEEK_END", 2L);
        d.putStr("UnsupportedOperation", ExceptionClasses.OSError);
        return m;
    }
}
