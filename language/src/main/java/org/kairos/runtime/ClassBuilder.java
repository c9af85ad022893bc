package org.kairos.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The {@code class} statement ({@code __build_class__}) and {@code type.__new__}. */
public final class ClassBuilder {
    private ClassBuilder() {
    }

    @TruffleBoundary
    public static Object buildClass(PFunction body, String name, Object[] bases, String[] kwnames, Object[] kwvalues) {
        PClass meta = null;
        int metaIndex = -1;
        for (int i = 0; i < kwnames.length; i++) {
            if (kwnames[i].equals("metaclass")) {
                metaIndex = i;
            }
        }
        Object explicitMeta = metaIndex >= 0 ? kwvalues[metaIndex] : null;
        String[] kwn = kwnames;
        Object[] kwv = kwvalues;
        if (metaIndex >= 0) {
            kwn = new String[kwnames.length - 1];
            kwv = new Object[kwnames.length - 1];
            for (int i = 0, j = 0; i < kwnames.length; i++) {
                if (i != metaIndex) {
                    kwn[j] = kwnames[i];
                    kwv[j++] = kwvalues[i];
                }
            }
        }
        for (Object b : bases) {
            if (!(b instanceof PClass)) {
                throw PException.typeError("bases must be types");
            }
        }
        if (explicitMeta instanceof PClass m) {
            meta = m;
        } else if (explicitMeta == null) {
            meta = PClass.TYPE;
        }
        if (meta != null) {
            for (Object b : bases) {
                PClass bm = Py.classOf(b);
                if (bm.isSubclassOf(meta)) {
                    meta = bm;
                } else if (!meta.isSubclassOf(bm)) {
                    throw PException.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
                }
            }
        }
        Object metaObj = meta != null ? meta : explicitMeta;
        Object ns;
        Object prepare = meta != null && meta != PClass.TYPE ? meta.lookup("__prepare__") : null;
        PTuple basesTuple = new PTuple(bases);
        if (prepare != null && !(prepare instanceof PBuiltinFunction)) {
            Object fn = prepare instanceof PDescriptors.PClassMethod cm ? new PMethod(meta, cm.func) : prepare;
            Object[] args = new Object[2 + kwv.length];
            args[0] = name;
            args[1] = basesTuple;
            System.arraycopy(kwv, 0, args, 2, kwv.length);
            ns = Py.callKw(fn, args, kwn);
        } else {
            ns = new PDict();
        }
        Object modName = body.globals.getStr("__name__");
        setNs(ns, "__module__", modName == null ? "__main__" : modName);
        setNs(ns, "__qualname__", body.code.qualname);
        Object cell = body.code.callTarget().call(new Object[]{body, ns});
        Object cls;
        Object[] args = new Object[3 + kwv.length];
        args[0] = name;
        args[1] = basesTuple;
        args[2] = ns;
        System.arraycopy(kwv, 0, args, 3, kwv.length);
        if (metaObj == PClass.TYPE) {
            cls = typeNew(PClass.TYPE, name, bases, (PDict) ns, kwn, kwv);
        } else {
            cls = Py.callKw(metaObj, args, kwn);
        }
        if (cell instanceof PCell c) {
            c.ref = cls;
        }
        return cls;
    }

    private static void setNs(Object ns, String key, Object value) {
        if (ns instanceof PDict d) {
            d.putStr(key, value);
        } else {
            Py.setItem(ns, key, value);
        }
    }

    /** {@code type.__new__(meta, name, bases, ns, **kw)}. */
    @TruffleBoundary
    public static PClass typeNew(PClass meta, String name, Object[] basesObj, PDict ns, String[] kwn, Object[] kwv) {
        PClass[] bases = new PClass[basesObj.length];
        for (int i = 0; i < bases.length; i++) {
            if (!(basesObj[i] instanceof PClass b)) {
                throw PException.typeError("bases must be types");
            }
            bases[i] = b;
        }
        PDict dict = ns.copy();
        Object qn = dict.remove("__qualname__");
        String qualname = qn instanceof String s ? s : name;
        if (dict.getStr("__eq__") != null && dict.getStr("__hash__") == null) {
            dict.putStr("__hash__", PNone.NONE);
        }
        for (String implicitCm : new String[]{"__init_subclass__", "__class_getitem__"}) {
            Object f = dict.getStr(implicitCm);
            if (f instanceof PFunction) {
                dict.putStr(implicitCm, new PDescriptors.PClassMethod(f));
            }
        }
        Object nf = dict.getStr("__new__");
        if (nf instanceof PFunction) {
            dict.putStr("__new__", new PDescriptors.PStaticMethod(nf));
        }
        PClass cls = PClass.createGuestClass(meta, name, qualname, bases, dict);
        for (PDict.Entry e : dict.entries()) {
            Object v = e.value;
            if (v instanceof PythonObject po && po.cls != null && !po.cls.builtin) {
                Object setName = po.cls.lookup("__set_name__");
                if (setName != null) {
                    Py.call(setName, v, cls, e.key);
                }
            } else if (v instanceof PDescriptors.PProperty p && p.name == PNone.NONE) {
                p.name = e.key;
            }
        }
        // super(cls, cls).__init_subclass__(**kw)
        PSuper sup = PSuper.create(cls, cls);
        Object init = sup.getAttr("__init_subclass__");
        Py.callKw(init, kwv, kwn);
        return cls;
    }
}
