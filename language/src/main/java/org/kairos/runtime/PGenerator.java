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

    public final Kind kind;
    public final PCode code;
    public String name;
    public String qualname;
    private ContinuationResult cont;
    public boolean running;
    public boolean started;
    public boolean finished;
    /** The iterator this frame delegates to in {@code yield from} / {@code await}, or null. */
    public Object yieldFrom;
    /** For coroutines: whether the "never awaited" warning is still due. */
    public boolean awaitedOrClosed;
    /** Async generators: whether an asend/athrow is currently running (CPython's ag_running_async). */
    public boolean runningAsync;
    /** Async generators: whether the firstiter hook has seen this generator (it is called once). */
    public boolean hooksInited;
    /** The exception being handled inside this frame while it is suspended (swapped on resume). */
    private PBaseException handledInFrame;
    private PBaseException savedHandled;
    /** Links of the context's intrusive list of coroutines never started (for the RuntimeWarning). */
    public PGenerator unawaitedPrev;
    public PGenerator unawaitedNext;
    private PGenerator savedGenerator;

    private PGenerator() {
        super(COROUTINE);
        this.kind = Kind.COROUTINE;
        this.code = null;
    }

    /** A list head for {@code linkUnawaited}; never visible to guest code. */
    public static PGenerator sentinel() {
        return new PGenerator();
    }

    public PGenerator(Kind kind, PFunction fn, ContinuationResult cont) {
        super(switch (kind) {
            case GENERATOR -> GENERATOR;
            case COROUTINE -> COROUTINE;
            case ASYNC_GENERATOR -> ASYNC_GENERATOR;
        });
        this.kind = kind;
        this.code = fn.code;
        this.name = fn.name;
        this.qualname = fn.qualname;
        this.cont = cont;
    }

    public boolean isSuspended() {
        return cont != null && !running;
    }

    /** Line at which the frame is suspended (for gi_frame.f_lineno). */
    public int suspendedLine() {
        if (cont == null) {
            return 0;
        }
        var loc = cont.getBytecodeLocation();
        if (loc == null) {
            return code.firstLineNo;
        }
        var sl = loc.getSourceLocation();
        return sl == null ? code.firstLineNo : sl.getStartLine();
    }

    /** The named locals of the suspended frame (gi_frame.f_locals); cells are unwrapped. */
    @TruffleBoundary
    public PDict frameLocals() {
        PDict d = new PDict();
        if (cont == null || cont.getBytecodeLocation() == null) {
            return d;
        }
        var loc = cont.getBytecodeLocation();
        // the location may name the bytecode of an earlier tier, which cannot read unboxed locals
        var bytecode = loc.getBytecodeNode().getBytecodeRootNode().getBytecodeNode();
        int bci = loc.getBytecodeIndex();
        Object[] names = bytecode.getLocalNames(bci);
        Object[] values = bytecode.getLocalValues(bci, cont.getFrame());

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
        ContinuationResult c = cont;
        return c == null ? null : c.getContinuationRootNode();
    }

    /** Whether {@link #enter} can take the fast path (suspended, not running, no start-value error). */
    public boolean canResumeFast(Object value) {
        return cont != null && !running && (started || value == PNone.NONE || value instanceof ThrowSignal);
    }

    /**
     * Marks the frame running and swaps the thread's generator and exception state; returns the
     * frame to pass to the continuation root. Only call when {@link #canResumeFast} holds.
     */
    public MaterializedFrame enter(ThreadState ts) {
        ts.enterCall();
        if (!started && unawaitedPrev != null) {
            unlinkUnawaited();
        }
        started = true;
        awaitedOrClosed = true;
        running = true;
        savedGenerator = ts.currentGenerator;
        ts.currentGenerator = this;
        savedHandled = ts.handled;
        if (handledInFrame != null) {
            ts.handled = handledInFrame;
        }
        return cont.getFrame();
    }

    /** Restores the thread state; returns the yielded value, or a {@link Generators.Done} on return. */
    public Object exit(ThreadState ts, Object r) {
        leave(ts);
        if (r instanceof ContinuationResult next) {
            cont = next;
            return next.getResult();
        }
        cont = null;
        finished = true;
        yieldFrom = null;
        return new Generators.Done(r);
    }

    private void leave(ThreadState ts) {
        running = false;
        ts.depth--;
        ts.currentGenerator = savedGenerator;
        savedGenerator = null;
        handledInFrame = ts.handled == savedHandled ? null : ts.handled;
        ts.handled = savedHandled;
        savedHandled = null;
    }

    /** The frame raised: it is finished; StopIteration leaking out becomes RuntimeError (PEP 479). */
    @TruffleBoundary
    public PException exitWithError(ThreadState ts, PException e) {
        leave(ts);
        cont = null;
        finished = true;
        yieldFrom = null;
        return convertStopIteration(e);
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
        ThreadState ts = KairosContext.get(null).threadState();
        MaterializedFrame frame = enter(ts);
        Object r;
        try {
            r = cont.getContinuationCallTarget().call(frame, value);
        } catch (PException e) {
            throw exitWithError(ts, e);
        } catch (RuntimeException | Error e) {
            leave(ts);
            throw e;
        }
        return exit(ts, r);
    }

    /**
     * Resumes the frame. Returns the next yielded value, or throws: a returned value ends the frame
     * and is reported through {@link Returned}.
     */
    @TruffleBoundary
    public Object resume(Object value) {
        if (running) {
            throw PException.valueError(what() + " already executing");
        }
        if (cont == null) {
            if (kind == Kind.COROUTINE) {
                throw PException.runtimeError("cannot reuse already awaited coroutine");
            }
            if (value instanceof ThrowSignal t) {
                throw new PException(t.exc());
            }
            throw Returned.INSTANCE_NONE;
        }
        if (!started && value != PNone.NONE && !(value instanceof ThrowSignal)) {
            throw PException.typeError("can't send non-None value to a just-started " + what());
        }
        Object r = resumeRaw(value);
        if (r instanceof Generators.Done d) {
            throw new Returned(d.value());
        }
        return r;
    }

    private PException convertStopIteration(PException e) {
        PClass c = e.exc.cls;
        if (c.isSubclassOf(ExceptionClasses.StopIteration)) {
            return chained("generator raised StopIteration".replace("generator", what()), e);
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
        if (!started && cont != null) {
            // CPython raises a throw() into a just-started frame at its first line
            started = true;
        }
        if (cont == null && kind != Kind.COROUTINE) {
            throw new PException(exc);
        }
        return send(new ThrowSignal(exc));
    }

    /** {@code close()}: GeneratorExit at the suspension point; returns the frame's return value (3.13). */
    @TruffleBoundary
    public Object close() {
        awaitedOrClosed = true;
        if (unawaitedPrev != null) {
            unlinkUnawaited();
        }
        if (cont == null) {
            return PNone.NONE;
        }
        if (!started) {
            cont = null;
            finished = true;
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
