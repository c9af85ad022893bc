package org.kairos.builtins;

import static org.kairos.builtins.TypeHelpers.bound;
import static org.kairos.builtins.TypeHelpers.intArg;
import static org.kairos.builtins.TypeHelpers.m;
import static org.kairos.builtins.TypeHelpers.strArg;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.Formatting;
import org.kairos.runtime.Items;
import org.kairos.runtime.Ops;
import org.kairos.runtime.PBytes;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PException;
import org.kairos.runtime.PIterator;
import org.kairos.runtime.PList;
import org.kairos.runtime.PNone;
import org.kairos.runtime.PTuple;
import org.kairos.runtime.Py;
import org.kairos.runtime.text.StrMethods;

/** Methods of {@code str}, backed by the tested text algorithms in {@link StrMethods}. */
final class StrTypeMethods {
    private StrTypeMethods() {
    }

    private static final long END = Long.MAX_VALUE / 2;

    private static PList list(List<String> parts) {
        return new PList(parts.toArray());
    }

    private static String sepArg(Object o) {
        if (o == PNone.NONE || o == PNone.NO_VALUE) {
            return null;
        }
        if (o instanceof String s) {
            return s;
        }
        throw PException.typeError("must be str or None, not " + Py.typeName(o));
    }

    private static String charsArg(Object o, String fn) {
        if (o == PNone.NONE || o == PNone.NO_VALUE) {
            return null;
        }
        if (o instanceof String s) {
            return s;
        }
        throw PException.typeError(fn + " arg must be None or str");
    }

    private static String fillArg(Object o, String fn) {
        if (!(o instanceof String s)) {
            throw PException.typeError(fn + "() argument 2 must be str, not " + Py.typeName(o));
        }
        return s;
    }

    private static String subArg(Object o, String fn) {
        if (o instanceof String s) {
            return s;
        }
        throw PException.typeError(fn + "() argument 1 must be str, not " + Py.typeName(o));
    }

    private static String affixArg(Object o, String fn) {
        if (o instanceof String s) {
            return s;
        }
        throw PException.typeError(fn + "() argument must be str, not " + Py.typeName(o));
    }

    /** startswith/endswith: tuple items are checked lazily, so an early match wins over a later bad item (as in CPython). */
    private static boolean affixMatch(Object[] a, boolean start) {
        String s = (String) a[0];
        String fn = start ? "startswith" : "endswith";
        long lo = bound(a[2], 0);
        long hi = bound(a[3], END);
        if (a[1] instanceof PTuple t) {
            for (Object o : t.items) {
                if (!(o instanceof String p)) {
                    throw PException.typeError("tuple for " + fn + " must only contain str, not " + Py.typeName(o));
                }
                if (start ? StrMethods.startswith(s, p, lo, hi) : StrMethods.endswith(s, p, lo, hi)) {
                    return true;
                }
            }
            return false;
        }
        String p = affixes(a[1], fn)[0];
        return start ? StrMethods.startswith(s, p, lo, hi) : StrMethods.endswith(s, p, lo, hi);
    }

    /** The prefix/suffix argument of startswith/endswith: a str or a tuple of str. */
    private static String[] affixes(Object o, String fn) {
        if (o instanceof String s) {
            return new String[]{s};
        }
        if (o instanceof PTuple t) {
            String[] r = new String[t.items.length];
            for (int i = 0; i < r.length; i++) {
                if (!(t.items[i] instanceof String s)) {
                    throw PException.typeError("tuple for " + fn + " must only contain str, not " + Py.typeName(t.items[i]));
                }
                r[i] = s;
            }
            return r;
        }
        throw PException.typeError(fn + " first arg must be str or a tuple of str, not " + Py.typeName(o));
    }

    static void install() {
        PClass c = PClass.STR;
        m(c, "split", "self, sep=None, maxsplit=-1", a -> list(StrMethods.split((String) a[0], sepArg(a[1]), intArg(a[2]))));
        m(c, "rsplit", "self, sep=None, maxsplit=-1", a -> list(StrMethods.rsplit((String) a[0], sepArg(a[1]), intArg(a[2]))));
        m(c, "splitlines", "self, keepends=False", a -> list(StrMethods.splitlines((String) a[0], Py.isTrue(a[1]))));
        m(c, "join", "self, iterable, /", a -> join((String) a[0], a[1]));
        m(c, "strip", "self, chars=None, /", a -> StrMethods.strip((String) a[0], charsArg(a[1], "strip")));
        m(c, "lstrip", "self, chars=None, /", a -> StrMethods.lstrip((String) a[0], charsArg(a[1], "lstrip")));
        m(c, "rstrip", "self, chars=None, /", a -> StrMethods.rstrip((String) a[0], charsArg(a[1], "rstrip")));
        m(c, "replace", "self, old, new, /, count=-1", a -> {
            if (!(a[1] instanceof String o)) {
                throw PException.typeError("replace() argument 1 must be str, not " + Py.typeName(a[1]));
            }
            if (!(a[2] instanceof String n)) {
                throw PException.typeError("replace() argument 2 must be str, not " + Py.typeName(a[2]));
            }
            return StrMethods.replace((String) a[0], o, n, intArg(a[3]));
        });
        m(c, "find", "self, sub, start=None, end=None, /", a -> StrMethods.find((String) a[0], subArg(a[1], "find"), bound(a[2], 0), bound(a[3], END)));
        m(c, "rfind", "self, sub, start=None, end=None, /", a -> StrMethods.rfind((String) a[0], subArg(a[1], "rfind"), bound(a[2], 0), bound(a[3], END)));
        m(c, "index", "self, sub, start=None, end=None, /", a -> StrMethods.index((String) a[0], subArg(a[1], "index"), bound(a[2], 0), bound(a[3], END)));
        m(c, "rindex", "self, sub, start=None, end=None, /", a -> StrMethods.rindex((String) a[0], subArg(a[1], "rindex"), bound(a[2], 0), bound(a[3], END)));
        m(c, "count", "self, sub, start=None, end=None, /", a -> StrMethods.count((String) a[0], subArg(a[1], "count"), bound(a[2], 0), bound(a[3], END)));
        m(c, "startswith", "self, prefix, start=None, end=None, /", a -> affixMatch(a, true));
        m(c, "endswith", "self, suffix, start=None, end=None, /", a -> affixMatch(a, false));
        m(c, "upper", "self, /", a -> StrMethods.upper((String) a[0]));
        m(c, "lower", "self, /", a -> StrMethods.lower((String) a[0]));
        m(c, "casefold", "self, /", a -> StrMethods.casefold((String) a[0]));
        m(c, "swapcase", "self, /", a -> StrMethods.swapcase((String) a[0]));
        m(c, "title", "self, /", a -> StrMethods.title((String) a[0]));
        m(c, "capitalize", "self, /", a -> StrMethods.capitalize((String) a[0]));
        m(c, "center", "self, width, fillchar=' ', /", a -> StrMethods.center((String) a[0], intArg(a[1]), fillArg(a[2], "center")));
        m(c, "ljust", "self, width, fillchar=' ', /", a -> StrMethods.ljust((String) a[0], intArg(a[1]), fillArg(a[2], "ljust")));
        m(c, "rjust", "self, width, fillchar=' ', /", a -> StrMethods.rjust((String) a[0], intArg(a[1]), fillArg(a[2], "rjust")));
        m(c, "zfill", "self, width, /", a -> StrMethods.zfill((String) a[0], intArg(a[1])));
        m(c, "expandtabs", "self, tabsize=8", a -> StrMethods.expandtabs((String) a[0], intArg(a[1])));
        m(c, "partition", "self, sep, /", a -> PTuple.of((Object[]) StrMethods.partition((String) a[0], strArg(a[1]))));
        m(c, "rpartition", "self, sep, /", a -> PTuple.of((Object[]) StrMethods.rpartition((String) a[0], strArg(a[1]))));
        m(c, "removeprefix", "self, prefix, /", a -> StrMethods.removeprefix((String) a[0], affixArg(a[1], "removeprefix")));
        m(c, "removesuffix", "self, suffix, /", a -> StrMethods.removesuffix((String) a[0], affixArg(a[1], "removesuffix")));
        m(c, "isdigit", "self, /", a -> StrMethods.isdigit((String) a[0]));
        m(c, "isalpha", "self, /", a -> StrMethods.isalpha((String) a[0]));
        m(c, "isalnum", "self, /", a -> StrMethods.isalnum((String) a[0]));
        m(c, "isspace", "self, /", a -> StrMethods.isspace((String) a[0]));
        m(c, "islower", "self, /", a -> StrMethods.islower((String) a[0]));
        m(c, "isupper", "self, /", a -> StrMethods.isupper((String) a[0]));
        m(c, "istitle", "self, /", a -> StrMethods.istitle((String) a[0]));
        m(c, "isidentifier", "self, /", a -> StrMethods.isidentifier((String) a[0]));
        m(c, "isprintable", "self, /", a -> StrMethods.isprintable((String) a[0]));
        m(c, "isdecimal", "self, /", a -> StrMethods.isdecimal((String) a[0]));
        m(c, "isnumeric", "self, /", a -> StrMethods.isnumeric((String) a[0]));
        m(c, "isascii", "self, /", a -> StrMethods.isascii((String) a[0]));
        m(c, "format", "self, /, *args, **kwargs", a -> Formatting.strFormat((String) a[0], ((PTuple) a[1]).items, toMap((PDict) a[2])));
        m(c, "format_map", "self, mapping, /", a -> {
            if (!(a[1] instanceof PDict d)) {
                throw PException.typeError("format_map() argument must be a dict");
            }
            return Formatting.strFormat((String) a[0], new Object[0], toMap(d));
        });
        m(c, "encode", "self, encoding='utf-8', errors='strict'", a -> encode((String) a[0], TypeHelpers.strArg(a[1], "encode", "'encoding'"), TypeHelpers.strArg(a[2], "encode", "'errors'")));
        Builtins.staticMethod(c, "maketrans", "x, y=?, z=?, /", StrTypeMethods::maketrans);
        m(c, "translate", "self, table, /", a -> translate((String) a[0], a[1]));
        m(c, "__len__", "self, /", a -> Py.lenOf(a[0]));
        m(c, "__contains__", "self, key, /", a -> Ops.contains(a[0], a[1]));
        m(c, "__getitem__", "self, key, /", a -> Items.getItem(a[0], a[1]));
        m(c, "__iter__", "self, /", a -> new PIterator.StrIterator((String) a[0]));
        m(c, "__hash__", "self, /", a -> Py.hash(a[0]));
        m(c, "__str__", "self, /", a -> a[0]);
        m(c, "__repr__", "self, /", a -> Py.repr(a[0]));
        m(c, "__format__", "self, format_spec, /", a -> Formatting.format(a[0], TypeHelpers.formatSpec(a[1])));
        m(c, "__mod__", "self, value, /", a -> Formatting.percent((String) a[0], a[1]));
        m(c, "__rmod__", "self, value, /", a -> PNone.NOT_IMPLEMENTED);
        TypeHelpers.arithmetic(c, Ops.BinOp.ADD, Ops.BinOp.MUL);
        c.ns.remove("__radd__");
        TypeHelpers.comparisons(c);
    }

    private static Map<String, Object> toMap(PDict d) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (PDict.Entry e : d.entries()) {
            if (e.key instanceof String k) {
                m.put(k, e.value);
            }
        }
        return m;
    }

    private static String join(String sep, Object iterable) {
        Object it;
        try {
            it = Py.getIter(iterable);
        } catch (PException e) {
            if (e.exc.cls == ExceptionClasses.TypeError) {
                throw PException.typeError("can only join an iterable");
            }
            throw e;
        }
        StringBuilder sb = new StringBuilder();
        Object o;
        int i = 0;
        while ((o = Py.next(it)) != null) {
            if (!(o instanceof String s)) {
                throw PException.typeError("sequence item " + i + ": expected str instance, " + Py.typeName(o) + " found");
            }
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(s);
            i++;
        }
        return sb.toString();
    }

    static Object encode(String s, String encoding, String errors) {
        String enc = encoding.toLowerCase().replace('_', '-');
        switch (enc) {
            case "utf-8", "utf8", "u8" -> {
                return new PBytes(s.getBytes(StandardCharsets.UTF_8));
            }
            case "utf-16-le", "utf-16le" -> {
                return new PBytes(s.getBytes(StandardCharsets.UTF_16LE));
            }
            case "utf-16-be", "utf-16be" -> {
                return new PBytes(s.getBytes(StandardCharsets.UTF_16BE));
            }
            case "utf-16", "utf16" -> {
                // CPython writes a little-endian BOM on little-endian machines
                byte[] b = s.getBytes(StandardCharsets.UTF_16LE);
                byte[] r = new byte[b.length + 2];
                r[0] = (byte) 0xff;
                r[1] = (byte) 0xfe;
                System.arraycopy(b, 0, r, 2, b.length);
                return new PBytes(r);
            }
            case "ascii", "us-ascii", "latin-1", "latin1", "iso-8859-1", "iso8859-1" -> {
                boolean ascii = enc.contains("ascii");
                int limit = ascii ? 128 : 256;
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                int pos = 0;
                for (int i = 0; i < s.length(); pos++) {
                    int cp = s.codePointAt(i);
                    i += Character.charCount(cp);
                    if (cp < limit) {
                        out.write(cp);
                        continue;
                    }
                    String rep = switch (errors) {
                        case "ignore" -> "";
                        case "replace" -> "?";
                        case "xmlcharrefreplace" -> "&#" + cp + ";";
                        case "backslashreplace" -> cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
                        default -> throw ExceptionClasses.unicodeError(ExceptionClasses.UnicodeEncodeError, ascii ? "ascii" : "latin-1", s, pos, pos + 1,
                                        "ordinal not in range(" + limit + ")");
                    };
                    for (int k = 0; k < rep.length(); k++) {
                        out.write(rep.charAt(k));
                    }
                }
                return new PBytes(out.toByteArray());
            }
            default -> throw PException.raise(ExceptionClasses.LookupError, "unknown encoding: " + encoding);
        }
    }

    private static Object maketrans(Object[] a) {
        PDict r = new PDict();
        if (a[1] == PNone.NO_VALUE) {
            if (!(a[0] instanceof PDict d)) {
                throw PException.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (PDict.Entry e : d.entries()) {
                Object k = e.key;
                if (k instanceof String s) {
                    if (s.codePointCount(0, s.length()) != 1) {
                        throw PException.valueError("string keys in translate table must be of length 1");
                    }
                    k = (long) s.codePointAt(0);
                } else if (!(k instanceof Long)) {
                    throw PException.typeError("keys in translate table must be strings or integers");
                }
                r.put(k, e.value);
            }
            return r;
        }
        if (!(a[0] instanceof String x) || !(a[1] instanceof String y)) {
            throw PException.typeError("maketrans() argument must be str");
        }
        int[] xs = x.codePoints().toArray();
        int[] ys = y.codePoints().toArray();
        if (xs.length != ys.length) {
            throw PException.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < xs.length; i++) {
            r.put((long) xs[i], (long) ys[i]);
        }
        if (a[2] != PNone.NO_VALUE) {
            if (!(a[2] instanceof String z)) {
                throw PException.typeError("maketrans() argument 3 must be str, not " + Py.typeName(a[2]));
            }
            z.codePoints().forEach(cp -> r.put((long) cp, PNone.NONE));
        }
        return r;
    }

    private static String translate(String s, Object table) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            Object v;
            try {
                v = Py.getItem(table, (long) cp);
            } catch (PException e) {
                if (e.exc.cls.isSubclassOf(ExceptionClasses.LookupError)) {
                    sb.appendCodePoint(cp);
                    return;
                }
                throw e;
            }
            if (v == PNone.NONE) {
                return;
            }
            if (v instanceof Long l) {
                sb.appendCodePoint((int) (long) l);
            } else if (v instanceof String str) {
                sb.append(str);
            } else {
                throw PException.typeError("character mapping must return integer, None or str");
            }
        });
        return sb.toString();
    }
}
