package org.kairos.runtime;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;

import java.util.ArrayList;
import java.util.List;

/**
 * A Python class ({@code type} instance): name, bases, C3 MRO and namespace. Builtin classes are
 * process-wide immutable singletons; guest classes are created by {@code class} statements.
 */
public final class PClass extends PythonObject {
    /** Which Java object represents instances; inherited from the builtin base. */
    public enum Layout { OBJECT, TYPE, INT, BOOL, FLOAT, STR, BYTES, TUPLE, LIST, DICT, SET, FROZENSET, EXCEPTION, OTHER }

    public String name;
    public String qualname;
    public PClass[] bases;
    public PClass[] mro;
    /**
     * The namespace as stored. Members of builtin classes may still be waiting to be installed, so
     * read it through {@link #namespace()}; direct access is for writing members of one's own
     * classes (module classes, or a class being installed).
     */
    public final PDict ns;
    /**
     * Installers of Java-defined members that have not run yet ({@link #installLazily}); null once
     * all of them have. Volatile: a reader that sees null also sees the installed members.
     */
    private volatile LazyMembers[] pendingMembers;
    public final Layout layout;
    public final boolean builtin;
    /** Builtin classes that cannot be subclassed (bool, NoneType, function...). */
    public boolean isFinal;
    /** Whether a guest class defines {@code __getattr__} anywhere in its MRO (cached at creation). */
    public boolean hasGetattrHook;
    /** Whether a guest class's MRO overrides {@code __getattribute__} with a guest function. */
    public boolean hasGetattributeHook;
    /**
     * Set when {@code __slots__} (here and in every guest base) leaves instances without a {@code __dict__}; slot
     * values are still kept in the object's internal dict, but only {@link #slotNames} may be assigned.
     */
    public boolean noDict;
    public java.util.Set<String> slotNames;

    /** A Java-defined class of a library module (collections.deque, functools.KeyWrapper, ...). */
    public boolean isLibClass() {
        return builtin && ns.getStr("__module__") instanceof String m && !m.equals("builtins");
    }

    // Core builtin classes; more live in BuiltinClasses and ExceptionClasses.
    public static final PClass OBJECT = new PClass("object", null, Layout.OBJECT);
    public static final PClass TYPE = new PClass("type", OBJECT, Layout.TYPE);
    public static final PClass INT = new PClass("int", OBJECT, Layout.INT);
    public static final PClass BOOL = finalClass(new PClass("bool", INT, Layout.BOOL));
    public static final PClass FLOAT = new PClass("float", OBJECT, Layout.FLOAT);
    public static final PClass STR = new PClass("str", OBJECT, Layout.STR);
    public static final PClass BYTES = new PClass("bytes", OBJECT, Layout.BYTES);
    public static final PClass TUPLE = new PClass("tuple", OBJECT, Layout.TUPLE);
    public static final PClass LIST = new PClass("list", OBJECT, Layout.LIST);
    public static final PClass DICT = new PClass("dict", OBJECT, Layout.DICT);
    public static final PClass SET = new PClass("set", OBJECT, Layout.SET);
    public static final PClass FROZENSET = new PClass("frozenset", OBJECT, Layout.FROZENSET);
    public static final PClass NONE_TYPE = finalClass(new PClass("NoneType", OBJECT, Layout.OTHER));
    public static final PClass NOT_IMPLEMENTED_TYPE = finalClass(new PClass("NotImplementedType", OBJECT, Layout.OTHER));
    public static final PClass ELLIPSIS_TYPE = finalClass(new PClass("ellipsis", OBJECT, Layout.OTHER));
    public static final PClass FUNCTION = finalClass(new PClass("function", OBJECT, Layout.OTHER));
    public static final PClass BUILTIN_FUNCTION = finalClass(new PClass("builtin_function_or_method", OBJECT, Layout.OTHER));
    public static final PClass METHOD = finalClass(new PClass("method", OBJECT, Layout.OTHER));
    public static final PClass MODULE = new PClass("module", OBJECT, Layout.OTHER);
    public static final PClass RANGE = finalClass(new PClass("range", OBJECT, Layout.OTHER));
    public static final PClass SLICE = finalClass(new PClass("slice", OBJECT, Layout.OTHER));
    public static final PClass PROPERTY = new PClass("property", OBJECT, Layout.OTHER);
    public static final PClass STATICMETHOD = new PClass("staticmethod", OBJECT, Layout.OTHER);
    public static final PClass CLASSMETHOD = new PClass("classmethod", OBJECT, Layout.OTHER);
    public static final PClass SUPER = new PClass("super", OBJECT, Layout.OTHER);
    public static final PClass CELL = finalClass(new PClass("cell", OBJECT, Layout.OTHER));
    public static final PClass CODE = finalClass(new PClass("code", OBJECT, Layout.OTHER));
    public static final PClass TRACEBACK = finalClass(new PClass("traceback", OBJECT, Layout.OTHER));
    public static final PClass FRAME = finalClass(new PClass("frame", OBJECT, Layout.OTHER));
    public static final PClass ITERATOR = finalClass(new PClass("iterator", OBJECT, Layout.OTHER));

    private static PClass finalClass(PClass c) {
        c.isFinal = true;
        return c;
    }

    /** Creates a builtin class. */
    public PClass(String name, PClass base, Layout layout) {
        super(null);
        this.name = name;
        this.qualname = name;
        this.bases = base == null ? new PClass[0] : new PClass[]{base};
        this.ns = new PDict(null);
        this.ns.owner = this;
        this.layout = layout;
        this.builtin = true;
        if (base == null) {
            this.mro = new PClass[]{this};
        } else {
            PClass[] m = new PClass[base.mro.length + 1];
            m[0] = this;
            System.arraycopy(base.mro, 0, m, 1, base.mro.length);
            this.mro = m;
        }
        ns.putStr("__module__", "builtins");
    }

    /** Creates a guest class; the caller has validated the bases and computed the layout. */
    private PClass(PClass metaclass, String name, String qualname, PClass[] bases, PDict ns, Layout layout) {
        super(metaclass);
        this.name = name;
        this.qualname = qualname;
        this.bases = bases;
        this.ns = ns;
        this.layout = layout;
        this.builtin = false;
        this.instanceAttrNames = java.util.concurrent.ConcurrentHashMap.newKeySet();
        ns.owner = this;
    }

    public PClass getPythonClass() {
        return cls == null ? TYPE : cls;
    }

    @TruffleBoundary
    public static PClass createGuestClass(PClass metaclass, String name, String qualname, PClass[] bases, PDict ns) {
        if (bases.length == 0) {
            bases = new PClass[]{OBJECT};
        }
        Layout layout = Layout.OBJECT;
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw PException.typeError("duplicate base class " + bases[i].name);
                }
            }
        }
        for (PClass b : bases) {
            if (b.isFinal) {
                String mod = b.getModule();
                throw PException.typeError("type '" + (mod.equals("builtins") ? b.name : mod + "." + b.name) + "' is not an acceptable base type");
            }
            if (b.layout != Layout.OBJECT) {
                if (layout != Layout.OBJECT && layout != b.layout) {
                    throw PException.typeError("multiple bases have instance lay-out conflict");
                }
                layout = b.layout;
            }
        }
        PClass c = new PClass(metaclass == TYPE ? null : metaclass, name, qualname, bases, ns, layout);
        c.mro = computeMro(c, bases);
        c.hasGetattrHook = c.lookup("__getattr__") != null;
        Object ga = c.lookup("__getattribute__");
        c.hasGetattributeHook = ga != null && !(ga instanceof PBuiltinFunction);
        Object slots = ns.getStr("__slots__");
        if (slots != null) {
            java.util.Set<String> names = new java.util.HashSet<>();
            boolean dict = false;
            for (Object o : slots instanceof String str ? new Object[]{str} : Iteration.toArray(slots)) {
                if (!(o instanceof String n)) {
                    throw PException.typeError("__slots__ items must be strings, not '" + Py.typeName(o) + "'");
                }
                dict |= n.equals("__dict__");
                names.add(n);
            }
            boolean basesNoDict = true;
            for (PClass b : bases) {
                if (b.builtin ? b != OBJECT : !b.noDict) {
                    basesNoDict = false;
                } else if (b.slotNames != null) {
                    names.addAll(b.slotNames);
                }
            }
            c.noDict = !dict && basesNoDict;
            c.slotNames = names;
        }
        return c;
    }

    private static PClass[] computeMro(PClass c, PClass[] bases) {
        List<List<PClass>> seqs = new ArrayList<>();
        for (PClass b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro)));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PClass> result = new ArrayList<>();
        result.add(c);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return result.toArray(new PClass[0]);
            }
            PClass candidate = null;
            for (List<PClass> s : seqs) {
                PClass head = s.get(0);
                boolean inTail = false;
                for (List<PClass> s2 : seqs) {
                    if (s2.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                StringBuilder sb = new StringBuilder("Cannot create a consistent method resolution order (MRO) for bases ");
                List<PClass> heads = new ArrayList<>();
                for (List<PClass> s : seqs) {
                    if (!heads.contains(s.get(0))) {
                        heads.add(s.get(0));
                    }
                }
                for (int i = 0; i < heads.size(); i++) {
                    sb.append(i == 0 ? "" : ", ").append(heads.get(i).name);
                }
                throw PException.typeError(sb.toString());
            }
            result.add(candidate);
            for (List<PClass> s : seqs) {
                if (!s.isEmpty() && s.get(0) == candidate) {
                    s.remove(0);
                }
            }
        }
    }

    // ------------------------------------------------------------------ layout assumption for inline caches

    /**
     * Valid while this class's namespace is unchanged and no instance has gained an attribute name not seen
     * before on instances of exactly this class. Created on demand, i.e. only once an inline cache depends on it.
     */
    private Assumption stable;
    private int layoutInvalidations;
    /** Past this many invalidations the class is left to the generic paths, so that a mutating loop cannot deopt forever. */
    private static final int MAX_LAYOUT_INVALIDATIONS = 16;
    /**
     * Every attribute name ever stored in the {@code __dict__} of an instance of exactly this class (a cache may
     * skip the instance dict for other names); created on demand for builtin classes.
     */
    private volatile java.util.Set<String> instanceAttrNames;

    public synchronized Assumption layoutAssumption() {
        Assumption a = stable;
        if (a == null) {
            a = layoutInvalidations > MAX_LAYOUT_INVALIDATIONS ? Assumption.NEVER_VALID : Truffle.getRuntime().createAssumption(name);
            stable = a;
        }
        return a;
    }

    /** The layout assumptions of the whole MRO: a cached lookup on this class depends on every class it searched. */
    public Assumption[] mroLayoutAssumptions() {
        Assumption[] r = new Assumption[mro.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = mro[i].layoutAssumption();
        }
        return r;
    }

    synchronized void invalidateLayout() {
        Assumption a = stable;
        if (a != null) {
            stable = null;
            if (a.isValid()) {
                layoutInvalidations++;
                a.invalidate();
            }
        }
    }

    /** Stops caching on this class for good (its instances' dicts can no longer be tracked). */
    synchronized void giveUpLayout() {
        layoutInvalidations = MAX_LAYOUT_INVALIDATIONS + 1;
        invalidateLayout();
    }

    /** False if some instance of exactly this class may have {@code name} in its {@code __dict__}. */
    public boolean neverInstanceAttr(String attr) {
        java.util.Set<String> s = instanceAttrNames;
        return s == null || !s.contains(attr);
    }

    void noteInstanceAttr(String attr) {
        java.util.Set<String> s = instanceAttrNames;
        if (s == null || !s.contains(attr)) {
            addInstanceAttr(attr);
        }
    }

    private synchronized void addInstanceAttr(String attr) {
        if (instanceAttrNames == null) {
            instanceAttrNames = java.util.concurrent.ConcurrentHashMap.newKeySet();
        }
        if (instanceAttrNames.add(attr)) {
            invalidateLayout();
        }
    }

    /** Called when an instance with this dict becomes an instance of this class ({@code __class__} assignment). */
    public void noteInstanceDict(PDict d) {
        if (d != null) {
            for (Object k : d.keysArray()) {
                if (k instanceof String s) {
                    noteInstanceAttr(s);
                }
            }
        }
    }

    /** {@code obj.__dict__ = d}: a dict that may be shared by several objects cannot be tracked. */
    public static void instanceDictReplaced(PythonObject obj, PDict d) {
        if (d.owner != null && d.owner != obj && d.owner.cls != null) {
            d.owner.cls.giveUpLayout();
        }
        d.owner = obj;
        if (obj.cls != null) {
            obj.cls.giveUpLayout();
        }
    }

    /** Hook of {@link PDict} for dicts with an owner: {@code oldValue}/{@code newValue} are null for an insertion/removal. */
    static void attributeChanged(PDict d, Object key, Object oldValue, Object newValue) {
        PythonObject owner = d.owner;
        if (owner instanceof PClass c && c.ns == d) {
            // rebinding plain data (a class-level counter) changes nothing a cache relies on
            if (oldValue == null || newValue == null || !isPlainData(oldValue) || !isPlainData(newValue)) {
                c.invalidateLayout();
            }
        } else if (oldValue == null && key instanceof String s) {
            PClass c = owner.cls;
            if (c != null) {
                c.noteInstanceAttr(s);
            }
        }
    }

    /** Values that are neither descriptors nor callables: caches read them through the namespace entry. */
    public static boolean isPlainData(Object v) {
        if (v instanceof Long || v instanceof Double || v instanceof String || v instanceof Boolean || v instanceof java.math.BigInteger || v == PNone.NONE) {
            return true;
        }
        if (v instanceof PythonObject po) {
            PClass c = po.cls;
            return (c == TUPLE && v instanceof PTuple) || (c == LIST && v instanceof PList) || (c == DICT && v instanceof PDict) || (c == SET && v instanceof PSet) ||
                            (c == FROZENSET && v instanceof PSet);
        }
        return false;
    }

    /** The namespace with every Java-defined member installed (see {@link #installLazily}). */
    public PDict namespace() {
        if (pendingMembers != null) {
            installPendingMembers();
        }
        return ns;
    }

    /**
     * Members installed by one piece of Java code, into {@link #targets} only. Most programs touch
     * few builtin types, and creating a method's lambda is what makes context startup slow.
     */
    private static final class LazyMembers {
        final Runnable installer;
        final PClass[] targets;
        boolean running;
        boolean done;

        LazyMembers(Runnable installer, PClass[] targets) {
            this.installer = installer;
            this.targets = targets;
        }
    }

    /** One lock for all installers: an installer may read other builtin classes, which may install theirs. */
    private static final Object INSTALL_LOCK = new Object();
    /** The installer running on the thread that holds {@link #INSTALL_LOCK}, if any. */
    private static LazyMembers installing;

    /**
     * Runs {@code installer} when the namespace of one of {@code targets} is first read, instead of
     * now. The installer must add members to these classes only, and no other code may write the
     * same names into them, so that the order in which installers run does not matter.
     */
    public static void installLazily(Runnable installer, PClass... targets) {
        synchronized (INSTALL_LOCK) {
            LazyMembers m = new LazyMembers(installer, targets);
            for (PClass c : targets) {
                LazyMembers[] p = c.pendingMembers;
                if (p == null) {
                    c.pendingMembers = new LazyMembers[]{m};
                } else {
                    LazyMembers[] q = java.util.Arrays.copyOf(p, p.length + 1);
                    q[p.length] = m;
                    c.pendingMembers = q;
                }
            }
        }
    }

    /**
     * Whether Java code may add members to this class now: it has no pending installers, or it is a
     * target of the installer that is running. Checked by the member-defining helpers.
     */
    public boolean mayInstallMembers() {
        synchronized (INSTALL_LOCK) {
            if (pendingMembers == null) {
                return true;
            }
            return installing != null && java.util.Arrays.asList(installing.targets).contains(this);
        }
    }

    @TruffleBoundary
    private void installPendingMembers() {
        synchronized (INSTALL_LOCK) {
            LazyMembers[] p = pendingMembers;
            if (p == null) {
                return;
            }
            for (LazyMembers m : p) {
                // running: this thread is inside that installer, which reads its own half-filled targets
                if (m.done || m.running) {
                    continue;
                }
                LazyMembers outer = installing;
                m.running = true;
                installing = m;
                try {
                    m.installer.run();
                    // only on success: after e.g. a StackOverflowError the next use runs it again (installers only put)
                    m.done = true;
                } finally {
                    installing = outer;
                    m.running = false;
                }
                for (PClass t : m.targets) {
                    t.clearPendingIfDone();
                }
            }
        }
    }

    private void clearPendingIfDone() {
        LazyMembers[] p = pendingMembers;
        if (p == null) {
            return;
        }
        for (LazyMembers m : p) {
            if (!m.done) {
                return;
            }
        }
        pendingMembers = null;
    }

    /** Finds {@code name} along the MRO, or null. */
    @TruffleBoundary
    public Object lookup(String attr) {
        for (PClass c : mro) {
            Object v = c.namespace().getStr(attr);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    public boolean isSubclassOf(PClass other) {
        if (this == other) {
            return true;
        }
        for (PClass c : mro) {
            if (c == other) {
                return true;
            }
        }
        return false;
    }

    public String getModule() {
        Object m = ns.getStr("__module__");
        return m instanceof String s ? s : "builtins";
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
