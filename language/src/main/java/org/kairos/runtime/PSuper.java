package org.kairos.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** {@code super(type, obj)}: attribute lookup that starts after {@code type} in obj's MRO. */
public final class PSuper extends PythonObject {
    public final PClass thisClass;
    public final Object self;
    public final PClass selfType;

    private PSuper(PClass thisClass, Object self, PClass selfType) {
        super(PClass.SUPER);
        this.thisClass = thisClass;
        this.self = self;
        this.selfType = selfType;
    }

    @TruffleBoundary
    public static PSuper create(PClass type, Object obj) {
        PClass st;
        if (obj instanceof PClass c && c.isSubclassOf(type)) {
            st = c;
        } else if (Py.classOf(obj).isSubclassOf(type)) {
            st = Py.classOf(obj);
        } else {
            String what = obj instanceof PClass c ? "type " + c.name : "instance of " + Py.typeName(obj);
            throw PException.typeError("super(type, obj): obj (" + what + ") is not an instance or subtype of type (" + type.name + ").");
        }
        return new PSuper(type, obj, st);
    }

    @TruffleBoundary
    public Object getAttr(String name) {
        PClass[] mro = selfType.mro;
        int i = 0;
        while (i < mro.length && mro[i] != thisClass) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            Object v = mro[i].namespace().getStr(name);
            if (v != null) {
                if (v instanceof PDescriptors.PClassMethod cm) {
                    return new PMethod(selfType, cm.func);
                }
                if (self == selfType && (v instanceof PFunction || v instanceof PBuiltinFunction)) {
                    if (name.equals("__new__") || (v instanceof PBuiltinFunction bf && bf.owner == null)) {
                        return v;
                    }
                    return v;
                }
                if (name.equals("__new__") && v instanceof PDescriptors.PStaticMethod sm) {
                    return sm.func;
                }
                return Py.descrGet(v, self, selfType);
            }
        }
        if (name.equals("__class__")) {
            return PClass.SUPER;
        }
        throw PException.attributeError("'super' object has no attribute '" + name + "'");
    }
}
