package org.kairos.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;

/** Compiled code of a function, lambda, comprehension, class body or module (CPython's code object). */
public final class PCode extends PythonObject {
    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstLineNo;
    public final Signature signature;
    public final boolean isGenerator;
    public final boolean isCoroutine;
    public final boolean isAsyncGenerator;
    public final String[] freevars;
    private final PGenerator.Kind generatorKind;
    /** Null until the body is compiled, for functions of bundled modules compiled on first use. */
    private volatile RootCallTarget callTarget;
    /** Compiles the body and sets {@link #callTarget} on first use, or null (see {@link #setLazyBody}). */
    private Runnable lazyBody;
    /** A plain coroutine's or generator's eager entry, null until compiled (see {@link #eagerCallTarget}). */
    private volatile RootCallTarget eagerCallTarget;
    /** Compiles the eager entry and sets {@link #eagerCallTarget}; null for other code. */
    private Runnable eagerBody;
    /** Whether there is an eager entry (set with the eager body, before any call; see {@link #startsLazily}). */
    @CompilationFinal private boolean hasEagerEntry;
    /** The docstring (first statement string literal) or None. */
    public Object doc = PNone.NONE;
    /** Set by types.coroutine: a generator that may be awaited (CO_ITERABLE_COROUTINE). */
    public boolean iterableCoroutine;
    /** Names of the cells this code creates for inner functions ({@code co_cellvars}, in CPython's order); set by the compiler. */
    public String[] cellvars = new String[0];
    /** {@code co_varnames}: the parameters in CPython's order, then the other plain locals; set by the compiler (null: the parameters). */
    public String[] varnames;
    /**
     * For generator, coroutine and async generator code: the frame slot where the first yield (the
     * one every such call makes at once, see {@code Generators.wrap}) leaves its continuation
     * result; -1 until found.
     */
    public int startYieldSlot = -1;
    /**
     * The frame slot where the first suspension of the {@linkplain #eagerCallTarget eager entry}
     * left its continuation result, as {@link #startYieldSlot} for the plain root's start yield:
     * the one last seen (most bodies first suspend at the same yield); -1 until found.
     */
    public int eagerYieldSlot = -1;

    /** The call target, compiling the body first if it was left for first use. */
    public RootCallTarget callTarget() {
        RootCallTarget ct = callTarget;
        return ct != null ? ct : compileLazily();
    }

    public void setCallTarget(RootCallTarget ct) {
        callTarget = ct;
    }

    /**
     * Leaves the body uncompiled until the call target is first asked for: bundled library modules
     * define hundreds of functions a script never calls (asyncio's Python part took 230 ms to
     * compile whole). {@code compile} must call {@link #setCallTarget}.
     */
    public void setLazyBody(Runnable compile) {
        if (callTarget == null) {
            lazyBody = compile;
        }
    }

    @TruffleBoundary
    private synchronized RootCallTarget compileLazily() {
        if (callTarget == null) {
            lazyBody.run();
            lazyBody = null;
        }
        return callTarget;
    }

    /**
     * The entry that {@code await f(args)} calls to run a plain coroutine's body at once,
     * {@code yield from f(args)} a generator's, and the first resume of a generator, coroutine or
     * async generator made by a plain call ({@link #startsLazily}): the body without the start
     * yield of the plain root. Compiled on first use, as a root of its own, so that the body is not
     * part of the plain root (which only a throw() into a frame that has not run, or a look at its
     * frame, still runs). Same arguments as {@link #callTarget}.
     */
    public RootCallTarget eagerCallTarget() {
        RootCallTarget ct = eagerCallTarget;
        return ct != null ? ct : compileEagerEntry();
    }

    /**
     * Whether {@code await f(args)} ({@code yieldFrom} false) or {@code yield from f(args)}
     * ({@code yieldFrom} true) may start this code through its {@link #eagerCallTarget}: a plain
     * coroutine's code for the first, a plain generator's for the second. Awaiting a generator
     * (made awaitable by {@code types.coroutine}) or yielding from a coroutine takes the checks of
     * the plain call instead.
     */
    public boolean startsEagerly(boolean yieldFrom) {
        return (yieldFrom ? isGenerator : isCoroutine) && hasEagerEntry;
    }

    /**
     * Whether a plain call of this code makes a generator or coroutine that has not run at all:
     * it keeps the call's frame arguments and its first resume calls the {@link #eagerCallTarget}
     * with them (see {@code PGenerator.startArgs}). Generators, coroutines and async generators of
     * a {@code def}; generator expressions run to their start yield instead.
     */
    public boolean startsLazily() {
        return hasEagerEntry;
    }

    public void setEagerCallTarget(RootCallTarget ct) {
        eagerCallTarget = ct;
        hasEagerEntry = isGenerator || isCoroutine || isAsyncGenerator;
    }

    /** Sets how to compile the eager entry; {@code compile} must call {@link #setEagerCallTarget}. */
    public void setEagerBody(Runnable compile) {
        if (eagerCallTarget == null) {
            eagerBody = compile;
        }
        hasEagerEntry = isGenerator || isCoroutine || isAsyncGenerator;
    }

    @TruffleBoundary
    private synchronized RootCallTarget compileEagerEntry() {
        if (eagerCallTarget == null) {
            if (eagerBody == null) {
                throw new IllegalStateException("no eager entry for " + qualname);
            }
            eagerBody.run();
            eagerBody = null;
        }
        return eagerCallTarget;
    }

    public PCode(String name, String qualname, String filename, int firstLineNo, Signature signature, boolean isGenerator, boolean isCoroutine,
                    boolean isAsyncGenerator, String[] freevars) {
        super(PClass.CODE);
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLineNo = firstLineNo;
        this.signature = signature;
        this.isGenerator = isGenerator;
        this.isCoroutine = isCoroutine;
        this.isAsyncGenerator = isAsyncGenerator;
        this.freevars = freevars;
        this.generatorKind = isCoroutine ? PGenerator.Kind.COROUTINE : isAsyncGenerator ? PGenerator.Kind.ASYNC_GENERATOR : PGenerator.Kind.GENERATOR;
    }

    /** What calling this code creates (for generator, coroutine and async generator code). */
    public PGenerator.Kind generatorKind() {
        return generatorKind;
    }
}
