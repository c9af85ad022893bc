package org.kairos.builtins;

import org.kairos.KairosContext;
import org.kairos.runtime.Iteration;
import org.kairos.runtime.PDict;
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
            try {
                Thread.sleep((long) (s * 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return PNone.NONE;
        });
        return m;
    }

    static PModule random(KairosContext ctx) {
        PModule m = new PModule("random");
        PDict d = m.dict;
        PyRandom r = new PyRandom();
        Lib.def(d, "seed", "a=None, version=2", a -> {
            r.seed(a[0]);
            return PNone.NONE;
        });
        Lib.def(d, "random", "", a -> r.random());
        Lib.def(d, "getrandbits", "k, /", a -> r.getrandbits(Py.indexToLong(a[0])));
        Lib.def(d, "randint", "a, b", a -> r.randint(Py.index(a[0]), Py.index(a[1])));
        Lib.def(d, "randrange", "start, stop=None, step=1", a -> {
            if (a[1] == PNone.NONE) {
                return r.randrange(Py.index(a[0]));
            }
            return r.randrange(Py.index(a[0]), Py.index(a[1]), Py.index(a[2]));
        });
        Lib.def(d, "uniform", "a, b", a -> r.uniform(MathModule.dbl(a[0]), MathModule.dbl(a[1])));
        Lib.def(d, "gauss", "mu=0.0, sigma=1.0", a -> r.gauss(MathModule.dbl(a[0]), MathModule.dbl(a[1])));
        Lib.def(d, "normalvariate", "mu=0.0, sigma=1.0", a -> r.normalvariate(MathModule.dbl(a[0]), MathModule.dbl(a[1])));
        Lib.def(d, "choice", "seq, /", a -> {
            long n = Py.lenOf(a[0]);
            if (n == 0) {
                throw PException.indexError("Cannot choose from an empty sequence");
            }
            return Py.getItem(a[0], (long) r.choiceIndex((int) n));
        });
        Lib.def(d, "shuffle", "x, /", a -> {
            PList l = (PList) a[0];
            List<Object> tmp = new ArrayList<>(Arrays.asList(l.toArray()));
            r.shuffle(tmp);
            l.setAll(tmp.toArray());
            return PNone.NONE;
        });
        Lib.def(d, "sample", "population, k, *, counts=None", a -> new PList(r.sample(Arrays.asList(Iteration.toArray(a[0])), Py.indexToLong(a[1])).toArray()));
        Lib.def(d, "choices", "population, weights=None, *, cum_weights=None, k=1", a -> {
            List<Object> pop = Arrays.asList(Iteration.toArray(a[0]));
            long k = Py.indexToLong(a[3]);
            if (a[1] == PNone.NONE && a[2] == PNone.NONE) {
                return new PList(r.choices(pop, k).toArray());
            }
            double[] w = a[1] == PNone.NONE ? null : doubles(a[1]);
            double[] cw = a[2] == PNone.NONE ? null : doubles(a[2]);
            return new PList(r.choices(pop, w, cw, k).toArray());
        });
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
        Builtins.def(m.dict, "collect", "generation=2", a -> 0L);
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
        return m;
    }
}
