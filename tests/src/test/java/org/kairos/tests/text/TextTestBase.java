package org.kairos.tests.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.function.Executable;

import org.kairos.runtime.text.FormatError;
import org.kairos.runtime.text.ObjectFormatter;
import org.kairos.runtime.text.Py;
import org.kairos.runtime.text.StrRepr;

/**
 * Shared helpers for the generated text tests: value constructors, assertions, and a small ObjectFormatter
 * that models Python lists (java.util.List), dicts (java.util.Map), tuples (Object[]) and None (null).
 */
abstract class TextTestBase {
    static final ObjectFormatter F = new ObjectFormatter() {
        @Override
        public String repr(Object o) {
            if (o == null) {
                return "None";
            } else if (o instanceof List<?> l) {
                StringBuilder sb = new StringBuilder("[");
                for (int i = 0; i < l.size(); i++) {
                    sb.append(i > 0 ? ", " : "").append(Py.repr(l.get(i), this));
                }
                return sb.append(']').toString();
            } else if (o instanceof Object[] t) {
                StringBuilder sb = new StringBuilder("(");
                for (int i = 0; i < t.length; i++) {
                    sb.append(i > 0 ? ", " : "").append(Py.repr(t[i], this));
                }
                return sb.append(t.length == 1 ? ",)" : ")").toString();
            } else if (o instanceof Map<?, ?> m) {
                StringBuilder sb = new StringBuilder("{");
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    sb.append(first ? "" : ", ").append(Py.repr(e.getKey(), this)).append(": ").append(Py.repr(e.getValue(), this));
                    first = false;
                }
                return sb.append('}').toString();
            }
            throw new AssertionError("unexpected object " + o);
        }

        @Override
        public String str(Object o) {
            return repr(o);
        }

        @Override
        public String format(Object o, String spec) {
            if (spec.isEmpty()) {
                return str(o);
            }
            throw new FormatError("TypeError", "unsupported format string passed to " + typeName(o) + ".__format__");
        }

        @Override
        public Object toIndexOrNull(Object o) {
            return null;
        }

        @Override
        public Double toFloatOrNull(Object o) {
            return null;
        }

        @Override
        public Object getAttr(Object o, String name) {
            if (o instanceof Long && name.equals("real")) {
                return o;
            } else if (o instanceof Long && name.equals("imag")) {
                return 0L;
            }
            return ObjectFormatter.super.getAttr(o, name);
        }

        @Override
        public Object getItem(Object o, Object key) {
            if (o instanceof List<?> l && key instanceof Long i) {
                if (i >= l.size()) {
                    throw new FormatError("IndexError", "list index out of range");
                }
                return l.get(i.intValue());
            } else if (o instanceof List<?>) {
                throw new FormatError("TypeError", "list indices must be integers or slices, not str");
            } else if (o instanceof Map<?, ?> m) {
                if (!m.containsKey(key)) {
                    throw new FormatError("KeyError", Py.repr(key, this));
                }
                return m.get(key);
            }
            return ObjectFormatter.super.getItem(o, key);
        }

        @Override
        public String typeName(Object o) {
            if (o instanceof List<?>) {
                return "list";
            } else if (o instanceof Map<?, ?>) {
                return "dict";
            } else if (o instanceof Object[]) {
                return "tuple";
            }
            return ObjectFormatter.super.typeName(o);
        }
    };

    static Double d(String repr) {
        return switch (repr) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(repr);
        };
    }

    static List<Object> list(Object... items) {
        return new ArrayList<>(Arrays.asList(items));
    }

    static Map<Object, Object> map(Object... kv) {
        Map<Object, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static Map<String, Object> kw(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** A %-format mapping lookup over a Python-like container, raising KeyError/TypeError like CPython. */
    static Function<Object, Object> mapping(Object container) {
        return key -> F.getItem(container, key);
    }

    static List<?> lst(Object o) {
        return o instanceof Object[] a ? Arrays.asList(a) : (List<?>) o;
    }

    /** With -Dtext.soft=true mismatches are printed and counted instead of failing at the first one. */
    static final boolean SOFT = Boolean.getBoolean("text.soft");
    static int softFailures;

    static void eq(Object expected, Object actual) {
        if (SOFT) {
            if (!java.util.Objects.equals(expected, actual)) {
                softFailures++;
                System.out.println("MISMATCH at " + caller() + ": expected <" + expected + "> but was <" + actual + ">");
            }
            return;
        }
        assertEquals(expected, actual);
    }

    static void err(String type, String message, Executable e) {
        if (SOFT) {
            try {
                e.execute();
                softFailures++;
                System.out.println("MISMATCH at " + caller() + ": expected " + type + ": " + message + " but nothing was thrown");
            } catch (FormatError ex) {
                if (!(type + ": " + message).equals(ex.type + ": " + ex.message)) {
                    softFailures++;
                    System.out.println("MISMATCH at " + caller() + ": expected " + type + ": " + message + " but was " + ex.type + ": " + ex.message);
                }
            } catch (Throwable t) {
                softFailures++;
                System.out.println("MISMATCH at " + caller() + ": expected " + type + ": " + message + " but was " + t);
            }
            return;
        }
        FormatError ex = assertThrows(FormatError.class, e);
        assertEquals(type + ": " + message, ex.type + ": " + ex.message);
    }

    private static String caller() {
        for (StackTraceElement s : new Throwable().getStackTrace()) {
            if (!s.getClassName().equals(TextTestBase.class.getName()) && s.getClassName().startsWith("org.kairos.tests")) {
                return s.getFileName() + ":" + s.getLineNumber();
            }
        }
        return "?";
    }

    static BigInteger big(String s) {
        return new BigInteger(s);
    }

    static String repr(String s) {
        return StrRepr.repr(s);
    }
}
