package org.kairos.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.ContinuationResult;
import com.oracle.truffle.api.bytecode.ContinuationRootNode;
import com.oracle.truffle.api.frame.MaterializedFrame;
import org.kairos.KairosContext;

/**
 * A suspended generator, coroutine or async generator frame: the Bytecode DSL continuation of its
 * root (materialized frame plus the continuation root of the current yield site). Resuming calls
 * the continuation with the sent value; a {@link ThrowSignal} makes the resumed yield raise.
 */
public final class PGenerator extends PIterator {
    public enum Kind { GENERATOR, COROUTINE, ASYNC_GENERATOR }

    public static final PClass GENERATOR = fin("generator");
    public static final PClass COROUTINE = fin("coroutine");
    public static final PClass ASYNC_GENERATOR = fin("async_generator");

    private static PClass fin(String name) {
        PClass c = new PClass(name, PClass.OBJECT, PClass.Layout.OTHER);
        c.isFinal = true;
        return c;
    }

    /** Resumes a yield with an exception to raise at the suspension point. */
    public record ThrowSignal(PBaseException exc) {
    }

    /** The value of {@code yield v} in an async generator, as opposed to an await passing through. */
    public record AsyncGenValue(Object value) {
    }

    public final PCode code;
    /** The materialized frame: the same object at every yield of this generator; null once finished. */
    private MaterializedFrame frame;
    /** The continuation root of the current yield site (what a resume calls); null once finished. */
    private ContinuationRootNode contRoot;
    /**
     * The frame arguments of a generator or coroutine that has not run at all (see
     * {@link PCode#startsLazily}): its first resume with None calls the code's eager entry with
     * them, so the body's frame is made by that call and becomes the suspended frame; anything
     * else that needs the frame first runs the plain root to its start yield
     * ({@link #materializeStart}). Null otherwise (then {@link #frame} and {@link #contRoot} say
     * the state).
     */
    private Object[] startArgs;
    /** The iterator this frame delegates to in {@code yield from} / {@code await}, or null. */
    public Object yieldFrom;
    /**
     * {@link #yieldFrom} as guest code sees it (gi_yieldfrom / cr_await): a stand-in delegate (see
     * {@link NativeAwaitable#frameAwaitIterator}) is replaced by the real iterator here, once, so
     * the object stays the same from then on. A running frame has none, as in CPython: the field
     * stays set while a delegate deeper in a chain runs (see ResumeGeneratorNode).
     */
    public Object yieldFromForGuest() {
        if (running()) {
            return null;
        }
        Object y = yieldFrom;
        if (y instanceof NativeAwaitable.Iterator ni) {
            y = ni.guestIterator();
            yieldFrom = y;
        }
        return y;
    }

    /** What most generators never have (see {@link Rare}); null then. */
    private Rare rare;
    /** Links of the context's intrusive list of coroutines never started (for the RuntimeWarning). */
    public PGenerator unawaitedPrev;
    public PGenerator unawaitedNext;
    /** The boolean state, as bits: a byte instead of seven boolean fields keeps the object small. */
    private byte flags;
    /**
     * The resume shortcut's record of a {@code yield from} / {@code await} chain (see
     * {@code ResumeGeneratorNode}). On the outermost frame of a chain: its innermost frame as the
     * last resume left it, or null. On each frame below the outermost, down to that innermost one:
     * the outermost frame ({@link #chainRoot}) and the frame delegating to this one
     * ({@link #chainParent}). While the outermost frame runs through the shortcut
     * ({@link #CHAIN_RUNNING}), the frames in between count as running without a mark of their
     * own, so a resume costs the same at any depth. Such a frame that runs some other way
     * ({@link #enter}) drops out and clears the outermost frame's record.
     */
    private PGenerator chainTip;
    private PGenerator chainRoot;
    private PGenerator chainParent;

    private static final int RUNNING = 1;
    private static final int STARTED = 2;
    private static final int FINISHED = 4;
    /** For coroutines: the "never awaited" warning is no longer due. */
    private static final int AWAITED_OR_CLOSED = 8;
    /** Async generators: an asend/athrow is currently running (CPython's ag_running_async). */
    private static final int RUNNING_ASYNC = 16;
    /** Async generators: the firstiter hook has seen this generator (it is called once). */
    private static final int HOOKS_INITED = 32;
    /** The outermost frame of a chain whose innermost frame runs in its place (see {@link #chainTip}). */
    private static final int CHAIN_RUNNING = 64;

    /**
     * State few generators have, kept out of line because every suspended generator pays for each
     * field: names other than the code object's (a function's names start as its code's), and the
     * exception being handled inside the frame while it is suspended (swapped in on resume).
     */
    private static final class Rare {
        String name;
        String qualname;
        PBaseException handled;
    }

    private PGenerator() {
        super(COROUTINE);
        this.code = null;
    }

    /** A list head for {@code linkUnawaited}; never visible to guest code. */
    public static PGenerator sentinel() {
        return new PGenerator();
    }

    public PGenerator(PFunction fn, PCode code, ContinuationResult cont) {
        this(fn, code);
        this.frame = cont.getFrame();
        this.contRoot = cont.getContinuationRootNode();
    }

    /** A generator or coroutine that has not run (see {@link #startArgs}); {@code code.startsLazily()} holds. */
    public PGenerator(PFunction fn, PCode code, Object[] startArgs) {
        this(fn, code);
        this.startArgs = startArgs;
    }

    /**
     * A coroutine of {@code await f(args)} that starts at once, in its caller's call (see
     * {@link #startedEagerly}): it gets its frame at its first suspension, if any. {@code code} is
     * {@code fn}'s code (which call sites have as a constant, unlike the function).
     */
    public PGenerator(PFunction fn, PCode code) {
        super(classOf(code.generatorKind()));
        this.code = code;
        if (fn.name != code.name || fn.qualname != code.qualname) {
            Rare r = rare();
            r.name = fn.name;
            r.qualname = fn.qualname;
        }
    }

    private static PClass classOf(Kind kind) {
        return switch (kind) {
            case GENERATOR -> GENERATOR;
            case COROUTINE -> COROUTINE;
            case ASYNC_GENERATOR -> ASYNC_GENERATOR;
        };
    }

    /** Generator, coroutine or async generator: a property of the code object. */
    public Kind kind() {
        return code.generatorKind();
    }

    private Rare rare() {
        Rare r = rare;
        if (r == null) {
            r = new Rare();
            rare = r;
        }
        return r;
    }

    public String name() {
        Rare r = rare;
        return r == null || r.name == null ? code.name : r.name;
    }

    public String qualname() {
        Rare r = rare;
        return r == null || r.qualname == null ? code.qualname : r.qualname;
    }

    public void setName(String name) {
        rare().name = name;
    }

    public void setQualname(String qualname) {
        rare().qualname = qualname;
    }

    private boolean is(int flag) {
        return (flags & flag) != 0;
    }

    private void set(int flag, boolean on) {
        flags = (byte) (on ? flags | flag : flags & ~flag);
    }

    public boolean running() {
        if (is(RUNNING)) {
            return true;
        }
        PGenerator root = chainRoot;
        return root != null && (root.flags & CHAIN_RUNNING) != 0;
    }

    public boolean started() {
        return is(STARTED);
    }

    /** A throw() into a just-created frame raises at its first line, as if it had started. */
    public void markStarted() {
        set(STARTED, true);
    }

    public boolean finished() {
        return is(FINISHED);
    }

    public void markFinished() {
        set(FINISHED, true);
        startArgs = null;
    }

    /** For coroutines: whether the "never awaited" warning is no longer due. */
    public boolean awaitedOrClosed() {
        return is(AWAITED_OR_CLOSED);
    }

    /** Async generators: whether an asend/athrow is currently running (CPython's ag_running_async). */
    public boolean runningAsync() {
        return is(RUNNING_ASYNC);
    }

    public void setRunningAsync(boolean on) {
        set(RUNNING_ASYNC, on);
    }

    /** Async generators: whether the firstiter hook has seen this generator (it is called once). */
    public boolean hooksInited() {
        return is(HOOKS_INITED);
    }

    public void markHooksInited() {
        set(HOOKS_INITED, true);
    }

    public boolean isSuspended() {
        return (contRoot != null || startArgs != null) && !running();
    }

    /**
     * The frame arguments when this generator has not run at all and may be started by a call of
     * its code's eager entry (see {@link #startArgs}), else null.
     */
    public Object[] pendingStart() {
        return startArgs;
    }

    /**
     * Runs the plain root of a generator that has not run to its start yield, so that it has a
     * frame suspended at its first line as if it had been made that way: for a throw() into it and
     * for a look at its frame.
     */
    @TruffleBoundary
    public void materializeStart() {
        Object[] args = startArgs;
        if (args == null) {
            return;
        }
        startArgs = null;
        ThreadState ts = KairosContext.get(null).threadState();
        ts.enterCall();
        Object r;
        try {
            r = code.callTarget().call(args);
        } finally {
            ts.depth--;
        }
        ContinuationResult cr = (ContinuationResult) r;
        Generators.clearStartYieldSlot(code, cr);
        frame = cr.getFrame();
        contRoot = cr.getContinuationRootNode();
    }

    /**
     * The frame arguments of a generator that has not run (see {@link #pendingStart}), which its
     * first resume takes before {@link #enter}: the body then runs from the eager entry.
     */
    public Object[] takeStartArgs() {
        Object[] args = startArgs;
        if (args == null) {
            // another thread took them between the caller's check and here
            throw alreadyExecuting();
        }
        startArgs = null;
        return args;
    }

    @TruffleBoundary
    private PException alreadyExecuting() {
        return PException.valueError(what() + " already executing");
    }

    /** Line at which the frame is suspended (for gi_frame.f_lineno). */
    public int suspendedLine() {
        materializeStart();
        if (contRoot == null) {
            return 0;
        }
        var loc = contRoot.getLocation();
        if (loc == null) {
            return code.firstLineNo;
        }
        var sl = loc.getSourceLocation();
        return sl == null ? code.firstLineNo : sl.getStartLine();
    }

    /** The named locals of the suspended frame (gi_frame.f_locals); cells are unwrapped. */
    @TruffleBoundary
    public PDict frameLocals() {
        materializeStart();
        PDict d = new PDict();
        if (contRoot == null || contRoot.getLocation() == null) {
            return d;
        }
        var loc = contRoot.getLocation();
        // the location may name the bytecode of an earlier tier, which cannot read unboxed locals
        var bytecode = loc.getBytecodeNode().getBytecodeRootNode().getBytecodeNode();
        int bci = loc.getBytecodeIndex();
        Object[] names = bytecode.getLocalNames(bci);
        Object[] values = bytecode.getLocalValues(bci, frame);

        for (int i = 0; i < names.length && i < values.length; i++) {
            if (names[i] instanceof String n && !n.startsWith(".")) {
                Object v = values[i];
                if (v instanceof PCell c) {
                    v = c.ref;
                }
                if (v != null && !(v instanceof PGenerator.ThrowSignal)) {
                    d.putStr(n, v);
                }
            }
        }
        return d;
    }

    private String what() {
        return what(kind());
    }

    private static String what(Kind kind) {
        return switch (kind) {
            case GENERATOR -> "generator";
            case COROUTINE -> "coroutine";
            case ASYNC_GENERATOR -> "async generator";
        };
    }

    /** Removes this coroutine from the never-awaited list (it was started or closed). */
    public void unlinkUnawaited() {
        unawaitedPrev.unawaitedNext = unawaitedNext;
        if (unawaitedNext != null) {
            unawaitedNext.unawaitedPrev = unawaitedPrev;
        }
        unawaitedPrev = null;
        unawaitedNext = null;
    }

    /** Adds this coroutine after {@code head} (the context's list sentinel). */
    public void linkUnawaited(PGenerator head) {
        unawaitedNext = head.unawaitedNext;
        unawaitedPrev = head;
        if (head.unawaitedNext != null) {
            head.unawaitedNext.unawaitedPrev = this;
        }
        head.unawaitedNext = this;
    }

    /** The continuation root of the current yield site (the inline-cache key for resumption). */
    public ContinuationRootNode continuationRoot() {
        return contRoot;
    }

    /**
     * Starts or ends a resume of this frame's chain through its innermost frame (see
     * {@link #chainTip}): this frame and the recorded frames below it count as running meanwhile.
     */
    public void setChainRunning(boolean on) {
        flags = (byte) (on ? flags | RUNNING | CHAIN_RUNNING : flags & ~(RUNNING | CHAIN_RUNNING));
    }

    /**
     * The innermost frame recorded by the last resume of this frame's chain, if it is still the
     * frame to resume: suspended, and still recorded under this frame. The frames between stay as
     * they were while it is alive: a frame in {@code yield from} only moves on when its delegate
     * finishes, and one of them running some other way clears the record ({@link #enter}).
     */
    public PGenerator chainTip() {
        PGenerator t = chainTip;
        if (t != null && t.chainRoot == this && t.contRoot != null && (t.flags & RUNNING) == 0) {
            return t;
        }
        return null;
    }

    /** The frame that delegates to this recorded one (see {@link #chainTip}). */
    public PGenerator chainParent() {
        return chainParent;
    }

    /**
     * Takes this frame out of its chain's record before the chain's resume runs it (as innermost
     * frame or as a delegator whose delegate finished), keeping {@link #chainParent} for the next
     * delegator up.
     */
    public void leaveChain() {
        chainRoot = null;
    }

    /**
     * For the outermost frame of a chain's resume that is also recorded in another frame's chain:
     * leaves that record and clears it, since the resume may change the chain below this frame.
     */
    public void leaveOtherChain() {
        PGenerator root = chainRoot;
        if (root != null) {
            root.chainTip = null;
            chainRoot = null;
            chainParent = null;
        }
    }

    /** Forgets the record of this frame's chain. */
    public void clearChain() {
        chainTip = null;
    }

    /**
     * Records this frame's chain after a resume that ended with a yield from {@code from}, whose
     * delegator is {@code fromParent} ({@code from} is this frame or recorded below it): from there
     * down to the innermost frame the shortcut may resume, each frame is recorded under this one.
     * Returns that innermost frame, or null if {@code from} is this frame and delegates to none.
     */
    public PGenerator recordChain(PGenerator from, PGenerator fromParent) {
        PGenerator parent = fromParent;
        PGenerator g = from;
        while (g.delegatesFurther()) {
            if (g != this) {
                g.chainRoot = this;
                g.chainParent = parent;
            }
            parent = g;
            g = (PGenerator) g.yieldFrom;
        }
        if (g == this) {
            chainTip = null;
            return null;
        }
        g.chainRoot = this;
        g.chainParent = parent;
        chainTip = g;
        return g;
    }

    /**
     * Whether sending {@code value} may skip this frame and go to its delegate generator directly:
     * it is suspended in a yield from / await on a suspended generator, the value is not a throw,
     * and there is no handled exception of this frame that its delegate would have to see.
     */
    public boolean delegatesDirectly(Object value) {
        return yieldFrom instanceof PGenerator d && d.contRoot != null && !d.running() && contRoot != null && !running() &&
                        !(value instanceof ThrowSignal) && (rare == null || rare.handled == null) && code.generatorKind() != Kind.ASYNC_GENERATOR;
    }

    /**
     * {@link #delegatesDirectly} for a frame a chain walk reached from its delegator, which
     * already checked that this frame is suspended and not running and that the value is no throw.
     */
    public boolean delegatesFurther() {
        return yieldFrom instanceof PGenerator d && d.contRoot != null && !d.running() && (rare == null || rare.handled == null) &&
                        code.generatorKind() != Kind.ASYNC_GENERATOR;
    }

    /** Whether {@link #enter} can take the fast path (suspended, not running, no start-value error). */
    public boolean canResumeFast(Object value) {
        return contRoot != null && !running() && (started() || value == PNone.NONE || value instanceof ThrowSignal);
    }

    /**
     * Marks the frame running and swaps the thread's generator and exception state; returns the
     * frame to pass to the continuation root (null for a first resume after {@link #takeStartArgs}).
     * Only call when {@link #canResumeFast} holds or the start arguments were just taken. The
     * caller keeps {@code ts.currentGenerator} and {@code ts.handled} from before the call and
     * hands them to {@link #exit} or {@link #exitWithError} (so that suspended generators need no
     * fields for them).
     */
    public MaterializedFrame enter(ThreadState ts) {
        ts.enterCall();
        PGenerator root = chainRoot;
        if (root != null) {
            // runs other than through its chain's resume: the recorded chain may change below it
            root.chainTip = null;
            chainRoot = null;
            chainParent = null;
        }
        int f = flags;
        if ((f & STARTED) == 0 && unawaitedPrev != null) {
            unlinkUnawaited();
        }
        flags = (byte) (f | STARTED | AWAITED_OR_CLOSED | RUNNING);
        ts.currentGenerator = this;
        Rare r = rare;
        if (r != null && r.handled != null) {
            ts.handled = r.handled;
        }
        return frame;
    }

    /**
     * The object of an {@code await f(args)} body that started without one (see
     * {@link ThreadState#eagerCode}), made when something asks for it: started and running.
     */
    static PGenerator startedEagerly(PFunction fn, PCode code) {
        PGenerator g = new PGenerator(fn, code);
        g.flags = (byte) (STARTED | AWAITED_OR_CLOSED | RUNNING);
        return g;
    }

    /**
     * The end of the first call of an eagerly started body ({@code await f(args)}, see
     * {@link org.kairos.nodes.CallDispatchNode}): the yielded value of its first suspension, whose
     * frame is kept from then on (and whose coroutine becomes the awaiting frame's delegate); or,
     * if the body returned, its own continuation result without a continuation instead of a new
     * {@link Generators.Done} (the await's instructions take either as done,
     * {@link Generators#isDone}). The saved values are the thread state from before the call.
     */
    public static Object exitEagerAwaited(ThreadState ts, PGenerator savedGenerator, PFunction savedFn, PCode savedCode, PBaseException savedHandled,
                    PFunction fn, PCode code, Object r) {
        PGenerator g = takeEager(ts, savedFn, savedCode);
        ContinuationResult cont = (ContinuationResult) r;
        if (g == null) {
            if (cont.getContinuationRootNode() == null) {
                // returned, and nothing asked for its coroutine object: there is none
                leaveUnmade(ts, savedGenerator, savedHandled);
                return cont;
            }
            // suspended at a yield of its own (a generator's body started by yield from)
            g = startedEagerly(fn, code);
        }
        Object out = g.exitStep(ts, savedGenerator, savedHandled, r, true);
        if (!(out instanceof ContinuationResult)) {
            ts.currentGenerator().yieldFrom = g;
        }
        return out;
    }

    /** As {@link #exitWithError} for an eagerly started body (see {@link #exitEagerAwaited}). */
    public static PException exitEagerWithError(ThreadState ts, PGenerator savedGenerator, PFunction savedFn, PCode savedCode, PBaseException savedHandled,
                    PCode code, PException e) {
        PGenerator g = takeEager(ts, savedFn, savedCode);
        if (g != null) {
            return g.exitWithError(ts, savedGenerator, savedHandled, e);
        }
        leaveUnmade(ts, savedGenerator, savedHandled);
        return convertStopIteration(code.generatorKind(), e);
    }

    /** As {@link #exitAbruptly} for an eagerly started body (see {@link #exitEagerAwaited}). */
    public static void exitEagerAbruptly(ThreadState ts, PGenerator savedGenerator, PFunction savedFn, PCode savedCode, PBaseException savedHandled) {
        PGenerator g = takeEager(ts, savedFn, savedCode);
        if (g != null) {
            g.exitAbruptly(ts, savedGenerator, savedHandled);
        } else {
            leaveUnmade(ts, savedGenerator, savedHandled);
        }
    }

    /**
     * The eagerly started body's object if something made it while the body ran, else null;
     * gives the thread back the awaiting frame's own eager state.
     */
    private static PGenerator takeEager(ThreadState ts, PFunction savedFn, PCode savedCode) {
        PGenerator g = ts.currentGenerator;
        ts.eagerFn = savedFn;
        ts.eagerCode = savedCode;
        return g;
    }

    /** The thread state from before the frame ran: {@link #leave} without the frame's own state (also for a body that ended without its object). */
    private static void leaveUnmade(ThreadState ts, PGenerator savedGenerator, PBaseException savedHandled) {
        ts.depth--;
        ts.currentGenerator = savedGenerator;
        ts.handled = savedHandled;
    }

    /**
     * Restores the thread state from before {@link #enter} ({@code savedGenerator}: the thread's
     * current generator then, {@code savedHandled}: its handled exception); returns the yielded
     * value, or a {@link Generators.Done} on return.
     */
    public Object exit(ThreadState ts, PGenerator savedGenerator, PBaseException savedHandled, Object r) {
        return exit(ts, savedGenerator, savedHandled, r, false);
    }

    /**
     * {@link #exit}, or with {@code firstRun} the end of a body's first call (the frame of its
     * first suspension is kept from then on): one body for both, for a resume site that does both.
     */
    public Object exit(ThreadState ts, PGenerator savedGenerator, PBaseException savedHandled, Object r, boolean firstRun) {
        Object out = exitStep(ts, savedGenerator, savedHandled, r, firstRun);
        return out instanceof ContinuationResult cont ? new Generators.Done(cont.getResult()) : out;
    }

    /** Leaves the frame; returns the yielded value, or the root's continuation result if it returned. */
    private Object exitStep(ThreadState ts, PGenerator savedGenerator, PBaseException savedHandled, Object r, boolean firstRun) {
        leave(ts, savedGenerator, savedHandled);
        // a generator-like root returns only continuation results: a suspension, or its return
        // value without a continuation (KairosRootNode.GeneratorFinished)
        ContinuationResult cont = (ContinuationResult) r;
        ContinuationRootNode next = cont.getContinuationRootNode();
        if (next != null) {
            if (firstRun) {
                // the frame of the first run is kept from now on; later resumes keep that object
                MaterializedFrame f = cont.getFrame();
                Generators.clearEagerYieldSlot(code, cont, f);
                frame = f;
            }
            contRoot = next;
            return cont.getResult();
        }
        finish();
        return cont;
    }

    private void leave(ThreadState ts, PGenerator savedGenerator, PBaseException savedHandled) {
        set(RUNNING, false);
        PBaseException inFrame = ts.handled;
        if (inFrame != savedHandled) {
            rare().handled = inFrame;
        } else if (rare != null) {
            rare.handled = null;
        }
        leaveUnmade(ts, savedGenerator, savedHandled);
    }

    /** The frame raised: it is finished; StopIteration leaking out becomes RuntimeError (PEP 479). */
    @TruffleBoundary
    public PException exitWithError(ThreadState ts, PGenerator savedGenerator, PBaseException savedHandled, PException e) {
        leave(ts, savedGenerator, savedHandled);
        finish();
        return convertStopIteration(e);
    }


    /** A Java error (not a guest exception) left an eagerly started body: restore the thread state, end the frame. */
    public void exitAbruptly(ThreadState ts, PGenerator savedGenerator, PBaseException savedHandled) {
        leave(ts, savedGenerator, savedHandled);
        finish();
    }

    /** The frame is over: nothing to resume, nothing delegated to. */
    private void finish() {
        frame = null;
        contRoot = null;
        startArgs = null;
        markFinished();
        yieldFrom = null;
    }

    /** The first resume of a generator that has not run (see {@link #startArgs}), through an indirect call. */
    private Object startRaw() {
        return callIndirect(PNone.NONE, true);
    }

    /** Resumes through an indirect call; returns the yielded value or a {@link Generators.Done}. */
    @TruffleBoundary
    public Object resumeRaw(Object value) {
        if (!canResumeFast(value)) {
            try {
                return resume(value);
            } catch (Returned r) {
                return new Generators.Done(r.value);
            }
        }
        return callIndirect(value, false);
    }

    /**
     * One resume through an indirect call: of the continuation root with {@code value}, or with
     * {@code start} the first run from the eager entry (see {@link #startArgs}).
     */
    private Object callIndirect(Object value, boolean start) {
        ThreadState ts = KairosContext.get(null).threadState();
        PGenerator savedGenerator = ts.currentGenerator;
        PBaseException savedHandled = ts.handled;
        Object[] args = start ? takeStartArgs() : null;
        MaterializedFrame f = enter(ts);
        Object r;
        try {
            r = start ? code.eagerCallTarget().call(args) : contRoot.getCallTarget().call(f, value);
        } catch (PException e) {
            throw exitWithError(ts, savedGenerator, savedHandled, e);
        } catch (RuntimeException | Error e) {
            if (start) {
                // the start arguments are gone: the frame cannot run again
                exitAbruptly(ts, savedGenerator, savedHandled);
            } else {
                leave(ts, savedGenerator, savedHandled);
            }
            throw e;
        }
        return exit(ts, savedGenerator, savedHandled, r, start);
    }

    /**
     * Resumes the frame. Returns the next yielded value, or throws: a returned value ends the frame
     * and is reported through {@link Returned}.
     */
    @TruffleBoundary
    public Object resume(Object value) {
        if (running()) {
            throw PException.valueError(what() + " already executing");
        }
        if (startArgs != null) {
            if (value == PNone.NONE) {
                Object r = startRaw();
                if (r instanceof Generators.Done d) {
                    throw new Returned(d.value());
                }
                return r;
            }
            if (!(value instanceof ThrowSignal)) {
                throw PException.typeError("can't send non-None value to a just-started " + what());
            }
            materializeStart();
        }
        if (contRoot == null) {
            if (kind() == Kind.COROUTINE) {
                throw PException.runtimeError("cannot reuse already awaited coroutine");
            }
            if (value instanceof ThrowSignal t) {
                throw new PException(t.exc());
            }
            throw Returned.INSTANCE_NONE;
        }
        if (!started() && value != PNone.NONE && !(value instanceof ThrowSignal)) {
            throw PException.typeError("can't send non-None value to a just-started " + what());
        }
        Object r = resumeRaw(value);
        if (r instanceof Generators.Done d) {
            throw new Returned(d.value());
        }
        return r;
    }

    private PException convertStopIteration(PException e) {
        return convertStopIteration(kind(), e);
    }

    /** PEP 479: a StopIteration (StopAsyncIteration) that leaves a {@code kind} frame becomes a RuntimeError. */
    private static PException convertStopIteration(Kind kind, PException e) {
        PClass c = e.exc.cls;
        if (c.isSubclassOf(ExceptionClasses.StopIteration)) {
            return chained("generator raised StopIteration".replace("generator", what(kind)), e);
        }
        if (kind == Kind.ASYNC_GENERATOR && c.isSubclassOf(ExceptionClasses.StopAsyncIteration)) {
            return chained("async generator raised StopAsyncIteration", e);
        }
        return e;
    }

    private static PException chained(String msg, PException cause) {
        PException r = PException.runtimeError(msg);
        r.exc.cause = cause.exc;
        r.exc.context = cause.exc;
        r.exc.suppressContext = true;
        return r;
    }

    /** Thrown by {@link #resume} when the frame returns; carries the return value. */
    public static final class Returned extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Returned INSTANCE_NONE = new Returned(PNone.NONE);
        public final transient Object value;

        public Returned(Object value) {
            super(null, null, false, false);
            this.value = value;
        }
    }

    /** {@code send(v)} with Python's protocol: a return raises StopIteration(value). */
    @TruffleBoundary
    public Object send(Object value) {
        try {
            return resume(value);
        } catch (Returned r) {
            throw stopIteration(r.value);
        }
    }

    @TruffleBoundary
    public static PException stopIteration(Object value) {
        PBaseException e = new PBaseException(ExceptionClasses.StopIteration, value == PNone.NONE ? new Object[0] : new Object[]{value});
        return new PException(e);
    }

    /** {@code throw(exc)}: raises at the suspension point. */
    @TruffleBoundary
    public Object throwInto(PBaseException exc) {
        materializeStart();
        if (!started() && contRoot != null) {
            // CPython raises a throw() into a just-started frame at its first line
            markStarted();
        }
        if (contRoot == null && kind() != Kind.COROUTINE) {
            throw new PException(exc);
        }
        return send(new ThrowSignal(exc));
    }

    /** {@code close()}: GeneratorExit at the suspension point; returns the frame's return value (3.13). */
    @TruffleBoundary
    public Object close() {
        if (running()) {
            throw PException.valueError(what() + " already executing");
        }
        set(AWAITED_OR_CLOSED, true);
        if (unawaitedPrev != null) {
            unlinkUnawaited();
        }
        if (contRoot == null && startArgs == null) {
            return PNone.NONE;
        }
        if (!started()) {
            finish();
            return PNone.NONE;
        }
        PBaseException exit = new PBaseException(ExceptionClasses.GeneratorExit);
        try {
            resume(new ThrowSignal(exit));
        } catch (Returned r) {
            return r.value;
        } catch (PException e) {
            if (e.exc == exit || e.exc.cls.isSubclassOf(ExceptionClasses.GeneratorExit) || e.exc.cls.isSubclassOf(ExceptionClasses.StopIteration)) {
                return PNone.NONE;
            }
            throw e;
        }
        throw PException.runtimeError(what() + " ignored GeneratorExit");
    }

    /** Iteration: the next yielded value, or null when the generator returns. */
    @Override
    public Object next() {
        try {
            return resume(PNone.NONE);
        } catch (Returned r) {
            return null;
        }
    }
}
