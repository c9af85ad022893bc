package org.kairos.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.source.Source;
import org.kairos.KairosContext;
import org.kairos.compiler.ModuleCompiler;
import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.Iteration;
import org.kairos.runtime.PBaseException;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PCode;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PException;
import org.kairos.runtime.PFunction;
import org.kairos.runtime.PList;
import org.kairos.runtime.PModule;
import org.kairos.runtime.PNone;
import org.kairos.runtime.Py;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

/** The import system: sys.modules, Java-implemented modules, and .py modules/packages on sys.path. */
public final class Importer {
    private final KairosContext ctx;
    public final PDict modules = new PDict();
    /** Modules supplied from outside the language module; they take precedence over {@link StdModules}. */
    private final Map<String, ModuleProvider> providers = new HashMap<>();

    public Importer(KairosContext ctx) {
        this.ctx = ctx;
        for (ModuleProvider p : ServiceLoader.load(ModuleProvider.class, Importer.class.getClassLoader())) {
            for (String n : p.moduleNames()) {
                providers.put(n, p);
            }
        }
    }

    public void register(PModule m) {
        modules.putStr(m.name, m);
    }

    @TruffleBoundary
    public Object importName(String name, PDict globals, int level, boolean fromForm) {
        String full = resolveName(name, globals, level);
        PModule leaf = null;
        PModule top = null;
        String[] parts = full.split("\\.");
        StringBuilder prefix = new StringBuilder();
        PModule parent = null;
        for (String part : parts) {
            if (prefix.length() > 0) {
                prefix.append('.');
            }
            prefix.append(part);
            PModule m = importModule(prefix.toString(), parent);
            if (parent != null) {
                parent.dict.putStr(part, m);
            }
            if (top == null) {
                top = m;
            }
            parent = m;
            leaf = m;
        }
        if (fromForm || (level > 0 && name.isEmpty())) {
            if (fromForm && leaf != null && leaf.dict.getStr("__getattr__") != null) {
                // CPython's from-import asks hasattr(module, '__path__') first, which a
                // module __getattr__ (PEP 562) sees
                Py.getAttrOrNull(leaf, "__path__");
            }
            return leaf;
        }
        return level > 0 ? leaf : top;
    }

    private String resolveName(String name, PDict globals, int level) {
        if (level == 0) {
            return name;
        }
        Object pkg = globals.getStr("__package__");
        String base;
        if (pkg instanceof String s && !s.isEmpty()) {
            base = s;
        } else {
            Object n = globals.getStr("__name__");
            base = n instanceof String s ? s : "";
            if (globals.getStr("__path__") == null) {
                int dot = base.lastIndexOf('.');
                base = dot < 0 ? "" : base.substring(0, dot);
            }
        }
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw PException.raise(ExceptionClasses.ImportError, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        if (base.isEmpty()) {
            throw PException.raise(ExceptionClasses.ImportError, "attempted relative import with no known parent package");
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /**
     * Imports one module. Serialized like CPython's import lock, so two threads importing the same
     * module get one module object (and one set of classes).
     */
    @TruffleBoundary
    public synchronized PModule importModule(String fullName, PModule parent) {
        Object existing = modules.getStr(fullName);
        if (existing instanceof PModule m) {
            return m;
        }
        if (existing == PNone.NONE) {
            throw notFound(fullName);
        }
        ModuleProvider provider = providers.get(fullName);
        PModule javaModule = provider != null ? provider.create(fullName, ctx) : StdModules.create(fullName, ctx);
        if (javaModule != null) {
            modules.putStr(fullName, javaModule);
            return javaModule;
        }
        String simple = fullName.substring(fullName.lastIndexOf('.') + 1);
        Object[] searchPath;
        if (parent != null) {
            Object p = parent.dict.getStr("__path__");
            if (p == null) {
                PException e = PException.raise(ExceptionClasses.ModuleNotFoundError,
                                "No module named '" + fullName + "'; '" + parent.name + "' is not a package");
                e.exc.getOrCreateDict().putStr("name", fullName);
                throw e;
            }
            searchPath = Iteration.toArray(p);
        } else {
            Object sysPath = ctx.sys().dict.getStr("path");
            searchPath = sysPath == null ? new Object[0] : Iteration.toArray(sysPath);
        }
        for (Object dirObj : searchPath) {
            if (!(dirObj instanceof String dir)) {
                continue;
            }
            try {
                TruffleFile d = ctx.env.getPublicTruffleFile(dir.isEmpty() ? "." : dir);
                TruffleFile pkgInit = d.resolve(simple).resolve("__init__.py");
                TruffleFile file = d.resolve(simple + ".py");
                if (pkgInit.isRegularFile()) {
                    return load(fullName, pkgInit, d.resolve(simple).getPath());
                }
                if (file.isRegularFile()) {
                    return load(fullName, file, null);
                }
            } catch (SecurityException e) {
                // not allowed to look there: keep searching
            }
        }
        throw notFound(fullName);
    }

    private static PException notFound(String fullName) {
        PException e = PException.raise(ExceptionClasses.ModuleNotFoundError, "No module named '" + fullName + "'");
        e.exc.getOrCreateDict().putStr("name", fullName);
        return e;
    }

    private PModule load(String fullName, TruffleFile file, String packageDir) {
        Source source;
        try {
            source = Source.newBuilder("kairos", file).build();
        } catch (IOException e) {
            throw PException.raise(ExceptionClasses.ImportError, "cannot read " + file.getPath());
        }
        PModule m = new PModule(fullName);
        String path = file.getPath();
        m.put("__file__", path);
        m.put("__builtins__", ctx.builtins());
        m.put("__doc__", PNone.NONE);
        if (packageDir != null) {
            m.put("__path__", new PList(new Object[]{packageDir}));
            m.put("__package__", fullName);
        } else {
            int dot = fullName.lastIndexOf('.');
            m.put("__package__", dot < 0 ? "" : fullName.substring(0, dot));
        }
        m.put("__spec__", moduleSpec(fullName, path, packageDir));
        modules.putStr(fullName, m);
        try {
            PCode code = ModuleCompiler.compileModule(ctx.language, source, path, false);
            if (code.doc instanceof String doc) {
                m.put("__doc__", doc);
            }
            PFunction fn = new PFunction(code, m.dict, new Object[0], null, new org.kairos.runtime.PCell[0]);
            code.callTarget().call(new Object[]{fn});
        } catch (PException e) {
            modules.remove(fullName);
            throw e;
        }
        return m;
    }

    /** A minimal {@code importlib.machinery.ModuleSpec}: name, origin, parent and search locations. */
    static final PClass MODULE_SPEC = new PClass("ModuleSpec", PClass.OBJECT, PClass.Layout.OBJECT);

    static {
        MODULE_SPEC.ns.putStr("__module__", "importlib.machinery");
    }

    private static Object moduleSpec(String fullName, String origin, String packageDir) {
        org.kairos.runtime.PObject spec = new org.kairos.runtime.PObject(MODULE_SPEC);
        PDict d = spec.getOrCreateDict();
        d.putStr("name", fullName);
        d.putStr("origin", origin);
        d.putStr("has_location", true);
        int dot = fullName.lastIndexOf('.');
        d.putStr("parent", packageDir != null ? fullName : dot < 0 ? "" : fullName.substring(0, dot));
        d.putStr("submodule_search_locations", packageDir != null ? new PList(new Object[]{packageDir}) : PNone.NONE);
        return spec;
    }

    @TruffleBoundary
    public Object importFrom(Object module, String name) {
        Object v = Py.getAttrOrNull(module, name);
        if (v != null) {
            return v;
        }
        if (module instanceof PModule m) {
            Object sub = modules.getStr(m.name + "." + name);
            if (sub != null) {
                return sub;
            }
            if (m.dict.getStr("__path__") != null) {
                try {
                    PModule s = importModule(m.name + "." + name, m);
                    m.dict.putStr(name, s);
                    return s;
                } catch (PException e) {
                    if (!e.exc.cls.isSubclassOf(ExceptionClasses.ModuleNotFoundError)) {
                        throw e;
                    }
                }
            }
            Object file = m.dict.getStr("__file__");
            String where = file instanceof String f ? f : "unknown location";
            PException e = PException.raise(ExceptionClasses.ImportError, "cannot import name '" + name + "' from '" + m.name + "' (" + where + ")");
            PBaseException exc = e.exc;
            exc.getOrCreateDict().putStr("name", m.name);
            exc.dict.putStr("path", file == null ? PNone.NONE : file);
            exc.dict.putStr("name_from", name);
            throw e;
        }
        throw PException.raise(ExceptionClasses.ImportError, "cannot import name '" + name + "'");
    }

    @TruffleBoundary
    public void importStar(Object module, Object ns) {
        Object all = Py.getAttrOrNull(module, "__all__");
        PDict target = (PDict) ns;
        if (all != null) {
            for (Object n : Iteration.toArray(all)) {
                String s = (String) n;
                target.putStr(s, Py.getAttr(module, s));
            }
            return;
        }
        if (module instanceof PModule m) {
            for (PDict.Entry e : m.dict.entries()) {
                if (e.key instanceof String s && !s.startsWith("_")) {
                    target.putStr(s, e.value);
                }
            }
        }
    }
}
