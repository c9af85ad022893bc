package org.kairos.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The awaitables returned by an async generator's {@code __anext__}/{@code asend},
 * {@code athrow} and {@code aclose}: each drives the generator until it yields a value (which
 * completes the await with StopIteration(value)) while passing inner awaits through.
 */
public final class PAsyncGenAwaitable extends PythonObject {
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

    @TruffleBoundary
    public Object send(Object v) {
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
                    throw PGenerator.stopIteration(PNone.NONE);
                }
                throw new PException(toThrow);
            }
            agen.setRunningAsync(true);
            state = State.ITER;
            resumeWith = toThrow != null ? new PGenerator.ThrowSignal(toThrow) : (v == PNone.NONE ? sendValue : v);
        }
        final Object value = resumeWith;
        return handle(() -> agen.resume(value));
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
        return handle(() -> agen.resume(new PGenerator.ThrowSignal(exc)));
    }

    public void close() {
        state = State.DONE;
    }

    private Object handle(java.util.function.Supplier<Object> step) {
        Object r;
        try {
            r = step.get();
        } catch (PGenerator.Returned ret) {
            finish();
            if (isClose) {
                throw PGenerator.stopIteration(PNone.NONE);
            }
            throw new PException(new PBaseException(ExceptionClasses.StopAsyncIteration));
        } catch (PException e) {
            finish();
            if (isClose && (e.exc.cls.isSubclassOf(ExceptionClasses.StopAsyncIteration) || e.exc.cls.isSubclassOf(ExceptionClasses.GeneratorExit))) {
                throw PGenerator.stopIteration(PNone.NONE);
            }
            throw e;
        }
        if (r instanceof PGenerator.AsyncGenValue av) {
            finish();
            if (isClose) {
                throw PException.runtimeError("async generator ignored GeneratorExit");
            }
            throw PGenerator.stopIteration(av.value());
        }
        return r;
    }

    private void finish() {
        state = State.DONE;
        agen.setRunningAsync(false);
    }
}
