package org.kairos.runtime;

import java.util.ArrayList;
import java.util.List;

/** {@code int | str}: a types.UnionType of classes (None stands for NoneType), usable with isinstance/issubclass. */
public final class PUnion extends PythonObject {
    public static final PClass CLASS = new PClass("UnionType", PClass.OBJECT, PClass.Layout.OTHER);

    static {
        CLASS.ns.putStr("__module__", "types");
        CLASS.isFinal = true;
    }

    /** The member classes, flattened and without duplicates. */
    public final PClass[] args;

    private PUnion(PClass[] args) {
        super(CLASS);
        this.args = args;
    }

    private static boolean isOperand(Object o) {
        return o instanceof PClass || o instanceof PUnion || o == PNone.NONE;
    }

    /** {@code a | b} when both operands are classes, unions or None (not both None); otherwise null. */
    public static PUnion of(Object a, Object b) {
        if (!isOperand(a) || !isOperand(b) || (a == PNone.NONE && b == PNone.NONE)) {
            return null;
        }
        List<PClass> l = new ArrayList<>();
        add(l, a);
        add(l, b);
        return new PUnion(l.toArray(new PClass[0]));
    }

    private static void add(List<PClass> l, Object o) {
        if (o instanceof PUnion u) {
            for (PClass c : u.args) {
                add(l, c);
            }
            return;
        }
        PClass c = o == PNone.NONE ? PClass.NONE_TYPE : (PClass) o;
        if (!l.contains(c)) {
            l.add(c);
        }
    }

    public String repr() {
        StringBuilder sb = new StringBuilder();
        for (PClass c : args) {
            if (sb.length() > 0) {
                sb.append(" | ");
            }
            String mod = c.getModule();
            sb.append(c == PClass.NONE_TYPE ? "None" : mod.equals("builtins") ? c.qualname : mod + "." + c.qualname);
        }
        return sb.toString();
    }
}
