package org.kairos.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** set/frozenset algebra and comparisons (subset/superset). */
public final class SetOps {
    private SetOps() {
    }

    @TruffleBoundary
    public static PSet binary(Ops.BinOp op, PSet a, PSet b) {
        PSet r = new PSet(a.isFrozen() ? PClass.FROZENSET : PClass.SET);
        switch (op) {
            case OR -> {
                a.elements().forEach(r::add);
                b.elements().forEach(r::add);
            }
            case AND -> {
                for (Object e : a.elements()) {
                    if (b.contains(e)) {
                        r.add(e);
                    }
                }
            }
            case SUB -> {
                for (Object e : a.elements()) {
                    if (!b.contains(e)) {
                        r.add(e);
                    }
                }
            }
            case XOR -> {
                for (Object e : a.elements()) {
                    if (!b.contains(e)) {
                        r.add(e);
                    }
                }
                for (Object e : b.elements()) {
                    if (!a.contains(e)) {
                        r.add(e);
                    }
                }
            }
            default -> throw new IllegalStateException();
        }
        return r;
    }

    @TruffleBoundary
    public static boolean isSubset(PSet a, PSet b) {
        if (a.size() > b.size()) {
            return false;
        }
        for (Object e : a.elements()) {
            if (!b.contains(e)) {
                return false;
            }
        }
        return true;
    }

    @TruffleBoundary
    public static Object compare(Ops.CmpOp op, PSet a, PSet b) {
        return switch (op) {
            case EQ -> a.size() == b.size() && isSubset(a, b);
            case NE -> !(a.size() == b.size() && isSubset(a, b));
            case LE -> isSubset(a, b);
            case LT -> a.size() < b.size() && isSubset(a, b);
            case GE -> isSubset(b, a);
            case GT -> a.size() > b.size() && isSubset(b, a);
        };
    }
}
