package org.kairos.builtins;

import org.kairos.KairosContext;
import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.Iteration;
import org.kairos.runtime.Numbers;
import org.kairos.runtime.PBaseException;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PException;
import org.kairos.runtime.PList;
import org.kairos.runtime.PModule;
import org.kairos.runtime.PNone;
import org.kairos.runtime.PTuple;
import org.kairos.runtime.Py;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/** The {@code json} module: dumps/dump with CPython's formatting options, loads/load. */
final class JsonModule {
    private JsonModule() {
    }

    static final PClass DECODE_ERROR = new PClass("JSONDecodeError", ExceptionClasses.ValueError, PClass.Layout.EXCEPTION);

    static {
        DECODE_ERROR.ns.putStr("__module__", "json.decoder");
    }

    /** Encoder settings of one dumps call. */
    private static final class Encoder {
        String indent;
        String itemSep;
        String keySep;
        boolean sortKeys;
        boolean ensureAscii;
        boolean allowNan;
        boolean skipKeys;
        Object dflt;
        final IdentityHashMap<Object, Boolean> active = new IdentityHashMap<>();

        void encode(Object o, StringBuilder sb, int level) {
            if (o == PNone.NONE) {
                sb.append("null");
            } else if (o instanceof Boolean b) {
                sb.append(b ? "true" : "false");
            } else if (o instanceof String s) {
                string(s, sb);
            } else if (o instanceof Long || o instanceof BigInteger) {
                sb.append(o);
            } else if (o instanceof Double d) {
                sb.append(floatStr(d));
            } else if (o instanceof PList || o instanceof PTuple) {
                Object[] items = Iteration.toArray(o);
                enter(o);
                if (items.length == 0) {
                    sb.append("[]");
                } else {
                    sb.append('[');
                    for (int i = 0; i < items.length; i++) {
                        sb.append(i == 0 ? "" : itemSep);
                        newline(sb, level + 1);
                        encode(items[i], sb, level + 1);
                    }
                    newline(sb, level);
                    sb.append(']');
                }
                active.remove(o);
            } else if (o instanceof PDict d) {
                enter(o);
                List<Object[]> entries = new ArrayList<>();
                for (PDict.Entry e : d.entries()) {
                    String k = key(e.key);
                    if (k != null) {
                        entries.add(new Object[]{k, e.value, e.key});
                    }
                }
                if (sortKeys) {
                    Object[] keys = new Object[entries.size()];
                    for (int i = 0; i < keys.length; i++) {
                        keys[i] = entries.get(i)[2];
                    }
                    Integer[] idx = new Integer[keys.length];
                    for (int i = 0; i < idx.length; i++) {
                        idx[i] = i;
                    }
                    java.util.Arrays.sort(idx, (x, y) -> org.kairos.runtime.Ops.compareBool(org.kairos.runtime.Ops.CmpOp.LT, keys[x], keys[y]) ? -1
                                    : org.kairos.runtime.Ops.compareBool(org.kairos.runtime.Ops.CmpOp.LT, keys[y], keys[x]) ? 1 : 0);
                    List<Object[]> sorted = new ArrayList<>();
                    for (Integer i : idx) {
                        sorted.add(entries.get(i));
                    }
                    entries = sorted;
                }
                if (entries.isEmpty()) {
                    sb.append("{}");
                } else {
                    sb.append('{');
                    for (int i = 0; i < entries.size(); i++) {
                        sb.append(i == 0 ? "" : itemSep);
                        newline(sb, level + 1);
                        string((String) entries.get(i)[0], sb);
                        sb.append(keySep);
                        encode(entries.get(i)[1], sb, level + 1);
                    }
                    newline(sb, level);
                    sb.append('}');
                }
                active.remove(o);
            } else if (dflt != PNone.NONE) {
                enter(o);
                encode(Py.call(dflt, o), sb, level);
                active.remove(o);
            } else {
                throw PException.typeError("Object of type " + Py.typeName(o) + " is not JSON serializable");
            }
        }

        private void enter(Object o) {
            if (active.put(o, true) != null) {
                throw PException.valueError("Circular reference detected");
            }
        }

        private void newline(StringBuilder sb, int level) {
            if (indent != null) {
                sb.append('\n').append(indent.repeat(level));
            }
        }

        private String floatStr(double d) {
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                if (!allowNan) {
                    throw PException.valueError("Out of range float values are not JSON compliant: " + Py.repr(d));
                }
                return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
            }
            return Py.repr(d);
        }

        private String key(Object k) {
            if (k instanceof String s) {
                return s;
            }
            if (k instanceof Double d) {
                return floatStr(d);
            }
            if (k instanceof Boolean b) {
                return b ? "true" : "false";
            }
            if (k == PNone.NONE) {
                return "null";
            }
            if (Numbers.isInt(k)) {
                return Py.str(k);
            }
            if (skipKeys) {
                return null;
            }
            throw PException.typeError("keys must be str, int, float, bool or None, not " + Py.typeName(k));
        }

        private void string(String s, StringBuilder sb) {
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    case '\b' -> sb.append("\\b");
                    case '\f' -> sb.append("\\f");
                    default -> {
                        if (c < 0x20 || (ensureAscii && c > 0x7e)) {
                            sb.append(String.format("\\u%04x", (int) c));
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            sb.append('"');
        }
    }

    private static String dumps(Object obj, Object[] a, int base) {
        // a[base..]: skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent, separators, default, sort_keys
        Encoder e = new Encoder();
        e.skipKeys = Py.isTrue(a[base]);
        e.ensureAscii = Py.isTrue(a[base + 1]);
        e.allowNan = Py.isTrue(a[base + 3]);
        Object indent = a[base + 5];
        if (indent != PNone.NONE) {
            e.indent = indent instanceof String s ? s : " ".repeat((int) Math.max(0, Py.indexToLong(indent)));
        }
        Object seps = a[base + 6];
        if (seps != PNone.NONE) {
            Object[] p = Iteration.toArray(seps);
            e.itemSep = (String) p[0];
            e.keySep = (String) p[1];
        } else {
            e.itemSep = e.indent != null ? "," : ", ";
            e.keySep = ": ";
        }
        e.dflt = a[base + 7];
        e.sortKeys = Py.isTrue(a[base + 8]);
        StringBuilder sb = new StringBuilder();
        e.encode(obj, sb, 0);
        return sb.toString();
    }

    // ---------------------------------------------------------------- decoding

    /** A recursive-descent JSON parser producing dicts, lists, str, int, float, bool and None. */
    private static final class Decoder {
        final String s;
        int pos;

        Decoder(String s) {
            this.s = s;
        }

        PException error(String msg, int at) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at && i < s.length(); i++) {
                if (s.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int col = at - lineStart + 1;
            String full = msg + ": line " + line + " column " + col + " (char " + at + ")";
            PBaseException exc = new PBaseException(DECODE_ERROR, new Object[]{full});
            PDict d = exc.getOrCreateDict();
            d.putStr("msg", msg);
            d.putStr("doc", s);
            d.putStr("pos", (long) at);
            d.putStr("lineno", (long) line);
            d.putStr("colno", (long) col);
            return new PException(exc);
        }

        void ws() {
            while (pos < s.length() && " \t\n\r".indexOf(s.charAt(pos)) >= 0) {
                pos++;
            }
        }

        Object value() {
            ws();
            if (pos >= s.length()) {
                throw error("Expecting value", pos);
            }
            char c = s.charAt(pos);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                default:
                    break;
            }
            if (s.startsWith("null", pos)) {
                pos += 4;
                return PNone.NONE;
            }
            if (s.startsWith("true", pos)) {
                pos += 4;
                return true;
            }
            if (s.startsWith("false", pos)) {
                pos += 5;
                return false;
            }
            if (s.startsWith("NaN", pos)) {
                pos += 3;
                return Double.NaN;
            }
            if (s.startsWith("Infinity", pos)) {
                pos += 8;
                return Double.POSITIVE_INFINITY;
            }
            if (s.startsWith("-Infinity", pos)) {
                pos += 9;
                return Double.NEGATIVE_INFINITY;
            }
            return number();
        }

        Object number() {
            int start = pos;
            if (pos < s.length() && s.charAt(pos) == '-') {
                pos++;
            }
            int digits = pos;
            if (pos < s.length() && s.charAt(pos) == '0') {
                pos++;
            } else {
                while (pos < s.length() && Character.isDigit(s.charAt(pos)) && s.charAt(pos) < 128) {
                    pos++;
                }
            }
            if (pos == digits) {
                throw error("Expecting value", start);
            }
            boolean isFloat = false;
            if (pos + 1 < s.length() && s.charAt(pos) == '.' && Character.isDigit(s.charAt(pos + 1))) {
                isFloat = true;
                pos++;
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
            }
            if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                int save = pos;
                pos++;
                if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                    pos++;
                }
                int ed = pos;
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
                if (pos == ed) {
                    pos = save;
                } else {
                    isFloat = true;
                }
            }
            String text = s.substring(start, pos);
            if (isFloat) {
                return Double.parseDouble(text);
            }
            return Numbers.normalize(new BigInteger(text));
        }

        String string() {
            int start = pos;
            pos++;
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (pos >= s.length()) {
                    throw error("Unterminated string starting at", start);
                }
                char c = s.charAt(pos++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c == '\\') {
                    if (pos >= s.length()) {
                        throw error("Unterminated string starting at", start);
                    }
                    char e = s.charAt(pos++);
                    switch (e) {
                        case '"' -> sb.append('"');
                        case '\\' -> sb.append('\\');
                        case '/' -> sb.append('/');
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'n' -> sb.append('\n');
                        case 'r' -> sb.append('\r');
                        case 't' -> sb.append('\t');
                        case 'u' -> {
                            if (pos + 4 > s.length()) {
                                throw error("Invalid \\uXXXX escape", pos - 1);
                            }
                            try {
                                sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                            } catch (NumberFormatException ex) {
                                throw error("Invalid \\uXXXX escape", pos - 1);
                            }
                            pos += 4;
                        }
                        default -> throw error("Invalid \\escape", pos - 2);
                    }
                } else if (c < 0x20) {
                    throw error("Invalid control character at", pos - 1);
                } else {
                    sb.append(c);
                }
            }
        }

        PList array() {
            pos++;
            PList l = new PList();
            ws();
            if (pos < s.length() && s.charAt(pos) == ']') {
                pos++;
                return l;
            }
            while (true) {
                l.append(value());
                ws();
                if (pos < s.length() && s.charAt(pos) == ']') {
                    pos++;
                    return l;
                }
                if (pos >= s.length() || s.charAt(pos) != ',') {
                    throw error("Expecting ',' delimiter", pos);
                }
                pos++;
                ws();
                if (pos < s.length() && s.charAt(pos) == ']') {
                    throw error("Illegal trailing comma before end of array", pos - 1);
                }
            }
        }

        PDict object() {
            pos++;
            PDict d = new PDict();
            ws();
            if (pos < s.length() && s.charAt(pos) == '}') {
                pos++;
                return d;
            }
            while (true) {
                ws();
                if (pos >= s.length() || s.charAt(pos) != '"') {
                    throw error("Expecting property name enclosed in double quotes", pos);
                }
                String k = string();
                ws();
                if (pos >= s.length() || s.charAt(pos) != ':') {
                    throw error("Expecting ':' delimiter", pos);
                }
                pos++;
                d.putStr(k, value());
                ws();
                if (pos < s.length() && s.charAt(pos) == '}') {
                    pos++;
                    return d;
                }
                if (pos >= s.length() || s.charAt(pos) != ',') {
                    throw error("Expecting ',' delimiter", pos);
                }
                int comma = pos;
                pos++;
                ws();
                if (pos < s.length() && s.charAt(pos) == '}') {
                    throw error("Illegal trailing comma before end of object", comma);
                }
            }
        }
    }

    static Object loads(Object src) {
        String s;
        if (src instanceof String str) {
            s = str;
        } else if (src instanceof org.kairos.runtime.PBytes b) {
            s = new String(b.bytes, java.nio.charset.StandardCharsets.UTF_8);
        } else {
            throw PException.typeError("the JSON object must be str, bytes or bytearray, not " + Py.typeName(src));
        }
        Decoder d = new Decoder(s);
        Object v = d.value();
        d.ws();
        if (d.pos != s.length()) {
            throw d.error("Extra data", d.pos);
        }
        return v;
    }

    private static final String DUMP_OPTS = "*, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None, separators=None, default=None, sort_keys=False";

    static PModule create(KairosContext ctx) {
        PModule m = new PModule("json");
        PDict d = m.dict;
        d.putStr("JSONDecodeError", DECODE_ERROR);
        Builtins.def(d, "dumps", "obj, " + DUMP_OPTS, a -> dumps(a[0], a, 1));
        Builtins.def(d, "dump", "obj, fp, " + DUMP_OPTS, a -> {
            Py.callMethod(a[1], "write", dumps(a[0], a, 2));
            return PNone.NONE;
        });
        Builtins.def(d, "loads", "s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, object_pairs_hook=None", a -> {
            Object v = loads(a[0]);
            return a[2] == PNone.NONE ? v : hook(v, a[2]);
        });
        Builtins.def(d, "load", "fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, object_pairs_hook=None", a -> {
            Object v = loads(Py.callMethod(a[0], "read"));
            return a[2] == PNone.NONE ? v : hook(v, a[2]);
        });
        return m;
    }

    /** Applies object_hook bottom-up, as the decoder does when each object is complete. */
    private static Object hook(Object v, Object fn) {
        if (v instanceof PList l) {
            for (int i = 0; i < l.size; i++) {
                l.items[i] = hook(l.items[i], fn);
            }
            return l;
        }
        if (v instanceof PDict dd) {
            for (PDict.Entry e : dd.entries()) {
                dd.put(e.key, hook(e.value, fn));
            }
            return Py.call(fn, dd);
        }
        return v;
    }
}
