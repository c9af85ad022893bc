package org.kairos.nodes;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.kairos.runtime.PCode;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PFunction;
import org.kairos.runtime.PTuple;
import org.kairos.runtime.Signature;

/**
 * How one call shape (number of arguments, keyword names) fills the frame of one code object:
 * for every parameter slot, the argument, positional default or keyword-only default it takes.
 * Computed once per call site and code, so that calls with defaults, keywords or {@code *args}
 * bind in compiled code without the generic binder. Shapes that would raise (missing or
 * duplicate arguments, unknown keywords) have no plan: the generic binder reports them.
 */
final class BindPlan {
    private static final int KW_DEFAULT = -1_000_000;

    /** Per parameter slot: {@code >= 0} argument index, {@code -1 - i} positional default i, {@code KW_DEFAULT - i} keyword-only default i. */
    @CompilationFinal(dimensions = 1) private final int[] source;
    /** The number of positional defaults the plan was made for (a function's __defaults__ can be replaced). */
    private final int ndefaults;
    /** Frame slot of *args, or -1; it gets the arguments [varargsFrom, varargsTo). */
    private final int varargsSlot;
    private final int varargsFrom;
    private final int varargsTo;
    /** Frame slot of **kwargs, or -1; it gets a new dict of the keywords {@link #extraKw} from argument {@link #extraFrom} on. */
    private final int varkwSlot;
    @CompilationFinal(dimensions = 1) private final String[] extraKw;
    @CompilationFinal(dimensions = 1) private final int[] extraArg;

    private BindPlan(int[] source, int ndefaults, int varargsSlot, int varargsFrom, int varargsTo, int varkwSlot, String[] extraKw, int[] extraArg) {
        this.source = source;
        this.ndefaults = ndefaults;
        this.varargsSlot = varargsSlot;
        this.varargsFrom = varargsFrom;
        this.varargsTo = varargsTo;
        this.varkwSlot = varkwSlot;
        this.extraKw = extraKw;
        this.extraArg = extraArg;
    }

    /**
     * The plan for calling {@code fn} with {@code nargs} arguments (the receiver included, as the
     * first one), the last {@code kwnames.length} of them by keyword; null if the call would fail
     * or needs something the plan can't express.
     */
    static BindPlan create(PFunction fn, int nargs, String[] kwnames) {
        PCode code = fn.code;
        Signature sig = code.signature;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = nargs - nkw;
        int ndef = fn.defaults == null ? 0 : fn.defaults.length;
        int slots = sig.slotCount();
        int[] source = new int[slots];
        boolean[] filled = new boolean[slots];
        int varargsSlot = sig.varargs ? sig.positional : -1;
        int kwStart = sig.positional + (sig.varargs ? 1 : 0);
        int varkwSlot = sig.varkw ? kwStart + sig.kwOnly : -1;
        if (npos > sig.positional && !sig.varargs) {
            return null;
        }
        for (int i = 0; i < Math.min(npos, sig.positional); i++) {
            source[i] = i;
            filled[i] = true;
        }
        java.util.List<String> extra = new java.util.ArrayList<>();
        java.util.List<Integer> extraIdx = new java.util.ArrayList<>();
        for (int k = 0; k < nkw; k++) {
            String kn = kwnames[k];
            int slot = -1;
            for (int i = sig.posOnly; i < sig.positional; i++) {
                if (sig.names[i].equals(kn)) {
                    slot = i;
                }
            }
            for (int i = 0; i < sig.kwOnly; i++) {
                if (sig.names[kwStart + i].equals(kn)) {
                    slot = kwStart + i;
                }
            }
            if (slot < 0) {
                if (!sig.varkw || extra.contains(kn)) {
                    return null;
                }
                for (int i = 0; i < sig.posOnly; i++) {
                    if (sig.names[i].equals(kn)) {
                        // a positional-only name passed by keyword goes into **kwargs only if the parameter is also given
                        if (i >= npos) {
                            return null;
                        }
                    }
                }
                extra.add(kn);
                extraIdx.add(npos + k);
                continue;
            }
            if (filled[slot]) {
                return null;
            }
            source[slot] = npos + k;
            filled[slot] = true;
        }
        for (int i = 0; i < sig.positional; i++) {
            if (!filled[i]) {
                int di = i - (sig.positional - ndef);
                if (di < 0) {
                    return null;
                }
                source[i] = -1 - di;
                filled[i] = true;
            }
        }
        for (int i = 0; i < sig.kwOnly; i++) {
            if (!filled[kwStart + i]) {
                if (fn.kwDefaults == null || fn.kwDefaults[i] == null) {
                    return null;
                }
                source[kwStart + i] = KW_DEFAULT - i;
                filled[kwStart + i] = true;
            }
        }
        if (varargsSlot >= 0) {
            filled[varargsSlot] = true;
        }
        if (varkwSlot >= 0) {
            filled[varkwSlot] = true;
        }
        int[] eArg = new int[extraIdx.size()];
        for (int i = 0; i < eArg.length; i++) {
            eArg[i] = extraIdx.get(i);
        }
        return new BindPlan(source, ndef, varargsSlot, sig.positional, Math.max(npos, sig.positional), varkwSlot, extra.toArray(new String[0]), eArg);
    }

    /**
     * The frame arguments ({@code fn} first, then the slots) for the arguments {@code self} (if not
     * null) followed by {@code args}; null if {@code fn}'s defaults no longer match the plan.
     */
    @ExplodeLoop
    Object[] bind(PFunction fn, Object self, Object[] args) {
        Object[] defaults = fn.defaults;
        if ((defaults == null ? 0 : defaults.length) != ndefaults) {
            return null;
        }
        Object[] kwDefaults = fn.kwDefaults;
        int shift = self == null ? 0 : 1;
        int[] src = source;
        Object[] out = new Object[src.length + 1];
        out[0] = fn;
        for (int i = 0; i < src.length; i++) {
            int s = src[i];
            Object v;
            if (i == varargsSlot || i == varkwSlot) {
                continue;
            } else if (s >= 0) {
                v = s == 0 && self != null ? self : args[s - shift];
            } else if (s > KW_DEFAULT) {
                v = defaults[-1 - s];
            } else {
                v = kwDefaults == null ? null : kwDefaults[KW_DEFAULT - s];
                if (v == null) {
                    return null;
                }
            }
            out[i + 1] = v;
        }
        if (varargsSlot >= 0) {
            out[varargsSlot + 1] = varargs(self, args, shift);
        }
        if (varkwSlot >= 0) {
            out[varkwSlot + 1] = extraKw.length == 0 ? new PDict() : kwDict(args, shift);
        }
        return out;
    }

    private Object varargs(Object self, Object[] args, int shift) {
        int n = varargsTo - varargsFrom;
        if (n == 0) {
            return PTuple.EMPTY;
        }
        Object[] items = new Object[n];
        for (int i = 0; i < n; i++) {
            int a = varargsFrom + i;
            items[i] = a == 0 && self != null ? self : args[a - shift];
        }
        return new PTuple(items);
    }

    @TruffleBoundary
    private PDict kwDict(Object[] args, int shift) {
        PDict d = new PDict();
        for (int i = 0; i < extraKw.length; i++) {
            d.putStr(extraKw[i], args[extraArg[i] - shift]);
        }
        return d;
    }
}
