package org.kairos.builtins;

import org.kairos.KairosContext;
import org.kairos.runtime.Iteration;
import org.kairos.runtime.PBuiltinFunction;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PMethod;
import org.kairos.runtime.PTuple;
import org.kairos.runtime.PythonObject;
import org.kairos.runtime.PException;
import org.kairos.runtime.PList;
import org.kairos.runtime.PModule;
import org.kairos.runtime.PNone;
import org.kairos.runtime.Py;
import org.kairos.runtime.lib.PyRandom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small standard modules: time, random, gc, keyword, string. */
final class SmallModules {
    private SmallModules() {
    }

    static PModule time(KairosContext ctx) {
        PModule m = new PModule("time");
        PDict d = m.dict;
        Builtins.def(d, "time", "", a -> System.currentTimeMillis() / 1000.0);
        Builtins.def(d, "time_ns", "", a -> System.currentTimeMillis() * 1_000_000L);
        Builtins.def(d, "monotonic", "", a -> System.nanoTime() / 1e9);
        Builtins.def(d, "perf_counter", "", a -> System.nanoTime() / 1e9);
        Builtins.def(d, "process_time", "", a -> System.nanoTime() / 1e9);
        Builtins.def(d, "monotonic_ns", "", a -> System.nanoTime());
        Builtins.def(d, "perf_counter_ns", "", a -> System.nanoTime());
        Builtins.def(d, "sleep", "secs, /", a -> {
            double s = MathModule.dbl(a[0]);
            if (s < 0) {
                throw PException.valueError("sleep length must be non-negative");
            }
            // blocked at a safepoint: thread-local actions (stopping a daemon thread at exit) interrupt
            // the sleep, which then goes on for the time left
            long until = System.nanoTime() + (long) (s * 1e9);
            com.oracle.truffle.api.TruffleSafepoint.setBlockedThreadInterruptible(null, end -> {
                long left = end - System.nanoTime();
                if (left > 0) {
                    Thread.sleep(left / 1_000_000L, (int) (left % 1_000_000L));
                }
            }, until);
            return PNone.NONE;
        });
        return m;
    }

    /** {@code random.Random}: each instance has its own Mersenne Twister. */
    static final PClass RANDOM = FunctoolsModule.lib("Random", "random");

    /** A {@code random.Random} instance. */
    static final class PRandom extends PythonObject {
        final PyRandom rng = new PyRandom();

        PRandom(PClass cls) {
            super(cls);
        }
    }

    /** PyRandom takes null for "seed from the OS" and byte[] for bytes. */
    private static Object seedArg(Object o) {
        if (o == PNone.NONE) {
            return null;
        }
        return o instanceof org.kairos.runtime.PBytes b ? b.bytes : o;
    }

    private static PyRandom rng(Object[] a) {
        return ((PRandom) a[0]).rng;
    }

    private static void rmethod(String name, String spec, PBuiltinFunction.Impl impl) {
        Builtins.method(RANDOM, name, spec, Lib.wrap(impl));
    }

    private static boolean randomInitialized;

    private static synchronized void initRandom() {
        if (randomInitialized) {
            return;
        }
        randomInitialized = true;
        Builtins.staticMethod(RANDOM, "__new__", "cls, *args, **kwargs", a -> new PRandom((PClass) a[0]));
        rmethod("__init__", "self, x=None", a -> {
            rng(a).seed(seedArg(a[1]));
            return PNone.NONE;
        });
        rmethod("seed", "self, a=None, version=2", a -> {
            rng(a).seed(seedArg(a[1]));
            return PNone.NONE;
        });
        rmethod("random", "self", a -> rng(a).random());
        rmethod("getrandbits", "self, k, /", a -> rng(a).getrandbits(Py.indexToLong(a[1])));
        rmethod("randint", "self, a, b", a -> rng(a).randint(Py.index(a[1]), Py.index(a[2])));
        rmethod("randrange", "self, start, stop=None, step=1", a -> {
            if (a[2] == PNone.NONE) {
                return rng(a).randrange(Py.index(a[1]));
            }
            return rng(a).randrange(Py.index(a[1]), Py.index(a[2]), Py.index(a[3]));
        });
        rmethod("uniform", "self, a, b", a -> rng(a).uniform(MathModule.dbl(a[1]), MathModule.dbl(a[2])));
        rmethod("gauss", "self, mu=0.0, sigma=1.0", a -> rng(a).gauss(MathModule.dbl(a[1]), MathModule.dbl(a[2])));
        rmethod("normalvariate", "self, mu=0.0, sigma=1.0", a -> rng(a).normalvariate(MathModule.dbl(a[1]), MathModule.dbl(a[2])));
        rmethod("triangular", "self, low=0.0, high=1.0, mode=None",
                        a -> rng(a).triangular(MathModule.dbl(a[1]), MathModule.dbl(a[2]), a[3] == PNone.NONE ? null : MathModule.dbl(a[3])));
        rmethod("expovariate", "self, lambd=1.0", a -> rng(a).expovariate(MathModule.dbl(a[1])));
        rmethod("randbytes", "self, n, /", a -> new org.kairos.runtime.PBytes(rng(a).randbytes(Py.indexToLong(a[1]))));
        // CPython's state format: (3, 625 words including the index, gauss_next)
        rmethod("getstate", "self, /", a -> {
            Object[] st = rng(a).getState();
            long[] words = (long[]) st[0];
            Object[] items = new Object[words.length];
            for (int i = 0; i < words.length; i++) {
                items[i] = words[i];
            }
            return PTuple.of(3L, new PTuple(items), st[1] == null ? PNone.NONE : st[1]);
        });
        rmethod("setstate", "self, state, /", a -> {
            Object[] st = Iteration.toArray(a[1]);
            if (st.length != 3 || !Long.valueOf(3).equals(st[0])) {
                throw PException.valueError("state with version " + Py.repr(st.length > 0 ? st[0] : PNone.NONE) + " passed to Random.setstate() of version 3");
            }
            Object[] items = Iteration.toArray(st[1]);
            long[] words = new long[items.length];
            for (int i = 0; i < items.length; i++) {
                words[i] = Py.indexToLong(items[i]);
            }
            rng(a).setState(new Object[]{words, st[2] == PNone.NONE ? null : (Double) st[2]});
            return PNone.NONE;
        });
        rmethod("choice", "self, seq, /", a -> {
            long n = Py.lenOf(a[1]);
            if (n == 0) {
                throw PException.indexError("Cannot choose from an empty sequence");
            }
            return Py.getItem(a[1], (long) rng(a).choiceIndex((int) n));
        });
        rmethod("shuffle", "self, x, /", a -> {
            if (a[1] instanceof PList l) {
                List<Object> tmp = new ArrayList<>(Arrays.asList(l.toArray()));
                rng(a).shuffle(tmp);
                l.setAll(tmp.toArray());
                return PNone.NONE;
            }
            // any mutable sequence, swapped in place as CPython's shuffle does it
            long n = Py.lenOf(a[1]);
            if (n > 1) {
                List<Object> idx = new ArrayList<>();
                for (long i = 0; i < n; i++) {
                    idx.add(org.kairos.runtime.Items.getItem(a[1], i));
                }
                rng(a).shuffle(idx);
                for (long i = 0; i < n; i++) {
                    org.kairos.runtime.Items.setItem(a[1], i, idx.get((int) i));
                }
            }
            return PNone.NONE;
        });
        rmethod("sample", "self, population, k, *, counts=None", a -> new PList(rng(a).sample(Arrays.asList(Iteration.toArray(a[1])), Py.indexToLong(a[2])).toArray()));
        rmethod("choices", "self, population, weights=None, *, cum_weights=None, k=1", a -> {
            List<Object> pop = Arrays.asList(Iteration.toArray(a[1]));
            long k = Py.indexToLong(a[4]);
            if (a[2] == PNone.NONE && a[3] == PNone.NONE) {
                return new PList(rng(a).choices(pop, k).toArray());
            }
            double[] w = a[2] == PNone.NONE ? null : doubles(a[2]);
            double[] cw = a[3] == PNone.NONE ? null : doubles(a[3]);
            return new PList(rng(a).choices(pop, w, cw, k).toArray());
        });
    }

    static PModule random(KairosContext ctx) {
        initRandom();
        PModule m = new PModule("random");
        PDict d = m.dict;
        d.putStr("Random", RANDOM);
        // like CPython, the module functions are bound methods of one hidden instance
        PRandom inst = new PRandom(RANDOM);
        for (PDict.Entry e : RANDOM.namespace().entries()) {
            String name = (String) e.key;
            if (!name.startsWith("_") && e.value instanceof PBuiltinFunction) {
                d.putStr(name, new PMethod(inst, e.value));
            }
        }
        return m;
    }

    private static double[] doubles(Object it) {
        Object[] items = Iteration.toArray(it);
        double[] r = new double[items.length];
        for (int i = 0; i < items.length; i++) {
            r[i] = MathModule.dbl(items[i]);
        }
        return r;
    }

    static PModule gc(KairosContext ctx) {
        PModule m = new PModule("gc");
        boolean[] enabled = {true};
        Builtins.def(m.dict, "collect", "generation=2", a -> {
            // No System.gc() here: hooks collect the heap themselves, and only when they watch something.
            for (Runnable r : ctx.gcHooks) {
                r.run();
            }
            return 0L;
        });
        Builtins.def(m.dict, "enable", "", a -> {
            enabled[0] = true;
            return PNone.NONE;
        });
        Builtins.def(m.dict, "disable", "", a -> {
            enabled[0] = false;
            return PNone.NONE;
        });
        Builtins.def(m.dict, "isenabled", "", a -> enabled[0]);
        return m;
    }

    static PModule keyword(KairosContext ctx) {
        PModule m = new PModule("keyword");
        String[] kws = {"False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except",
                        "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
                        "with", "yield"};
        String[] soft = {"_", "case", "match", "type"};
        m.dict.putStr("kwlist", new PList(Arrays.copyOf(kws, kws.length, Object[].class)));
        m.dict.putStr("softkwlist", new PList(Arrays.copyOf(soft, soft.length, Object[].class)));
        Builtins.def(m.dict, "iskeyword", "s, /", a -> Arrays.asList(kws).contains(a[0]));
        Builtins.def(m.dict, "issoftkeyword", "s, /", a -> Arrays.asList(soft).contains(a[0]));
        return m;
    }

    static PModule string(KairosContext ctx) {
        PModule m = new PModule("string");
        String lower = "abcdefghijklmnopqrstuvwxyz";
        String upper = lower.toUpperCase();
        m.dict.putStr("ascii_lowercase", lower);
        m.dict.putStr("ascii_uppercase", upper);
        m.dict.putStr("ascii_letters", lower + upper);
        m.dict.putStr("digits", "0123456789");
        m.dict.putStr("hexdigits", "0123456789abcdefABCDEF");
        m.dict.putStr("octdigits", "01234567");
        m.dict.putStr("punctuation", "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");
        m.dict.putStr("whitespace", " \t\n\r\u000b\f");
        m.dict.putStr("printable", "0123456789" + lower + upper + "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~" + " \t\n\r\u000b\f");
        Builtins.def(m.dict, "capwords", "s, sep=None", a -> {
            Object parts = a[1] == PNone.NONE ? Py.callMethod(a[0], "split") : Py.callMethod(a[0], "split", a[1]);
            List<Object> out = new ArrayList<>();
            for (Object w : Iteration.toArray(parts)) {
                out.add(Py.callMethod(w, "capitalize"));
            }
            return Py.callMethod(a[1] == PNone.NONE ? " " : a[1], "join", new PList(out.toArray()));
        });
        initTemplate();
        m.dict.putStr("Template", TEMPLATE);
        return m;
    }

    /** {@code string.Template}: {@code $name}, {@code ${name}} and {@code $$} substitution. */
    static final PClass TEMPLATE = FunctoolsModule.lib("Template", "string");
    private static boolean templateInitialized;

    private static synchronized void initTemplate() {
        if (templateInitialized) {
            return;
        }
        templateInitialized = true;
        TEMPLATE.ns.putStr("delimiter", "$");
        Builtins.staticMethod(TEMPLATE, "__new__", "cls, *args, **kwargs", a -> new org.kairos.runtime.PObject((PClass) a[0]));
        Builtins.method(TEMPLATE, "__init__", "self, template", a -> {
            ((PythonObject) a[0]).getOrCreateDict().putStr("template", a[1]);
            return PNone.NONE;
        });
        Builtins.method(TEMPLATE, "substitute", "self, mapping=?, /, **kws", a -> substitute(a, false));
        Builtins.method(TEMPLATE, "safe_substitute", "self, mapping=?, /, **kws", a -> substitute(a, true));
    }

    private static boolean identStart(char c) {
        return c == '_' || (c < 128 && Character.isLetter(c));
    }

    private static Object substitute(Object[] a, boolean safe) {
        String t = (String) Py.getAttr(a[0], "template");
        PDict kws = (PDict) a[2];
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c != '$') {
                sb.append(c);
                i++;
                continue;
            }
            int start = i;
            String name = null;
            int end = i + 1;
            if (end < t.length() && t.charAt(end) == '$') {
                sb.append('$');
                i = end + 1;
                continue;
            }
            if (end < t.length() && t.charAt(end) == '{') {
                int j = end + 1;
                if (j < t.length() && identStart(t.charAt(j))) {
                    int k = j + 1;
                    while (k < t.length() && (identStart(t.charAt(k)) || (t.charAt(k) >= '0' && t.charAt(k) <= '9'))) {
                        k++;
                    }
                    if (k < t.length() && t.charAt(k) == '}') {
                        name = t.substring(j, k);
                        end = k + 1;
                    }
                }
            } else if (end < t.length() && identStart(t.charAt(end))) {
                int k = end + 1;
                while (k < t.length() && (identStart(t.charAt(k)) || (t.charAt(k) >= '0' && t.charAt(k) <= '9'))) {
                    k++;
                }
                name = t.substring(end, k);
                end = k;
            }
            if (name == null) {
                if (safe) {
                    sb.append('$');
                    i++;
                    continue;
                }
                int line = 1;
                int lineStart = 0;
                for (int k = 0; k < start; k++) {
                    if (t.charAt(k) == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                throw PException.valueError("Invalid placeholder in string: line " + line + ", col " + (start - lineStart + 1));
            }
            Object v = kws.getStr(name);
            if (v == null && a[1] != PNone.NO_VALUE) {
                try {
                    v = Py.getItem(a[1], name);
                } catch (PException e) {
                    if (!safe || !e.exc.cls.isSubclassOf(org.kairos.runtime.ExceptionClasses.KeyError)) {
                        throw e;
                    }
                }
            }
            if (v == null) {
                if (!safe) {
                    throw PException.keyError(name);
                }
                sb.append(t, start, end);
            } else {
                sb.append(Py.str(v));
            }
            i = end;
        }
        return sb.toString();
    }
}
