package org.kairos.builtins;

import static org.kairos.builtins.TypeHelpers.bound;
import static org.kairos.builtins.TypeHelpers.intArg;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.kairos.runtime.BuiltinClasses;
import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.Items;
import org.kairos.runtime.Iteration;
import org.kairos.runtime.Ops;
import org.kairos.runtime.PBuiltinFunction;
import org.kairos.runtime.PBytes;
import org.kairos.runtime.PCell;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PCode;
import org.kairos.runtime.PDescriptors;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PException;
import org.kairos.runtime.PFunction;
import org.kairos.runtime.PIterator;
import org.kairos.runtime.PList;
import org.kairos.runtime.PMethod;
import org.kairos.runtime.PModule;
import org.kairos.runtime.PNone;
import org.kairos.runtime.PRange;
import org.kairos.runtime.PSlice;
import org.kairos.runtime.PTraceback;
import org.kairos.runtime.PTuple;
import org.kairos.runtime.Py;
import org.kairos.runtime.text.StrMethods;

/** Methods and attributes of range, slice, bytes, functions, methods, code, property and friends. */
final class MiscTypeMethods {
    private MiscTypeMethods() {
    }

    static void range() {
        PClass c = PClass.RANGE;
        Builtins.getset(c, "start", s -> ((PRange) s).start, null);
        Builtins.getset(c, "stop", s -> ((PRange) s).stop, null);
        Builtins.getset(c, "step", s -> ((PRange) s).step, null);
        Builtins.method(c, "__len__", "self, /", a -> ((PRange) a[0]).length());
        Builtins.method(c, "__getitem__", "self, key, /", a -> Items.builtinGetItem(a[0], a[1]));
        Builtins.method(c, "__contains__", "self, key, /", a -> Ops.contains(a[0], a[1]));
        Builtins.method(c, "__iter__", "self, /", a -> Py.getIter(a[0]));
        Builtins.method(c, "__reversed__", "self, /", a -> {
            PRange r = (PRange) a[0];
            long n = r.length();
            return new PIterator.RangeIterator(n == 0 ? r.start : r.get(n - 1), -r.step, n);
        });
        Builtins.method(c, "count", "self, value, /", a -> {
            if (Ops.contains(a[0], a[1]) && !(a[1] instanceof Double)) {
                return 1L;
            }
            long n = 0;
            if (!org.kairos.runtime.Numbers.isInt(a[1])) {
                for (Object o : Iteration.toArray(a[0])) {
                    if (Py.eqBool(o, a[1])) {
                        n++;
                    }
                }
            }
            return n;
        });
        Builtins.method(c, "index", "self, value, /", a -> {
            PRange r = (PRange) a[0];
            if (org.kairos.runtime.Numbers.isInt(a[1]) && Ops.contains(r, a[1])) {
                return (org.kairos.runtime.Numbers.asLong(a[1]) - r.start) / r.step;
            }
            throw PException.valueError(Py.repr(a[1]) + " is not in range");
        });
        Builtins.method(c, "__hash__", "self, /", a -> Py.hash(a[0]));
        TypeHelpers.comparisons(c);
    }

    /** {@code __iter__}/{@code __next__} of the builtin iterator types, so guest code can drive them by hand. */
    static final PClass[] ITERATOR_CLASSES = {BuiltinClasses.LIST_ITERATOR, BuiltinClasses.TUPLE_ITERATOR, BuiltinClasses.STR_ITERATOR,
                    BuiltinClasses.RANGE_ITERATOR, BuiltinClasses.DICT_KEYITERATOR, BuiltinClasses.DICT_VALUEITERATOR, BuiltinClasses.DICT_ITEMITERATOR,
                    BuiltinClasses.SET_ITERATOR, BuiltinClasses.LIST_REVERSEITERATOR, BuiltinClasses.REVERSED, BuiltinClasses.CALLABLE_ITERATOR,
                    BuiltinClasses.ITERATOR, BuiltinClasses.MAP, BuiltinClasses.FILTER, BuiltinClasses.ZIP, BuiltinClasses.ENUMERATE, PClass.ITERATOR};

    static void iterators() {
        for (PClass c : ITERATOR_CLASSES) {
            if (c.ns.getStr("__next__") == null) {
                Builtins.method(c, "__next__", "self, /", a -> {
                    Object v = Iteration.next(a[0]);
                    if (v == null) {
                        throw new PException((org.kairos.runtime.PBaseException) Py.call(ExceptionClasses.StopIteration));
                    }
                    return v;
                });
            }
            if (c.ns.getStr("__iter__") == null) {
                Builtins.method(c, "__iter__", "self, /", a -> a[0]);
            }
            if (c.ns.getStr("__length_hint__") == null && c != BuiltinClasses.MAP && c != BuiltinClasses.FILTER && c != BuiltinClasses.ZIP
                            && c != BuiltinClasses.ENUMERATE && c != BuiltinClasses.CALLABLE_ITERATOR) {
                Builtins.method(c, "__length_hint__", "self, /", a -> {
                    long n = a[0] instanceof org.kairos.runtime.PIterator it ? it.lengthHint() : -1;
                    return n < 0 ? PNone.NOT_IMPLEMENTED : (Object) n;
                });
            }
        }
    }

    static void slice() {
        PClass c = PClass.SLICE;
        Builtins.getset(c, "start", s -> ((PSlice) s).start, null);
        Builtins.getset(c, "stop", s -> ((PSlice) s).stop, null);
        Builtins.getset(c, "step", s -> ((PSlice) s).step, null);
        Builtins.method(c, "indices", "self, len, /", a -> {
            long n = intArg(a[1]);
            if (n < 0) {
                throw PException.valueError("length should not be negative");
            }
            long[] r = ((PSlice) a[0]).indices(n);
            return PTuple.of(r[0], r[1], r[2]);
        });
    }

    // ------------------------------------------------------------------ bytes

    /** Bytes viewed as a latin-1 string, so the str algorithms serve bytes too. */
    private static String latin(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static PBytes fromLatin(String s) {
        return new PBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String bytesArg(Object o) {
        if (o instanceof PBytes b) {
            return latin(b.bytes);
        }
        if (Numbers2.isSmallInt(o)) {
            long v = intArg(o);
            if (v < 0 || v > 255) {
                throw PException.valueError("byte must be in range(0, 256)");
            }
            return String.valueOf((char) v);
        }
        throw PException.typeError("a bytes-like object is required, not '" + Py.typeName(o) + "'");
    }

    private static String bytesOrNone(Object o) {
        return o == PNone.NONE || o == PNone.NO_VALUE ? null : bytesArg(o);
    }

    /** Tiny helper for "is this an int argument" checks without pulling Numbers' full name everywhere. */
    private static final class Numbers2 {
        static boolean isSmallInt(Object o) {
            return o instanceof Long || o instanceof Boolean;
        }
    }

    private static void bm(String name, String spec, PBuiltinFunction.Impl impl) {
        TypeHelpers.m(PClass.BYTES, name, spec, impl);
    }

    private static String self(Object[] a) {
        return latin(((PBytes) a[0]).bytes);
    }

    private static PList bytesList(List<String> parts) {
        Object[] r = new Object[parts.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = fromLatin(parts.get(i));
        }
        return new PList(r);
    }

    static void bytes() {
        PClass c = PClass.BYTES;
        final long end = Long.MAX_VALUE / 2;
        Builtins.staticMethod(c, "__new__", "cls, source=?, encoding=?, errors=?", a -> newBytes(a[1], checkEncoding(a[2], a[3], "bytes"), a[3]));
        Builtins.classMethod(c, "fromhex", "cls, string, /", a -> {
            String s = TypeHelpers.strArg(a[1]);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int i = 0;
            while (i < s.length()) {
                char ch = s.charAt(i);
                if (ch == ' ') {
                    i++;
                    continue;
                }
                int hi = Character.digit(ch, 16);
                int lo = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                if (hi < 0 || lo < 0) {
                    throw PException.valueError("non-hexadecimal number found in fromhex() arg at position " + (hi < 0 ? i : i + 1));
                }
                out.write(hi * 16 + lo);
                i += 2;
            }
            return new PBytes(out.toByteArray());
        });
        bm("decode", "self, encoding='utf-8', errors='strict'", a -> decode(((PBytes) a[0]).bytes, TypeHelpers.strArg(a[1], "decode", "'encoding'"), TypeHelpers.strArg(a[2], "decode", "'errors'")));
        bm("hex", "self, /", a -> {
            StringBuilder sb = new StringBuilder();
            for (byte b : ((PBytes) a[0]).bytes) {
                sb.append(String.format("%02x", b & 0xff));
            }
            return sb.toString();
        });
        bm("__len__", "self, /", a -> (long) ((PBytes) a[0]).bytes.length);
        bm("__getitem__", "self, key, /", a -> Items.builtinGetItem(a[0], a[1]));
        bm("__iter__", "self, /", a -> Py.getIter(a[0]));
        bm("__contains__", "self, key, /", a -> self(a).contains(bytesArg(a[1])));
        bm("__hash__", "self, /", a -> Py.hash(a[0]));
        bm("join", "self, iterable, /", a -> {
            StringBuilder sb = new StringBuilder();
            int i = 0;
            for (Object o : Iteration.toArray(a[1])) {
                if (!(o instanceof PBytes b)) {
                    throw PException.typeError("sequence item " + i + ": expected a bytes-like object, " + Py.typeName(o) + " found");
                }
                if (i++ > 0) {
                    sb.append(self(a));
                }
                sb.append(latin(b.bytes));
            }
            return fromLatin(sb.toString());
        });
        bm("startswith", "self, prefix, start=None, end=None, /", a -> StrMethods.startswith(self(a), affixes(a[1]), bound(a[2], 0), bound(a[3], end)));
        bm("endswith", "self, suffix, start=None, end=None, /", a -> StrMethods.endswith(self(a), affixes(a[1]), bound(a[2], 0), bound(a[3], end)));
        bm("find", "self, sub, start=None, end=None, /", a -> StrMethods.find(self(a), bytesArg(a[1]), bound(a[2], 0), bound(a[3], end)));
        bm("rfind", "self, sub, start=None, end=None, /", a -> StrMethods.rfind(self(a), bytesArg(a[1]), bound(a[2], 0), bound(a[3], end)));
        bm("index", "self, sub, start=None, end=None, /", a -> StrMethods.index(self(a), bytesArg(a[1]), bound(a[2], 0), bound(a[3], end)));
        bm("count", "self, sub, start=None, end=None, /", a -> StrMethods.count(self(a), bytesArg(a[1]), bound(a[2], 0), bound(a[3], end)));
        bm("replace", "self, old, new, count=-1, /", a -> fromLatin(StrMethods.replace(self(a), bytesArg(a[1]), bytesArg(a[2]), intArg(a[3]))));
        bm("split", "self, sep=None, maxsplit=-1", a -> bytesList(StrMethods.split(self(a), bytesOrNone(a[1]), intArg(a[2]))));
        bm("rsplit", "self, sep=None, maxsplit=-1", a -> bytesList(StrMethods.rsplit(self(a), bytesOrNone(a[1]), intArg(a[2]))));
        bm("strip", "self, bytes=None, /", a -> fromLatin(StrMethods.strip(self(a), bytesOrNone(a[1]))));
        bm("lstrip", "self, bytes=None, /", a -> fromLatin(StrMethods.lstrip(self(a), bytesOrNone(a[1]))));
        bm("rstrip", "self, bytes=None, /", a -> fromLatin(StrMethods.rstrip(self(a), bytesOrNone(a[1]))));
        bm("upper", "self, /", a -> fromLatin(asciiCase(self(a), true)));
        bm("lower", "self, /", a -> fromLatin(asciiCase(self(a), false)));
        bm("isdigit", "self, /", a -> !self(a).isEmpty() && self(a).chars().allMatch(ch -> ch >= '0' && ch <= '9'));
        bm("isalpha", "self, /", a -> !self(a).isEmpty() && self(a).chars().allMatch(ch -> ch < 128 && Character.isLetter(ch)));
        bm("isspace", "self, /", a -> !self(a).isEmpty() && self(a).chars().allMatch(ch -> ch == ' ' || (ch >= 9 && ch <= 13)));
        bm("__mod__", "self, value, /", a -> Ops.builtinBinary(Ops.BinOp.MOD, a[0], a[1]));
        TypeHelpers.arithmetic(c, Ops.BinOp.ADD, Ops.BinOp.MUL);
        c.ns.remove("__radd__");
        TypeHelpers.comparisons(c);
    }

    private static String[] affixes(Object o) {
        if (o instanceof PTuple t) {
            String[] r = new String[t.items.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = bytesArg(t.items[i]);
            }
            return r;
        }
        return new String[]{bytesArg(o)};
    }

    private static String asciiCase(String s, boolean upper) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (upper && ch >= 'a' && ch <= 'z') {
                ch -= 32;
            } else if (!upper && ch >= 'A' && ch <= 'Z') {
                ch += 32;
            }
            sb.append(ch);
        }
        return sb.toString();
    }

    /** bytes()/bytearray()'s encoding and errors arguments must be str when given; returns the encoding. */
    static Object checkEncoding(Object encoding, Object errors, String fn) {
        if (encoding != PNone.NO_VALUE) {
            TypeHelpers.strArg(encoding, fn, "'encoding'");
        }
        if (errors != PNone.NO_VALUE) {
            TypeHelpers.strArg(errors, fn, "'errors'");
        }
        return encoding;
    }

    private static Object newBytes(Object src, Object encoding, Object errors) {
        if (src == PNone.NO_VALUE) {
            return new PBytes(new byte[0]);
        }
        if (src instanceof String s) {
            if (encoding == PNone.NO_VALUE) {
                throw PException.typeError("string argument without an encoding");
            }
            return StrTypeMethods.encode(s, (String) encoding, errors == PNone.NO_VALUE ? "strict" : (String) errors);
        }
        if (encoding != PNone.NO_VALUE) {
            throw PException.typeError("encoding without a string argument");
        }
        if (src instanceof PBytes b) {
            return b;
        }
        if (src instanceof Long || src instanceof Boolean) {
            long n = intArg(src);
            if (n < 0) {
                throw PException.valueError("negative count");
            }
            return new PBytes(new byte[(int) n]);
        }
        Object bytesHook = Py.classOf(src).lookup("__bytes__");
        if (bytesHook != null) {
            return Py.call(bytesHook, src);
        }
        Object[] items;
        try {
            items = Iteration.toArray(src);
        } catch (PException e) {
            if (e.exc.cls == ExceptionClasses.TypeError) {
                throw PException.typeError("cannot convert '" + Py.typeName(src) + "' object to bytes");
            }
            throw e;
        }
        byte[] r = new byte[items.length];
        for (int i = 0; i < r.length; i++) {
            long v = intArg(items[i]);
            if (v < 0 || v > 255) {
                throw PException.valueError("bytes must be in range(0, 256)");
            }
            r[i] = (byte) v;
        }
        return new PBytes(r);
    }

    static String decode(byte[] b, String encoding, String errors) {
        String enc = encoding.toLowerCase().replace('_', '-');
        switch (enc) {
            case "utf-8", "utf8", "u8" -> {
                CharsetDecoder d = StandardCharsets.UTF_8.newDecoder();
                CodingErrorAction act = errors.equals("strict") ? CodingErrorAction.REPORT : errors.equals("ignore") ? CodingErrorAction.IGNORE : CodingErrorAction.REPLACE;
                d.onMalformedInput(act).onUnmappableCharacter(act);
                try {
                    return d.decode(ByteBuffer.wrap(b)).toString();
                } catch (CharacterCodingException e) {
                    throw utf8Error(b);
                }
            }
            case "ascii", "us-ascii" -> {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < b.length; i++) {
                    int v = b[i] & 0xff;
                    if (v < 128) {
                        sb.append((char) v);
                    } else if (errors.equals("replace")) {
                        sb.append('\ufffd');
                    } else if (!errors.equals("ignore")) {
                        throw ExceptionClasses.unicodeError(ExceptionClasses.UnicodeDecodeError, "ascii", new PBytes(b), i, i + 1, "ordinal not in range(128)");
                    }
                }
                return sb.toString();
            }
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1" -> {
                return latin(b);
            }
            case "utf-16-le", "utf-16le", "utf-16-be", "utf-16be", "utf-16", "utf16" -> {
                boolean le = !enc.contains("be");
                int start = 0;
                if (enc.equals("utf-16") || enc.equals("utf16")) {
                    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
                        le = false;
                        start = 2;
                    } else if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
                        start = 2;
                    }
                }
                int n = (b.length - start) / 2 * 2;
                StringBuilder sb = new StringBuilder();
                for (int i = start; i < start + n; i += 2) {
                    int lo = b[i] & 0xff;
                    int hi = b[i + 1] & 0xff;
                    sb.append((char) (le ? lo | hi << 8 : hi | lo << 8));
                }
                if (start + n < b.length && errors.equals("strict")) {
                    int pos = b.length - 1;
                    String name = enc.startsWith("utf-16") && enc.length() > 6 ? "utf-16-" + (le ? "le" : "be") : "utf-16";
                    throw ExceptionClasses.unicodeError(ExceptionClasses.UnicodeDecodeError, name, new PBytes(b), pos, pos + 1, "truncated data");
                }
                return sb.toString();
            }
            default -> throw PException.raise(ExceptionClasses.LookupError, "unknown encoding: " + encoding);
        }
    }

    /** The UnicodeDecodeError CPython reports for the first malformed sequence of {@code b}. */
    private static PException utf8Error(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            int v = b[i] & 0xff;
            if (v < 0x80) {
                continue;
            }
            int n;
            int lo = 0x80;
            int hi = 0xbf;
            if (v >= 0xc2 && v <= 0xdf) {
                n = 1;
            } else if (v >= 0xe0 && v <= 0xef) {
                n = 2;
                lo = v == 0xe0 ? 0xa0 : 0x80;
                hi = v == 0xed ? 0x9f : 0xbf;
            } else if (v >= 0xf0 && v <= 0xf4) {
                n = 3;
                lo = v == 0xf0 ? 0x90 : 0x80;
                hi = v == 0xf4 ? 0x8f : 0xbf;
            } else {
                return utf8Error(b, i, i + 1, "invalid start byte");
            }
            for (int k = 1; k <= n; k++) {
                if (i + k >= b.length) {
                    return utf8Error(b, i, b.length, "unexpected end of data");
                }
                int c = b[i + k] & 0xff;
                if (k == 1 ? c < lo || c > hi : (c & 0xc0) != 0x80) {
                    return utf8Error(b, i, i + k, "invalid continuation byte");
                }
            }
            i += n;
        }
        return utf8Error(b, 0, 1, "invalid start byte");
    }

    private static PException utf8Error(byte[] b, int start, int end, String reason) {
        return ExceptionClasses.unicodeError(ExceptionClasses.UnicodeDecodeError, "utf-8", new PBytes(b), start, end, reason);
    }

    // ------------------------------------------------------------------ functions and methods

    /**
     * The module class's constructor: {@code type(sys)("name")}, as {@code types.ModuleType("name")},
     * needs no import of types. A group of its own, since every module attribute read looks at the
     * module class and would install a bigger group at start-up.
     */
    static void module() {
        Builtins.staticMethod(PClass.MODULE, "__new__", "cls, name, doc=None", a -> {
            PModule mod = new PModule(TypeHelpers.strArg(a[1], "module", "'name'"));
            mod.put("__doc__", a[2]);
            mod.put("__package__", PNone.NONE);
            mod.put("__loader__", PNone.NONE);
            mod.put("__spec__", PNone.NONE);
            return mod;
        });
    }

    static void functions() {
        PClass f = PClass.FUNCTION;
        Builtins.getset(f, "__name__", s -> ((PFunction) s).name, (s, v) -> ((PFunction) s).name = nameValue(v, "__name__"));
        Builtins.getset(f, "__qualname__", s -> ((PFunction) s).qualname, (s, v) -> ((PFunction) s).qualname = nameValue(v, "__qualname__"));
        Builtins.getset(f, "__module__", s -> ((PFunction) s).module, (s, v) -> ((PFunction) s).module = v);
        Builtins.getset(f, "__doc__", s -> ((PFunction) s).doc, (s, v) -> ((PFunction) s).doc = v);
        Builtins.getset(f, "__defaults__", s -> {
            Object[] d = ((PFunction) s).defaults;
            return d == null || d.length == 0 ? PNone.NONE : new PTuple(d.clone());
        }, (s, v) -> ((PFunction) s).defaults = v == PNone.NONE ? new Object[0] : ((PTuple) v).items.clone());
        Builtins.getset(f, "__annotations__", s -> {
            PFunction fn = (PFunction) s;
            if (fn.annotations == null) {
                fn.annotations = new org.kairos.runtime.PDict();
            }
            return fn.annotations;
        }, (s, v) -> ((PFunction) s).annotations = v == PNone.NONE ? null : (org.kairos.runtime.PDict) v);
        Builtins.getset(f, "__kwdefaults__", s -> kwDefaults((PFunction) s), (s, v) -> ((PFunction) s).setKwDefaults(v));
        Builtins.getset(f, "__code__", s -> ((PFunction) s).code, null);
        Builtins.getset(f, "__globals__", s -> ((PFunction) s).globals, null);
        Builtins.getset(f, "__closure__", s -> {
            PCell[] cl = ((PFunction) s).closure;
            return cl == null || cl.length == 0 ? PNone.NONE : new PTuple(cl.clone());
        }, null);
        Builtins.method(f, "__get__", "self, instance, owner=None, /", a -> a[1] == PNone.NONE ? a[0] : new PMethod(a[1], a[0]));

        PClass code = PClass.CODE;
        Builtins.getset(code, "co_name", s -> ((PCode) s).name, null);
        Builtins.getset(code, "co_qualname", s -> ((PCode) s).qualname, null);
        Builtins.getset(code, "co_filename", s -> ((PCode) s).filename, null);
        Builtins.getset(code, "co_firstlineno", s -> (long) ((PCode) s).firstLineNo, null);
        Builtins.getset(code, "co_argcount", s -> (long) ((PCode) s).signature.positional, null);
        Builtins.getset(code, "co_posonlyargcount", s -> (long) ((PCode) s).signature.posOnly, null);
        Builtins.getset(code, "co_kwonlyargcount", s -> (long) ((PCode) s).signature.kwOnly, null);
        Builtins.getset(code, "co_varnames", s -> {
            PCode c = (PCode) s;
            return new PTuple((c.varnames != null ? c.varnames : c.signature.names).clone());
        }, null);
        Builtins.getset(code, "co_cellvars", s -> new PTuple(((PCode) s).cellvars.clone()), null);
        Builtins.getset(code, "co_freevars", s -> new PTuple(((PCode) s).freevars == null ? new Object[0] : ((PCode) s).freevars.clone()), null);

        PClass m = PClass.METHOD;
        Builtins.staticMethod(m, "__new__", "cls, function, instance, /", a -> {
            if (!Py.isCallable(a[1])) {
                throw PException.typeError("first argument must be callable");
            }
            if (a[2] == PNone.NONE) {
                throw PException.typeError("instance must not be None");
            }
            return new PMethod(a[2], a[1]);
        });
        Builtins.getset(m, "__self__", s -> ((PMethod) s).self, null);
        Builtins.getset(m, "__func__", s -> ((PMethod) s).func, null);
        Builtins.getset(m, "__name__", s -> Py.getAttr(((PMethod) s).func, "__name__"), null);
        Builtins.getset(m, "__qualname__", s -> Py.getAttr(((PMethod) s).func, "__qualname__"), null);
        Builtins.getset(m, "__doc__", s -> Py.getAttr(((PMethod) s).func, "__doc__"), null);
        Builtins.getset(m, "__module__", s -> {
            Object r = Py.getAttrOrNull(((PMethod) s).func, "__module__");
            return r == null ? PNone.NONE : r;
        }, null);

        PClass b = PClass.BUILTIN_FUNCTION;
        Builtins.getset(b, "__name__", s -> ((PBuiltinFunction) s).name, null);
        Builtins.getset(b, "__qualname__", s -> ((PBuiltinFunction) s).qualname(), null);
        Builtins.getset(b, "__self__", s -> PNone.NONE, null);
        Builtins.getset(b, "__doc__", s -> PNone.NONE, null);
        Builtins.getset(b, "__module__", s -> ((PBuiltinFunction) s).owner == null ? "builtins" : PNone.NONE, null);

        Builtins.getset(PClass.CELL, "cell_contents", s -> {
            Object v = ((PCell) s).ref;
            if (v == null) {
                throw PException.valueError("Cell is empty");
            }
            return v;
        }, (s, v) -> ((PCell) s).ref = v);

        PClass tb = PClass.TRACEBACK;
        Builtins.getset(tb, "tb_next", s -> {
            Object n = ((PTraceback) s).next;
            return n == null ? PNone.NONE : n;
        }, null);
        Builtins.getset(tb, "tb_lineno", s -> (long) ((PTraceback) s).entry.line(), null);
        Builtins.getset(tb, "tb_frame", s -> GeneratorMethods.PTbFrame.of(((PTraceback) s).entry), null);
    }

    private static String nameValue(Object v, String attr) {
        if (!(v instanceof String s)) {
            throw PException.typeError(attr + " must be set to a string object");
        }
        return s;
    }

    private static Object kwDefaults(PFunction f) {
        Object[] kd = f.kwDefaults;
        if (kd == null) {
            return PNone.NONE;
        }
        org.kairos.runtime.Signature sig = f.code.signature;
        PDict d = new PDict();
        int first = sig.positional + (sig.varargs ? 1 : 0);
        for (int i = 0; i < kd.length && i < sig.kwOnly; i++) {
            if (kd[i] != null && kd[i] != PNone.NO_VALUE) {
                d.put(sig.names[first + i], kd[i]);
            }
        }
        return d.size() == 0 ? PNone.NONE : d;
    }

    // ------------------------------------------------------------------ property, staticmethod, classmethod

    static void descriptors() {
        PClass p = PClass.PROPERTY;
        Builtins.getset(p, "fget", s -> ((PDescriptors.PProperty) s).fget, null);
        Builtins.getset(p, "fset", s -> ((PDescriptors.PProperty) s).fset, null);
        Builtins.getset(p, "fdel", s -> ((PDescriptors.PProperty) s).fdel, null);
        Builtins.getset(p, "__doc__", s -> {
            PDescriptors.PProperty pr = (PDescriptors.PProperty) s;
            if (pr.doc == PNone.NONE && pr.fget != PNone.NONE) {
                Object d = Py.getAttrOrNull(pr.fget, "__doc__");
                return d == null ? PNone.NONE : d;
            }
            return pr.doc;
        }, (s, v) -> ((PDescriptors.PProperty) s).doc = v);
        Builtins.method(p, "getter", "self, fget, /", a -> copyProperty(a[0], a[1], null, null));
        Builtins.method(p, "setter", "self, fset, /", a -> copyProperty(a[0], null, a[1], null));
        Builtins.method(p, "deleter", "self, fdel, /", a -> copyProperty(a[0], null, null, a[1]));
        Builtins.method(p, "__get__", "self, instance, owner=None, /", a -> {
            PDescriptors.PProperty pr = (PDescriptors.PProperty) a[0];
            if (a[1] == PNone.NONE) {
                return pr;
            }
            if (pr.fget == PNone.NONE) {
                throw PException.attributeError("property " + (pr.name instanceof String n ? "'" + n + "' " : "") + "of '" + Py.typeName(a[1]) + "' object has no getter");
            }
            return Py.call(pr.fget, a[1]);
        });
        Builtins.method(p, "__set__", "self, instance, value, /", a -> {
            PDescriptors.PProperty pr = (PDescriptors.PProperty) a[0];
            if (pr.fset == PNone.NONE) {
                throw PException.attributeError("property " + (pr.name instanceof String n ? "'" + n + "' " : "") + "of '" + Py.typeName(a[1]) + "' object has no setter");
            }
            Py.call(pr.fset, a[1], a[2]);
            return PNone.NONE;
        });
        Builtins.method(p, "__delete__", "self, instance, /", a -> {
            PDescriptors.PProperty pr = (PDescriptors.PProperty) a[0];
            if (pr.fdel == PNone.NONE) {
                throw PException.attributeError("property " + (pr.name instanceof String n ? "'" + n + "' " : "") + "of '" + Py.typeName(a[1]) + "' object has no deleter");
            }
            Py.call(pr.fdel, a[1]);
            return PNone.NONE;
        });
        Builtins.getset(PClass.STATICMETHOD, "__func__", s -> ((PDescriptors.PStaticMethod) s).func, null);
        Builtins.getset(PClass.STATICMETHOD, "__wrapped__", s -> ((PDescriptors.PStaticMethod) s).func, null);
        Builtins.method(PClass.STATICMETHOD, "__get__", "self, instance, owner=None, /", a -> ((PDescriptors.PStaticMethod) a[0]).func);
        Builtins.getset(PClass.CLASSMETHOD, "__func__", s -> ((PDescriptors.PClassMethod) s).func, null);
        Builtins.getset(PClass.CLASSMETHOD, "__wrapped__", s -> ((PDescriptors.PClassMethod) s).func, null);
        Builtins.method(PClass.CLASSMETHOD, "__get__", "self, instance, owner=None, /",
                        a -> new PMethod(a[2] == PNone.NONE ? Py.classOf(a[1]) : a[2], ((PDescriptors.PClassMethod) a[0]).func));
    }

    /** getter/setter/deleter: a new property of the same class with one function replaced. */
    private static Object copyProperty(Object self, Object fget, Object fset, Object fdel) {
        PDescriptors.PProperty p = (PDescriptors.PProperty) self;
        PDescriptors.PProperty r = new PDescriptors.PProperty(p.cls, fget == null ? p.fget : fget, fset == null ? p.fset : fset, fdel == null ? p.fdel : fdel, p.doc);
        r.name = p.name;
        return r;
    }
}
