package org.kairos.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The awaitables returned by an async generator's {@code __anext__}/{@code asend},
 * {@code athrow} and {@code aclose}: each drives the generator until it yields a value (which
 * completes the await with StopIteration(value)) while passing inner awaits through. An
 * {@code await} in a frame steps it as a {@link NativeAwaitable}, which ends with a
 * {@link Generators.Done} instead: {@code async for} then costs no exception per value.
 */
public final class PAsyncGenAwaitable extends PythonObject implements NativeAwaitable, NativeAwaitable.Iterator {
    public static final PClass ASEND = fin("async_generator_asend");
    public static final PClass ATHROW = fin("async_generator_athrow");

    private static PClass fin(String name) {
        PClass c = new PClass(name, PClass.OBJECT, PClass.Layout.OTHER);
        c.isFinal = true;
        return c;
    }

    enum State { INIT, ITER, DONE }

    private final PGenerator agen;
    private final Object sendValue;
    /** For athrow/aclose: the exception to throw in first (aclose throws GeneratorExit). */
    private final PBaseException toThrow;
    private final boolean isClose;
    private State state = State.INIT;

    public PAsyncGenAwaitable(PGenerator agen, Object sendValue, PBaseException toThrow, boolean isClose) {
        super(toThrow == null ? ASEND : ATHROW);
        this.agen = agen;
        this.sendValue = sendValue;
        this.toThrow = toThrow;
        this.isClose = isClose;
    }

    /** What {@code agen.__anext__()} returns (async generators cannot be subclassed or patched). */
    public static PAsyncGenAwaitable anext(PGenerator agen) {
        return new PAsyncGenAwaitable(firstIter(agen), PNone.NONE, null, false);
    }

    /**
     * Runs the thread's firstiter hook the first time an async generator is iterated (any of
     * __anext__/asend/athrow/aclose), which is how event loops learn which generators to close.
     */
    public static PGenerator firstIter(PGenerator g) {
        if (!g.hooksInited()) {
            runFirstIterHook(g);
        }
        return g;
    }

    @TruffleBoundary
    private static void runFirstIterHook(PGenerator g) {
        g.markHooksInited();
        Object hook = org.kairos.KairosContext.get(null).threadState().asyncgenFirstiter;
        if (hook != null) {
            Py.call(hook, g);
        }
    }

    /** {@code send(v)}: the value to pass out, or StopIteration with the result. */
    @TruffleBoundary
    public Object send(Object v) {
        return step(v, false);
    }

    /** {@code send(None)} as an {@code await} delegate: the value to pass out, or a {@link Generators.Done}. */
    @Override
    @TruffleBoundary
    public Object stepNone() {
        return step(PNone.NONE, true);
    }

    @Override
    public Object fastAwaitIterator() {
        return this;
    }

    /**
     * Whether an {@code await} may resume the generator itself (through its own inline cache)
     * for a {@code send(None)} step: an {@code __anext__}/{@code asend} awaitable whose generator
     * is not busy with another one. Such a step is {@link #enterStep}, the resume, then
     * {@link #exitStep} or {@link #failStep}.
     */
    public boolean stepsPlainly() {
        return toThrow == null && (state == State.ITER || state == State.INIT && !agen.runningAsync());
    }

    /** The generator this awaitable drives. */
    public PGenerator generator() {
        return agen;
    }

    /** Starts a plain step: returns the value to resume the generator with. */
    public Object enterStep() {
        if (state == State.INIT) {
            agen.setRunningAsync(true);
            state = State.ITER;
            return sendValue;
        }
        return PNone.NONE;
    }

    /**
     * Ends a plain step whose resume returned {@code r} (a value it yielded or a
     * {@link Generators.Done}): the value to pass out, or a {@link Generators.Done} with the
     * generator's next value.
     */
    public Object exitStep(Object r) {
        return settle(r, true);
    }

    /** Ends a plain step whose resume raised {@code e}; returns it to be rethrown. */
    public PException failStep(PException e) {
        finish();
        return e;
    }

    @TruffleBoundary
    private static PException stopAsyncIteration() {
        return new PException(new PBaseException(ExceptionClasses.StopAsyncIteration));
    }

    /** {@code done}: report the end as a {@link Generators.Done} rather than raise StopIteration. */
    private Object step(Object v, boolean done) {
        if (state == State.DONE) {
            throw PException.runtimeError(toThrow == null ? "cannot reuse already awaited __anext__()/asend()" : "cannot reuse already awaited aclose()/athrow()");
        }
        Object resumeWith = v;
        if (state == State.INIT) {
            if (agen.runningAsync()) {
                state = State.DONE;
                throw PException.runtimeError(toThrow == null ? "anext(): asynchronous generator is already running"
                                : (isClose ? "aclose()" : "athrow()") + ": asynchronous generator is already running");
            }
            if (toThrow != null && (agen.finished() || !agen.started() && isClose)) {
                state = State.DONE;
                if (isClose) {
                    agen.markFinished();
                    return stop(PNone.NONE, done);
                }
                throw new PException(toThrow);
            }
            agen.setRunningAsync(true);
            state = State.ITER;
            resumeWith = toThrow != null ? new PGenerator.ThrowSignal(toThrow) : (v == PNone.NONE ? sendValue : v);
        }
        return handle(resumeWith, done);
    }

    @TruffleBoundary
    public Object throwInto(PBaseException exc) {
        if (state == State.DONE) {
            throw PException.runtimeError("cannot reuse already awaited __anext__()/asend()");
        }
        if (state == State.INIT) {
            agen.setRunningAsync(true);
            state = State.ITER;
        }
        return handle(new PGenerator.ThrowSignal(exc), false);
    }

    public void close() {
        state = State.DONE;
    }

    private Object handle(Object resumeWith, boolean done) {
        Object r;
        try {
            r = agen.resumeRaw(resumeWith);
        } catch (PException e) {
            finish();
            if (isClose && (e.exc.cls.isSubclassOf(ExceptionClasses.StopAsyncIteration) || e.exc.cls.isSubclassOf(ExceptionClasses.GeneratorExit))) {
                return stop(PNone.NONE, done);
            }
            throw e;
        }
        return settle(r, done);
    }

    /**
     * What resuming the generator returned ({@code r}: a value it yielded, or a
     * {@link Generators.Done} when its body ended) means for this await: a value to pass out, or
     * the end of the await (see {@link #stop}).
     */
    private Object settle(Object r, boolean done) {
        if (r instanceof PGenerator.AsyncGenValue av) {
            finish();
            if (isClose) {
                throw PException.runtimeError("async generator ignored GeneratorExit");
            }
            return stop(av.value(), done);
        }
        if (r instanceof Generators.Done) {
            finish();
            if (isClose) {
                return stop(PNone.NONE, done);
            }
            throw stopAsyncIteration();
        }
        return r;
    }

    /** The await is over with {@code value}: a {@link Generators.Done}, or StopIteration(value). */
    private static Object stop(Object value, boolean done) {
        if (done) {
            return new Generators.Done(value);
        }
        throw PGenerator.stopIteration(value);
    }

    private void finish() {
        state = State.DONE;
        agen.setRunningAsync(false);
    }
}
