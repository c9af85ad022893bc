package org.kairos.runtime;

/** A function implemented in Java; also used for methods of builtin classes. */
public final class PBuiltinFunction extends PythonObject {
    /** The implementation, receiving the arguments bound to the declared signature. */
    @FunctionalInterface
    public interface Impl {
        Object call(Object[] args);
    }

    public final String name;
    /** Name of the owning class for methods ("list"), or null for plain functions. */
    public final String owner;
    public final Signature sig;
    public final Object[] defaults;
    public final Object[] kwDefaults;
    public final Impl impl;
    /** Calling it returns a coroutine object ({@link NativeCoroutine}): {@code inspect.iscoroutinefunction} is true. */
    public boolean coroutineFunction;
    /** {@code owner.name}, built once: generic binding passes it on every call for its error messages. */
    private final String qualname;

    public PBuiltinFunction(String name, String owner, String spec, Impl impl) {
        super(PClass.BUILTIN_FUNCTION);
        this.name = name;
        this.owner = owner;
        Signature.Parsed p = Signature.parse(spec);
        this.sig = p.sig;
        this.defaults = p.defaults;
        this.kwDefaults = p.kwDefaults;
        this.impl = impl;
        this.qualname = owner == null ? name : owner + "." + name;
    }

    public String qualname() {
        return qualname;
    }

    public Object call(Object[] args, String[] kwnames) {
        if ((kwnames == null || kwnames.length == 0) && sig.isSimple()) {
            int n = args.length;
            if (n == sig.positional) {
                return impl.call(args);
            }
            if (n < sig.positional && n >= sig.positional - defaultCount()) {
                return impl.call(withDefaults(null, args));
            }
        }
        return impl.call(sig.bind(qualname(), args, kwnames, defaults, kwDefaults, 0));
    }

    /**
     * {@code self.name(*args)} for a method: the same binding as {@code call} with self in front,
     * in one array when only positional parameters are involved (list.append(x), dict.get(k)).
     */
    public Object callWithSelf(Object self, Object[] args) {
        int n = args.length + 1;
        if (sig.isSimple() && n <= sig.positional && n >= sig.positional - defaultCount()) {
            return impl.call(withDefaults(self, args));
        }
        Object[] a = new Object[n];
        a[0] = self;
        System.arraycopy(args, 0, a, 1, args.length);
        return call(a, null);
    }

    private int defaultCount() {
        return defaults == null ? 0 : defaults.length;
    }

    /** The positional parameters from {@code [self,] args} and, for the missing trailing ones, the defaults. */
    private Object[] withDefaults(Object self, Object[] args) {
        int p = sig.positional;
        Object[] out = new Object[p];
        int k = 0;
        if (self != null) {
            out[k++] = self;
        }
        System.arraycopy(args, 0, out, k, args.length);
        int n = k + args.length;
        int firstDefault = p - defaultCount();
        for (int i = n; i < p; i++) {
            out[i] = defaults[i - firstDefault];
        }
        return out;
    }
}
