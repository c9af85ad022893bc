package org.kairos.builtins;

import org.kairos.KairosContext;
import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.Iteration;
import org.kairos.runtime.Numbers;
import org.kairos.runtime.Ops;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PException;
import org.kairos.runtime.PIterator;
import org.kairos.runtime.PModule;
import org.kairos.runtime.PNone;
import org.kairos.runtime.PTuple;
import org.kairos.runtime.Py;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code itertools} module; every iterator is lazy and built on {@link PIterator.FnIterator}. */
final class ItertoolsModule {
    private ItertoolsModule() {
    }

    private static final Map<String, PClass> CLASSES = new HashMap<>();
    private static boolean initialized;

    /** An itertools iterator class with {@code __iter__}/{@code __next__} so guest code can drive it. */
    private static synchronized PClass cls(String name) {
        return CLASSES.computeIfAbsent(name, n -> {
            PClass c = FunctoolsModule.lib(n, "itertools");
            Builtins.method(c, "__iter__", "self, /", a -> a[0]);
            Builtins.method(c, "__next__", "self, /", a -> {
                Object v = ((PIterator) a[0]).next();
                if (v == null) {
                    throw PException.raise(ExceptionClasses.StopIteration, null);
                }
                return v;
            });
            return c;
        });
    }

    private static PIterator.FnIterator iter(String name, PIterator.FnIterator.Step step) {
        return new PIterator.FnIterator(cls(name), step);
    }

    /** {@code count}: keeps its current value so that its repr can show it. */
    static final class PCount extends PIterator {
        Object next;
        final Object step;

        PCount(Object start, Object step) {
            super(cls("count"));
            this.next = start;
            this.step = step;
        }

        @Override
        public Object next() {
            Object v = next;
            next = Ops.binary(Ops.BinOp.ADD, v, step);
            return v;
        }
    }

    /** {@code repeat}: remaining count is -1 for endless. */
    static final class PRepeat extends PIterator {
        final Object obj;
        long remaining;

        PRepeat(Object obj, long times) {
            super(cls("repeat"));
            this.obj = obj;
            this.remaining = times;
        }

        @Override
        public Object next() {
            if (remaining == 0) {
                return null;
            }
            if (remaining > 0) {
                remaining--;
            }
            return obj;
        }
    }

    /** The state shared by a {@code groupby} object and its {@code _grouper}s. */
    private static final class GroupState {
        Object it;
        Object keyFn;
        Object tgtKey;
        Object currKey;
        Object currValue;
        Object currGrouper;

        boolean step() {
            Object v = Py.next(it);
            if (v == null) {
                return false;
            }
            currKey = keyFn == PNone.NONE ? v : Py.call(keyFn, v);
            currValue = v;
            return true;
        }
    }

    /** Buffer shared by the iterators returned from one {@code tee} call. */
    private static final class TeeBuffer {
        final Object it;
        final List<Object> items = new ArrayList<>();
        boolean done;

        TeeBuffer(Object it) {
            this.it = it;
        }

        Object get(int i) {
            while (items.size() <= i && !done) {
                Object v = Py.next(it);
                if (v == null) {
                    done = true;
                } else {
                    items.add(v);
                }
            }
            return i < items.size() ? items.get(i) : null;
        }
    }

    private static PIterator tee(TeeBuffer buf, int start) {
        int[] i = {start};
        PIterator.FnIterator[] self = new PIterator.FnIterator[1];
        self[0] = iter("_tee", () -> {
            Object v = buf.get(i[0]);
            if (v != null) {
                i[0]++;
            }
            return v;
        });
        TEE_POS.put(self[0], new Object[]{buf, i});
        return self[0];
    }

    /** Position of each tee iterator, so that {@code __copy__} can clone it. */
    private static final Map<Object, Object[]> TEE_POS = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static synchronized void init() {
        if (initialized) {
            return;
        }
        initialized = true;
        Builtins.method(cls("count"), "__repr__", "self, /", a -> {
            PCount c = (PCount) a[0];
            boolean plainStep = c.step instanceof Long l && l == 1;
            return "count(" + Py.repr(c.next) + (plainStep ? "" : ", " + Py.repr(c.step)) + ")";
        });
        Builtins.method(cls("repeat"), "__repr__", "self, /", a -> {
            PRepeat r = (PRepeat) a[0];
            return "repeat(" + Py.repr(r.obj) + (r.remaining < 0 ? "" : ", " + r.remaining) + ")";
        });
        Builtins.method(cls("repeat"), "__length_hint__", "self, /", a -> {
            PRepeat r = (PRepeat) a[0];
            if (r.remaining < 0) {
                throw PException.typeError("len() of unsized object");
            }
            return r.remaining;
        });
        Builtins.method(cls("_tee"), "__copy__", "self, /", a -> {
            Object[] st = TEE_POS.get(a[0]);
            return tee((TeeBuffer) st[0], ((int[]) st[1])[0]);
        });
        Builtins.classMethod(cls("chain"), "from_iterable", "cls, iterable, /", a -> chain(Py.getIter(a[1])));
    }

    private static PIterator chain(Object sources) {
        Object[] cur = {null};
        return iter("chain", () -> {
            while (true) {
                if (cur[0] == null) {
                    Object next = Py.next(sources);
                    if (next == null) {
                        return null;
                    }
                    cur[0] = Py.getIter(next);
                }
                Object v = Py.next(cur[0]);
                if (v != null) {
                    return v;
                }
                cur[0] = null;
            }
        });
    }

    private static Object[] pool(Object iterable) {
        return Iteration.toArray(iterable).clone();
    }

    private static long nonNegR(Object r) {
        long n = Py.indexToLong(r);
        if (n < 0) {
            throw PException.valueError("r must be non-negative");
        }
        return n;
    }

    private static long isliceArg(Object o, String what) {
        if (o == PNone.NONE) {
            return -1;
        }
        long v;
        try {
            v = Numbers.isInt(o) ? Py.indexToLong(o) : -1;
        } catch (PException e) {
            v = -1;
        }
        if (v < 0) {
            throw PException.valueError(what + " for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        }
        return v;
    }

    static PModule create(KairosContext ctx) {
        init();
        PModule m = new PModule("itertools");
        PDict d = m.dict;
        PClass count = cls("count");
        d.putStr("count", count);
        Builtins.staticMethod(count, "__new__", "cls, start=0, step=1", a -> {
            for (Object o : new Object[]{a[1], a[2]}) {
                if (!Numbers.isInt(o) && !(o instanceof Double) && Py.classOf(o).lookup("__add__") == null) {
                    throw PException.typeError("a number is required");
                }
            }
            return new PCount(a[1], a[2]);
        });
        PClass repeat = cls("repeat");
        d.putStr("repeat", repeat);
        Builtins.staticMethod(repeat, "__new__", "cls, object, times=?", a -> new PRepeat(a[1], a[2] == PNone.NO_VALUE ? -1 : Math.max(0, Py.indexToLong(a[2]))));
        newFn(d, "cycle", "cls, iterable, /", a -> {
            Object it = Py.getIter(a[1]);
            List<Object> saved = new ArrayList<>();
            int[] i = {-1};
            return iter("cycle", () -> {
                if (i[0] < 0) {
                    Object v = Py.next(it);
                    if (v != null) {
                        saved.add(v);
                        return v;
                    }
                    if (saved.isEmpty()) {
                        return null;
                    }
                    i[0] = 0;
                }
                Object v = saved.get(i[0]);
                i[0] = (i[0] + 1) % saved.size();
                return v;
            });
        });
        newFn(d, "accumulate", "cls, iterable, func=None, *, initial=None", a -> {
            Object it = Py.getIter(a[1]);
            Object func = a[2];
            Object[] total = {null};
            boolean[] pendingInitial = {a[3] != PNone.NONE};
            Object initial = a[3];
            return iter("accumulate", () -> {
                if (pendingInitial[0]) {
                    pendingInitial[0] = false;
                    total[0] = initial;
                    return initial;
                }
                Object v = Py.next(it);
                if (v == null) {
                    return null;
                }
                if (total[0] == null) {
                    total[0] = v;
                } else {
                    total[0] = func == PNone.NONE ? Ops.binary(Ops.BinOp.ADD, total[0], v) : Py.call(func, total[0], v);
                }
                return total[0];
            });
        });
        newFn(d, "chain", "cls, *iterables", a -> chain(Py.getIter(a[1])));
        newFn(d, "compress", "cls, data, selectors", a -> {
            Object data = Py.getIter(a[1]);
            Object sel = Py.getIter(a[2]);
            return iter("compress", () -> {
                while (true) {
                    Object v = Py.next(data);
                    Object s = v == null ? null : Py.next(sel);
                    if (s == null) {
                        return null;
                    }
                    if (Py.isTrue(s)) {
                        return v;
                    }
                }
            });
        });
        newFn(d, "dropwhile", "cls, predicate, iterable, /", a -> {
            Object pred = a[1];
            Object it = Py.getIter(a[2]);
            boolean[] dropping = {true};
            return iter("dropwhile", () -> {
                Object v;
                while ((v = Py.next(it)) != null) {
                    if (!dropping[0] || !Py.isTrue(Py.call(pred, v))) {
                        dropping[0] = false;
                        return v;
                    }
                }
                return null;
            });
        });
        newFn(d, "takewhile", "cls, predicate, iterable, /", a -> {
            Object pred = a[1];
            Object it = Py.getIter(a[2]);
            return iter("takewhile", () -> {
                Object v = Py.next(it);
                return v != null && Py.isTrue(Py.call(pred, v)) ? v : null;
            });
        });
        newFn(d, "filterfalse", "cls, function, iterable, /", a -> {
            Object pred = a[1];
            Object it = Py.getIter(a[2]);
            return iter("filterfalse", () -> {
                Object v;
                while ((v = Py.next(it)) != null) {
                    if (!Py.isTrue(pred == PNone.NONE ? v : Py.call(pred, v))) {
                        return v;
                    }
                }
                return null;
            });
        });
        newFn(d, "starmap", "cls, function, iterable, /", a -> {
            Object fn = a[1];
            Object it = Py.getIter(a[2]);
            return iter("starmap", () -> {
                Object v = Py.next(it);
                return v == null ? null : Py.call(fn, Iteration.toArray(v));
            });
        });
        newFn(d, "groupby", "cls, iterable, key=None", a -> {
            GroupState g = new GroupState();
            g.it = Py.getIter(a[1]);
            g.keyFn = a[2];
            return iter("groupby", () -> {
                g.currGrouper = null;
                while (true) {
                    if (g.currKey != null) {
                        if (g.tgtKey == null || !Py.eqBool(g.tgtKey, g.currKey)) {
                            break;
                        }
                    }
                    if (!g.step()) {
                        return null;
                    }
                }
                g.tgtKey = g.currKey;
                Object tgt = g.tgtKey;
                PIterator[] grouper = new PIterator[1];
                grouper[0] = iter("_grouper", () -> {
                    if (g.currGrouper != grouper[0]) {
                        return null;
                    }
                    if (g.currValue == null && !g.step()) {
                        return null;
                    }
                    if (!Py.eqBool(tgt, g.currKey)) {
                        return null;
                    }
                    Object r = g.currValue;
                    g.currValue = null;
                    return r;
                });
                g.currGrouper = grouper[0];
                return PTuple.of(g.currKey, grouper[0]);
            });
        });
        newFn(d, "islice", "cls, *args", a -> {
            Object[] args = ((PTuple) a[1]).items;
            if (args.length < 2) {
                throw PException.typeError("islice expected at least 2 arguments, got " + args.length);
            }
            if (args.length > 4) {
                throw PException.typeError("islice expected at most 4 arguments, got " + args.length);
            }
            long start = 0;
            long stop;
            long step = 1;
            if (args.length == 2) {
                stop = isliceArg(args[1], "Stop argument");
            } else {
                start = isliceArg(args[1], "Indices");
                stop = isliceArg(args[2], "Stop argument");
                start = Math.max(start, 0);
                if (args.length == 4 && args[3] != PNone.NONE) {
                    long s;
                    try {
                        s = Py.indexToLong(args[3]);
                    } catch (PException e) {
                        s = 0;
                    }
                    if (s < 1) {
                        throw PException.valueError("Step for islice() must be a positive integer or None.");
                    }
                    step = s;
                }
            }
            Object it = Py.getIter(args[0]);
            long[] st = {0, start};
            long fstop = stop;
            long fstep = step;
            return iter("islice", () -> {
                while (st[0] < st[1]) {
                    if (Py.next(it) == null) {
                        return null;
                    }
                    st[0]++;
                }
                if (fstop != -1 && st[0] >= fstop) {
                    return null;
                }
                Object v = Py.next(it);
                if (v == null) {
                    return null;
                }
                st[0]++;
                long old = st[1];
                st[1] += fstep;
                if (st[1] < old || (fstop != -1 && st[1] > fstop)) {
                    st[1] = fstop;
                }
                return v;
            });
        });
        Builtins.def(d, "tee", "iterable, n=2, /", a -> {
            long n = Py.indexToLong(a[1]);
            if (n < 0) {
                throw PException.valueError("n must be >= 0");
            }
            TeeBuffer buf = new TeeBuffer(Py.getIter(a[0]));
            Object[] out = new Object[(int) n];
            for (int i = 0; i < n; i++) {
                out[i] = tee(buf, 0);
            }
            return new PTuple(out);
        });
        newFn(d, "zip_longest", "cls, *iterables, fillvalue=None", a -> {
            Object[] srcs = ((PTuple) a[1]).items;
            Object[] its = new Object[srcs.length];
            for (int i = 0; i < its.length; i++) {
                its[i] = Py.getIter(srcs[i]);
            }
            Object fill = a[2];
            int[] active = {its.length};
            return iter("zip_longest", () -> {
                if (active[0] == 0) {
                    return null;
                }
                Object[] out = new Object[its.length];
                for (int i = 0; i < its.length; i++) {
                    Object v = its[i] == null ? null : Py.next(its[i]);
                    if (v == null) {
                        if (its[i] != null) {
                            its[i] = null;
                            if (--active[0] == 0) {
                                return null;
                            }
                        }
                        v = fill;
                    }
                    out[i] = v;
                }
                return new PTuple(out);
            });
        });
        newFn(d, "product", "cls, *iterables, repeat=1", a -> {
            Object[] srcs = ((PTuple) a[1]).items;
            long rep = Py.indexToLong(a[2]);
            if (rep < 0) {
                throw PException.valueError("repeat argument cannot be negative");
            }
            Object[][] base = new Object[srcs.length][];
            for (int i = 0; i < srcs.length; i++) {
                base[i] = pool(srcs[i]);
            }
            Object[][] pools = new Object[(int) (srcs.length * rep)][];
            for (int i = 0; i < pools.length; i++) {
                pools[i] = base[i % srcs.length];
            }
            int[] idx = new int[pools.length];
            boolean[] state = {true, false}; // first, done
            for (Object[] p : pools) {
                if (p.length == 0) {
                    state[1] = true;
                }
            }
            return iter("product", () -> {
                if (state[1]) {
                    return null;
                }
                if (state[0]) {
                    state[0] = false;
                } else {
                    int i = pools.length - 1;
                    while (i >= 0) {
                        if (++idx[i] < pools[i].length) {
                            break;
                        }
                        idx[i] = 0;
                        i--;
                    }
                    if (i < 0) {
                        state[1] = true;
                        return null;
                    }
                }
                Object[] out = new Object[pools.length];
                for (int i = 0; i < out.length; i++) {
                    out[i] = pools[i][idx[i]];
                }
                return new PTuple(out);
            });
        });
        newFn(d, "permutations", "cls, iterable, r=None", a -> {
            Object[] p = pool(a[1]);
            int n = p.length;
            int r = a[2] == PNone.NONE ? n : (int) nonNegR(a[2]);
            int[] indices = new int[n];
            for (int i = 0; i < n; i++) {
                indices[i] = i;
            }
            int[] cycles = new int[Math.max(r, 0)];
            for (int i = 0; i < r && i < n; i++) {
                cycles[i] = n - i;
            }
            boolean[] state = {true, r > n};
            return iter("permutations", () -> {
                if (state[1]) {
                    return null;
                }
                if (state[0]) {
                    state[0] = false;
                    return pick(p, indices, r);
                }
                for (int i = r - 1; i >= 0; i--) {
                    cycles[i]--;
                    if (cycles[i] == 0) {
                        int first = indices[i];
                        System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                        indices[n - 1] = first;
                        cycles[i] = n - i;
                    } else {
                        int j = n - cycles[i];
                        int t = indices[i];
                        indices[i] = indices[j];
                        indices[j] = t;
                        return pick(p, indices, r);
                    }
                }
                state[1] = true;
                return null;
            });
        });
        newFn(d, "combinations", "cls, iterable, r", a -> combinations(pool(a[1]), (int) nonNegR(a[2]), false));
        newFn(d, "combinations_with_replacement", "cls, iterable, r", a -> combinations(pool(a[1]), (int) nonNegR(a[2]), true));
        newFn(d, "pairwise", "cls, iterable, /", a -> {
            Object it = Py.getIter(a[1]);
            Object[] prev = {null};
            return iter("pairwise", () -> {
                if (prev[0] == null) {
                    prev[0] = Py.next(it);
                    if (prev[0] == null) {
                        return null;
                    }
                }
                Object v = Py.next(it);
                if (v == null) {
                    return null;
                }
                PTuple t = PTuple.of(prev[0], v);
                prev[0] = v;
                return t;
            });
        });
        newFn(d, "batched", "cls, iterable, n, *, strict=False", a -> {
            long n = Py.indexToLong(a[2]);
            if (n < 1) {
                throw PException.valueError("n must be at least one");
            }
            Object it = Py.getIter(a[1]);
            boolean strict = Py.isTrue(a[3]);
            return iter("batched", () -> {
                List<Object> batch = new ArrayList<>();
                Object v;
                while (batch.size() < n && (v = Py.next(it)) != null) {
                    batch.add(v);
                }
                if (batch.isEmpty()) {
                    return null;
                }
                if (strict && batch.size() < n) {
                    throw PException.valueError("batched(): incomplete batch");
                }
                return new PTuple(batch.toArray());
            });
        });
        return m;
    }

    /** Declares an itertools class whose constructor is {@code impl}. */
    private static void newFn(PDict d, String name, String spec, org.kairos.runtime.PBuiltinFunction.Impl impl) {
        PClass c = cls(name);
        Builtins.staticMethod(c, "__new__", spec, impl);
        d.putStr(name, c);
    }

    private static PTuple pick(Object[] pool, int[] indices, int r) {
        Object[] out = new Object[r];
        for (int i = 0; i < r; i++) {
            out[i] = pool[indices[i]];
        }
        return new PTuple(out);
    }

    private static PIterator combinations(Object[] p, int r, boolean replace) {
        int n = p.length;
        int[] indices = new int[r];
        for (int i = 0; i < r; i++) {
            indices[i] = replace ? 0 : i;
        }
        boolean[] state = {true, replace ? (n == 0 && r > 0) : r > n};
        return iter(replace ? "combinations_with_replacement" : "combinations", () -> {
            if (state[1]) {
                return null;
            }
            if (state[0]) {
                state[0] = false;
                return pick(p, indices, r);
            }
            int i = r - 1;
            while (i >= 0 && indices[i] == (replace ? n - 1 : i + n - r)) {
                i--;
            }
            if (i < 0) {
                state[1] = true;
                return null;
            }
            if (replace) {
                int v = indices[i] + 1;
                for (int j = i; j < r; j++) {
                    indices[j] = v;
                }
            } else {
                indices[i]++;
                for (int j = i + 1; j < r; j++) {
                    indices[j] = indices[j - 1] + 1;
                }
            }
            return pick(p, indices, r);
        });
    }
}
