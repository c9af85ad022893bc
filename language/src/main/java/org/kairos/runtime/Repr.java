package org.kairos.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.IdentityHashMap;

/** {@code repr()} of builtin objects (containers guard against self-reference as CPython does). */
public final class Repr {
    private Repr() {
    }

    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> ACTIVE = ThreadLocal.withInitial(IdentityHashMap::new);

    @TruffleBoundary
    public static String reprString(String s) {
        return org.kairos.runtime.text.StrRepr.repr(s);
    }

    @TruffleBoundary
    public static String reprFloat(double d) {
        return org.kairos.runtime.text.FloatRepr.repr(d);
    }

    public static String addressOf(Object o) {
        return String.format("0x%012x", 0x7f0000000000L + (System.identityHashCode(o) & 0xffffffffL) * 16);
    }

    @TruffleBoundary
    public static String builtinRepr(Object o) {
        // library classes written in Java (collections.deque, functools.partial, ...) declare their own __repr__
        if (o instanceof PythonObject p && p.cls != null && !p.cls.getModule().equals("builtins")) {
            for (PClass c : p.cls.mro) {
                if (c.namespace().getStr("__repr__") instanceof PBuiltinFunction f && !"builtins".equals(c.ns.getStr("__module__"))) {
                    return (String) Py.call(f, o);
                }
            }
        }
        if (o instanceof PList l) {
            return guarded(o, "[...]", () -> join("[", l.toArray(), "]"));
        }
        if (o instanceof PTuple t) {
            if (t.items.length == 1) {
                return guarded(o, "(...)", () -> "(" + Py.repr(t.items[0]) + ",)");
            }
            return guarded(o, "(...)", () -> join("(", t.items, ")"));
        }
        if (o instanceof PDict d) {
            return guarded(o, "{...}", () -> {
                StringBuilder sb = new StringBuilder("{");
                boolean first = true;
                for (PDict.Entry e : d.entries()) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(Py.repr(e.key)).append(": ").append(Py.repr(e.value));
                }
                return sb.append('}').toString();
            });
        }
        if (o instanceof PSet s) {
            String name = Py.typeName(o);
            if (s.size() == 0) {
                return name + "()";
            }
            return guarded(o, name + "(...)", () -> {
                String body = join("{", s.elements().toArray(), "}");
                return s.cls == PClass.SET ? body : name + "(" + body + ")";
            });
        }
        if (o instanceof PDictView v) {
            return guarded(o, "...", () -> Py.typeName(o) + "(" + join("[", v.toArray(), "]") + ")");
        }
        if (o instanceof PClass c) {
            String mod = c.getModule();
            return "<class '" + (mod.equals("builtins") ? c.qualname : mod + "." + c.qualname) + "'>";
        }
        if (o instanceof PFunction f) {
            return "<function " + f.qualname + " at " + addressOf(o) + ">";
        }
        if (o instanceof PBuiltinFunction bf) {
            if (bf.owner != null) {
                return "<method '" + bf.name + "' of '" + bf.owner + "' objects>";
            }
            return "<built-in function " + bf.name + ">";
        }
        if (o instanceof PMethod m) {
            if (m.func instanceof PBuiltinFunction bf) {
                return "<built-in method " + bf.name + " of " + Py.typeName(m.self) + " object at " + addressOf(m.self) + ">";
            }
            String qn = m.func instanceof PFunction f ? f.qualname : String.valueOf(Py.getAttrOrNull(m.func, "__qualname__"));
            return "<bound method " + qn + " of " + Py.repr(m.self) + ">";
        }
        if (o instanceof PModule m) {
            Object file = m.dict.getStr("__file__");
            if (file instanceof String f) {
                return "<module '" + m.name + "' from '" + f + "'>";
            }
            // a module made by types.ModuleType has a __spec__ of None and no origin to show
            if (m.dict.getStr("__spec__") == PNone.NONE) {
                return "<module '" + m.name + "'>";
            }
            return "<module '" + m.name + "' (built-in)>";
        }
        if (o instanceof PBaseException e) {
            String name = e.cls.name;
            if (e.args.items.length == 1) {
                return name + "(" + Py.repr(e.args.items[0]) + ")";
            }
            return name + join("(", e.args.items, ")");
        }
        if (o instanceof PRange r) {
            return r.step == 1 ? "range(" + r.start + ", " + r.stop + ")" : "range(" + r.start + ", " + r.stop + ", " + r.step + ")";
        }
        if (o instanceof PSlice s) {
            return "slice(" + Py.repr(s.start) + ", " + Py.repr(s.stop) + ", " + Py.repr(s.step) + ")";
        }
        if (o instanceof PBytes b) {
            return org.kairos.runtime.text.StrRepr.bytesRepr(b.bytes);
        }
        if (o instanceof PUnion u) {
            return u.repr();
        }
        if (o instanceof PComplex c) {
            return c.repr();
        }
        if (o instanceof PByteArray b) {
            return "bytearray(" + org.kairos.runtime.text.StrRepr.bytesRepr(b.toArray()) + ")";
        }
        if (o instanceof PGenericAlias g) {
            String args = g.args instanceof PTuple t ? join("", t.items, "") : typeArgRepr(g.args);
            if (g.args instanceof PTuple t) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < t.items.length; i++) {
                    sb.append(i == 0 ? "" : ", ").append(typeArgRepr(t.items[i]));
                }
                args = sb.toString();
            }
            return g.origin.name + "[" + args + "]";
        }
        if (o instanceof JavaRepr j) {
            return j.repr();
        }
        if (o instanceof PGenerator g && g.code != null) {
            return "<" + g.cls.name + " object " + g.qualname() + " at " + addressOf(o) + ">";
        }
        if (o instanceof PCell) {
            return "<cell at " + addressOf(o) + ">";
        }
        if (o instanceof PCode c) {
            return "<code object " + c.name + " at " + addressOf(o) + ", file \"" + c.filename + "\", line " + c.firstLineNo + ">";
        }
        PClass t = Py.classOf(o);
        String mod = t.getModule();
        String qn = mod.equals("builtins") ? t.qualname : mod + "." + t.qualname;
        return "<" + qn + " object at " + addressOf(o) + ">";
    }

    private static String typeArgRepr(Object a) {
        if (a instanceof PClass c) {
            return c.getModule().equals("builtins") ? c.qualname : c.getModule() + "." + c.qualname;
        }
        return Py.repr(a);
    }

    private static String join(String open, Object[] items, String close) {
        StringBuilder sb = new StringBuilder(open);
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Py.repr(items[i]));
        }
        return sb.append(close).toString();
    }

    private static String guarded(Object o, String recursive, java.util.function.Supplier<String> body) {
        IdentityHashMap<Object, Boolean> active = ACTIVE.get();
        if (active.containsKey(o)) {
            return recursive;
        }
        active.put(o, Boolean.TRUE);
        try {
            return body.get();
        } finally {
            active.remove(o);
        }
    }
}
