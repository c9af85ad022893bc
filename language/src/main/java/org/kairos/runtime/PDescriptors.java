package org.kairos.runtime;

/** The builtin descriptor types: property, staticmethod, classmethod and Java-backed attributes. */
public final class PDescriptors {
    private PDescriptors() {
    }

    /** {@code property(fget, fset, fdel, doc)}. */
    public static final class PProperty extends PythonObject {
        public Object fget;
        public Object fset;
        public Object fdel;
        public Object doc;
        public Object name = PNone.NONE;

        public PProperty(PClass cls, Object fget, Object fset, Object fdel, Object doc) {
            super(cls);
            this.fget = fget;
            this.fset = fset;
            this.fdel = fdel;
            this.doc = doc;
        }
    }

    /** {@code staticmethod(f)}. */
    public static final class PStaticMethod extends PythonObject {
        public final Object func;

        public PStaticMethod(Object func) {
            super(PClass.STATICMETHOD);
            this.func = func;
        }
    }

    /** {@code classmethod(f)}. */
    public static final class PClassMethod extends PythonObject {
        public final Object func;

        public PClassMethod(Object func) {
            super(PClass.CLASSMETHOD);
            this.func = func;
        }
    }

    /** A read-only or read-write attribute of builtin objects, implemented in Java (a data descriptor). */
    public static final class PGetSet extends PythonObject {
        public interface Getter {
            Object get(Object self);
        }

        public interface Setter {
            void set(Object self, Object value);
        }

        public final String name;
        public final String owner;
        public final Getter getter;
        public final Setter setter;

        public PGetSet(String name, String owner, Getter getter, Setter setter) {
            super(PClass.OBJECT);
            this.name = name;
            this.owner = owner;
            this.getter = getter;
            this.setter = setter;
        }
    }
}
