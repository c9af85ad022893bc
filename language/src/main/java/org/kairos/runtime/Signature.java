package org.kairos.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.ArrayList;
import java.util.List;

/**
 * A parameter list and the binding of call arguments to it (CPython's argument parsing for both
 * guest functions and Java builtins). Bound layout: positional parameters, then the {@code *args}
 * tuple if any, then keyword-only parameters, then the {@code **kwargs} dict if any.
 */
public final class Signature {
    public final String[] names;
    public final int posOnly;
    public final int positional;
    public final int kwOnly;
    public final boolean varargs;
    public final boolean varkw;

    public Signature(String[] names, int posOnly, int positional, int kwOnly, boolean varargs, boolean varkw) {
        this.names = names;
        this.posOnly = posOnly;
        this.positional = positional;
        this.kwOnly = kwOnly;
        this.varargs = varargs;
        this.varkw = varkw;
    }

    /** Number of bound slots. */
    public int slotCount() {
        return positional + (varargs ? 1 : 0) + kwOnly + (varkw ? 1 : 0);
    }

    public boolean isSimple() {
        return !varargs && !varkw && kwOnly == 0;
    }

    /** The values of a builtin declared as "a, b=1, /, *args, c=None, **kw" ({@code ?} = missing). */
    public static final class Parsed {
        public final Signature sig;
        public final Object[] defaults;
        public final Object[] kwDefaults;

        Parsed(Signature sig, Object[] defaults, Object[] kwDefaults) {
            this.sig = sig;
            this.defaults = defaults;
            this.kwDefaults = kwDefaults;
        }
    }

    public static Parsed parse(String spec) {
        List<String> names = new ArrayList<>();
        List<Object> defaults = new ArrayList<>();
        List<String> kwNames = new ArrayList<>();
        List<Object> kwDefaults = new ArrayList<>();
        int posOnly = 0;
        boolean varargs = false;
        boolean varkw = false;
        boolean kwMode = false;
        String varargsName = null;
        String varkwName = null;
        for (String raw : spec.split(",")) {
            String p = raw.trim();
            if (p.isEmpty()) {
                continue;
            }
            if (p.equals("/")) {
                posOnly = names.size();
                continue;
            }
            if (p.equals("*")) {
                kwMode = true;
                continue;
            }
            if (p.startsWith("**")) {
                varkw = true;
                varkwName = p.substring(2);
                continue;
            }
            if (p.startsWith("*")) {
                varargs = true;
                varargsName = p.substring(1);
                kwMode = true;
                continue;
            }
            String name = p;
            Object def = null;
            int eq = p.indexOf('=');
            if (eq >= 0) {
                name = p.substring(0, eq).trim();
                def = parseDefault(p.substring(eq + 1).trim());
            }
            if (kwMode) {
                kwNames.add(name);
                kwDefaults.add(def);
            } else {
                names.add(name);
                if (def != null) {
                    defaults.add(def);
                } else if (!defaults.isEmpty()) {
                    throw new IllegalArgumentException("non-default after default in " + spec);
                }
            }
        }
        int positional = names.size();
        List<String> all = new ArrayList<>(names);
        if (varargs) {
            all.add(varargsName);
        }
        all.addAll(kwNames);
        if (varkw) {
            all.add(varkwName);
        }
        Signature sig = new Signature(all.toArray(new String[0]), posOnly, positional, kwNames.size(), varargs, varkw);
        return new Parsed(sig, defaults.toArray(), kwDefaults.toArray());
    }

    private static Object parseDefault(String s) {
        switch (s) {
            case "None":
                return PNone.NONE;
            case "True":
                return Boolean.TRUE;
            case "False":
                return Boolean.FALSE;
            case "?":
                return PNone.NO_VALUE;
            default:
                if (s.startsWith("'")) {
                    return s.substring(1, s.length() - 1);
                }
                if (s.contains(".")) {
                    return Double.parseDouble(s);
                }
                return Long.parseLong(s);
        }
    }

    /**
     * Binds {@code args} (positional values followed by {@code kwnames.length} keyword values) into
     * a fresh array with {@code offset} leading free slots.
     */
    @TruffleBoundary
    public Object[] bind(String fname, Object[] args, String[] kwnames, Object[] defaults, Object[] kwDefaults, int offset) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        Object[] out = new Object[offset + slotCount()];
        int varargsSlot = offset + positional;
        int kwStart = varargsSlot + (varargs ? 1 : 0);
        int varkwSlot = kwStart + kwOnly;
        if (npos > positional) {
            if (!varargs) {
                throw tooManyPositional(fname, npos, defaults, nkw, kwnames);
            }
            System.arraycopy(args, 0, out, offset, positional);
            Object[] rest = new Object[npos - positional];
            System.arraycopy(args, positional, rest, 0, rest.length);
            out[varargsSlot] = new PTuple(rest);
        } else {
            System.arraycopy(args, 0, out, offset, npos);
            if (varargs) {
                out[varargsSlot] = PTuple.EMPTY;
            }
        }
        PDict kwDict = varkw ? new PDict() : null;
        List<String> posOnlyAsKw = null;
        for (int k = 0; k < nkw; k++) {
            String kn = kwnames[k];
            Object v = args[npos + k];
            int idx = -1;
            for (int i = posOnly; i < positional; i++) {
                if (names[i].equals(kn)) {
                    idx = offset + i;
                    break;
                }
            }
            if (idx < 0) {
                for (int i = 0; i < kwOnly; i++) {
                    if (names[positional + (varargs ? 1 : 0) + i].equals(kn)) {
                        idx = kwStart + i;
                        break;
                    }
                }
            }
            if (idx < 0) {
                if (kwDict != null) {
                    if (kwDict.containsKey(kn)) {
                        throw PException.typeError(fname + "() got multiple values for keyword argument '" + kn + "'");
                    }
                    kwDict.putStr(kn, v);
                    continue;
                }
                boolean isPosOnly = false;
                for (int i = 0; i < posOnly; i++) {
                    if (names[i].equals(kn)) {
                        isPosOnly = true;
                    }
                }
                if (isPosOnly) {
                    if (posOnlyAsKw == null) {
                        posOnlyAsKw = new ArrayList<>();
                    }
                    posOnlyAsKw.add(kn);
                    continue;
                }
                throw PException.typeError(fname + "() got an unexpected keyword argument '" + kn + "'");
            }
            if (out[idx] != null) {
                throw PException.typeError(fname + "() got multiple values for argument '" + kn + "'");
            }
            out[idx] = v;
        }
        if (posOnlyAsKw != null) {
            throw PException.typeError(fname + "() got some positional-only arguments passed as keyword arguments: '" + String.join(", ", posOnlyAsKw) + "'");
        }
        if (kwDict != null) {
            out[varkwSlot] = kwDict;
        }
        // defaults and missing checks
        int ndef = defaults == null ? 0 : defaults.length;
        List<String> missing = null;
        for (int i = 0; i < positional; i++) {
            if (out[offset + i] == null) {
                int di = i - (positional - ndef);
                if (di >= 0) {
                    out[offset + i] = defaults[di];
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(names[i]);
                }
            }
        }
        if (missing != null) {
            throw missingArgs(fname, missing, "positional");
        }
        for (int i = 0; i < kwOnly; i++) {
            if (out[kwStart + i] == null) {
                Object d = kwDefaults == null ? null : kwDefaults[i];
                if (d != null) {
                    out[kwStart + i] = d;
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(names[positional + (varargs ? 1 : 0) + i]);
                }
            }
        }
        if (missing != null) {
            throw missingArgs(fname, missing, "keyword-only");
        }
        return out;
    }

    private PException tooManyPositional(String fname, int given, Object[] defaults, int nkw, String[] kwnames) {
        int ndef = defaults == null ? 0 : defaults.length;
        String takes;
        if (ndef > 0) {
            takes = "from " + (positional - ndef) + " to " + positional + " positional arguments";
        } else {
            takes = positional + " positional argument" + (positional == 1 ? "" : "s");
        }
        int kwOnlyGiven = 0;
        if (kwnames != null) {
            for (String kn : kwnames) {
                for (int i = 0; i < kwOnly; i++) {
                    if (names[positional + i].equals(kn)) {
                        kwOnlyGiven++;
                    }
                }
            }
        }
        String given2;
        if (kwOnlyGiven > 0) {
            given2 = given + " positional argument" + (given == 1 ? "" : "s") + " (and " + kwOnlyGiven + " keyword-only argument" + (kwOnlyGiven == 1 ? "" : "s") + ") were given";
        } else {
            given2 = given + (given == 1 ? " was given" : " were given");
        }
        return PException.typeError(fname + "() takes " + takes + " but " + given2);
    }

    private static PException missingArgs(String fname, List<String> missing, String kind) {
        StringBuilder sb = new StringBuilder();
        int n = missing.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
            }
            sb.append('\'').append(missing.get(i)).append('\'');
        }
        return PException.typeError(fname + "() missing " + n + " required " + kind + " argument" + (n == 1 ? "" : "s") + ": " + sb);
    }
}
