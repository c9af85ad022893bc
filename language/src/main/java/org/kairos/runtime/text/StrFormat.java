package org.kairos.runtime.text;

import java.util.Map;
import java.util.function.Function;

/**
 * {@code str.format(*args, **kwargs)} and {@code str.format_map(mapping)}: replacement-field parsing, field
 * lookup ({@code {0}}, {@code {name}}, {@code {0.attr}}, {@code {0[key]}}), conversions and nested specs.
 * Also the single-field helpers f-strings need ({@link #convert}, {@link #formatValue}).
 */
public final class StrFormat {
    private final Object[] args;
    private final Function<String, Object> keyword;
    private final ObjectFormatter f;
    // Auto-numbering state shared with nested specs: 0 = not decided, 1 = automatic, 2 = manual.
    private int numbering;
    private int nextAuto;

    private StrFormat(Object[] args, Function<String, Object> keyword, ObjectFormatter f) {
        this.args = args;
        this.keyword = keyword;
        this.f = f;
    }

    /** {@code fmt.format(*args, **kwargs)}; {@code kwargs} may be null. Missing names raise KeyError. */
    public static String format(String fmt, Object[] args, Map<String, ?> kwargs, ObjectFormatter f) {
        Function<String, Object> lookup = name -> {
            if (kwargs == null || !kwargs.containsKey(name)) {
                throw new FormatError("KeyError", StrRepr.repr(name));
            }
            return kwargs.get(name);
        };
        return new StrFormat(args == null ? new Object[0] : args, lookup, f).build(fmt, 2);
    }

    /**
     * {@code fmt.format_map(mapping)}: {@code lookup} performs {@code mapping[name]} (and raises KeyError, or
     * calls {@code __missing__}, itself). Positional fields raise IndexError as in CPython.
     */
    public static String formatMap(String fmt, Function<String, Object> lookup, ObjectFormatter f) {
        return new StrFormat(new Object[0], lookup, f).build(fmt, 2);
    }

    /** Applies a {@code !r}, {@code !s} or {@code !a} conversion (f-strings and format fields). */
    public static Object convert(Object v, int conversion, ObjectFormatter f) {
        switch (conversion) {
            case 'r':
                return Py.repr(v, f);
            case 's':
                return Py.str(v, f);
            case 'a':
                return Py.ascii(v, f);
            default:
                throw FormatError.valueError("Unknown conversion specifier "
                                + (conversion <= 127 ? String.valueOf((char) conversion) : "\\x" + Integer.toHexString(conversion)));
        }
    }

    /** {@code format(v, spec)}: the builtin {@code format()} and the last step of every replacement field. */
    public static String formatValue(Object v, String spec, ObjectFormatter f) {
        return FormatSpec.format(v, spec, f);
    }

    private String build(String s, int depth) {
        if (depth <= 0) {
            throw FormatError.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        int n = s.length();
        int i = 0;
        while (i < n) {
            // Literal text up to the next brace; doubled braces are escapes.
            char c = s.charAt(i);
            if (c != '{' && c != '}') {
                out.append(c);
                i++;
                continue;
            }
            boolean atEnd = i + 1 >= n;
            if (c == '}') {
                if (atEnd || s.charAt(i + 1) != '}') {
                    throw FormatError.valueError("Single '}' encountered in format string");
                }
                out.append('}');
                i += 2;
                continue;
            }
            if (atEnd) {
                throw FormatError.valueError("Single '{' encountered in format string");
            }
            if (s.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            i = field(s, i + 1, out, depth);
        }
        return out.toString();
    }

    /** Parses and renders one replacement field starting after its '{'; returns the index after its '}'. */
    private int field(String s, int i, StringBuilder out, int depth) {
        int n = s.length();
        int nameStart = i;
        char c = 0;
        while (i < n) {
            c = s.charAt(i++);
            if (c == '{') {
                throw FormatError.valueError("unexpected '{' in field name");
            } else if (c == '[') {
                // brackets protect ':' and '!' inside item keys
                while (i < n && s.charAt(i) != ']') {
                    i++;
                }
                continue;
            } else if (c == '}' || c == ':' || c == '!') {
                break;
            }
            c = 0;
        }
        String name;
        int conversion = 0;
        String spec = "";
        boolean nested = false;
        if (c == '!' || c == ':') {
            name = s.substring(nameStart, i - 1);
            if (c == '!') {
                if (i >= n) {
                    throw FormatError.valueError("end of string while looking for conversion specifier");
                }
                conversion = s.codePointAt(i);
                i += Character.charCount(conversion);
                if (i < n) {
                    char d = s.charAt(i++);
                    if (d == '}') {
                        render(name, conversion, "", false, out, depth);
                        return i;
                    }
                    if (d != ':') {
                        throw FormatError.valueError("expected ':' after conversion specifier");
                    }
                }
            }
            int specStart = i;
            int count = 1;
            while (i < n) {
                char d = s.charAt(i++);
                if (d == '{') {
                    nested = true;
                    count++;
                } else if (d == '}') {
                    if (--count == 0) {
                        spec = s.substring(specStart, i - 1);
                        render(name, conversion, spec, nested, out, depth);
                        return i;
                    }
                }
            }
            throw FormatError.valueError("unmatched '{' in format spec");
        } else if (c != '}') {
            throw FormatError.valueError("expected '}' before end of string");
        }
        name = s.substring(nameStart, i - 1);
        render(name, 0, spec, false, out, depth);
        return i;
    }

    private void render(String name, int conversion, String spec, boolean nested, StringBuilder out, int depth) {
        Object v = lookup(name);
        if (conversion != 0) {
            v = convert(v, conversion, f);
        }
        if (nested) {
            spec = build(spec, depth - 1);
        }
        out.append(FormatSpec.format(v, spec, f));
    }

    /** Decimal value of an all-digit string, -1 if it has any other character (or is empty). */
    private static long integer(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int d = Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cp, 10) : -1;
            if (d < 0) {
                return -1;
            }
            v = v * 10 + d;
            if (v > Integer.MAX_VALUE) {
                throw FormatError.valueError("Too many decimal digits in format string");
            }
        }
        return v;
    }

    private Object lookup(String name) {
        int n = name.length();
        int i = 0;
        while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
            i++;
        }
        String first = name.substring(0, i);
        long index = integer(first);
        boolean empty = first.isEmpty();
        if (empty || index != -1) {
            if (numbering == 0) {
                numbering = empty ? 1 : 2;
            }
            if (numbering == 2 && empty) {
                throw FormatError.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            if (numbering == 1 && !empty) {
                throw FormatError.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            if (empty) {
                index = nextAuto++;
            }
        }
        Object obj;
        if (index == -1) {
            obj = keyword.apply(first);
        } else {
            if (index >= args.length) {
                throw new FormatError("IndexError", "Replacement index " + index + " out of range for positional args tuple");
            }
            obj = args[(int) index];
        }
        while (i < n) {
            char c = name.charAt(i++);
            if (c == '.') {
                int start = i;
                while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
                    i++;
                }
                if (i == start) {
                    throw FormatError.valueError("Empty attribute in format string");
                }
                obj = f.getAttr(obj, name.substring(start, i));
            } else if (c == '[') {
                int start = i;
                while (i < n && name.charAt(i) != ']') {
                    i++;
                }
                if (i >= n) {
                    throw FormatError.valueError("Missing ']' in format string");
                }
                String key = name.substring(start, i++);
                if (key.isEmpty()) {
                    throw FormatError.valueError("Empty attribute in format string");
                }
                long k = integer(key);
                obj = f.getItem(obj, k == -1 ? key : (Object) k);
            } else {
                throw FormatError.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }
}
