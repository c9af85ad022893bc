package org.kairos.asyncio;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.Generators;
import org.kairos.runtime.NativeAwaitable;
import org.kairos.runtime.PBaseException;
import org.kairos.runtime.PBuiltinFunction;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PContext;
import org.kairos.runtime.PException;
import org.kairos.runtime.PNone;
import org.kairos.runtime.PythonObject;
import org.kairos.runtime.Py;

import java.util.ArrayList;

/**
 * {@code _asyncio.Future}: a result that arrives later. The first done callback is stored inline
 * (most futures have exactly one waiter), further ones in a list; callbacks always run through the
 * loop's ready queue, never synchronously.
 */
public class PFuture extends PythonObject implements NativeAwaitable, NativeAwaitable.Iterator {
    static final byte PENDING = 0;
    static final byte CANCELLED = 1;
    static final byte FINISHED = 2;

    /**
     * What few futures need (a cancel message, more than one callback, failure bookkeeping, a
     * task's string name and cancel count), kept out of line: tens of thousands of futures and tasks may be pending
     * at once, and each field costs them all.
     */
    static final class Extras {
        Object cancelMsg;
        PBaseException cancelledExc;
        /** Further callbacks as (callback, context) pairs, flattened. */
        ArrayList<Object> callbacks;
        /** The copy {@link UnretrievedExceptions} watches with; it learns about retrieval through here. */
        PFuture retrievalCopy;
        /** Tasks: the name once set or formatted (a str). */
        Object name;
        /** Tasks: the wake-up callable handed to futures of other implementations. */
        PBuiltinFunction guestWakeup;
        /** Tasks: cancel() calls not yet matched by uncancel(). */
        int cancelsRequested;
    }

    /** The loop (usually a {@link EventLoop}; any object with call_soon otherwise). */
    Object loop;
    byte state = PENDING;
    /** Whether {@link #result} holds the exception the future finished with. */
    boolean failed;
    boolean blocking;
    boolean logTraceback;
    /** The result, or the exception when {@link #failed}. */
    Object result;
    Object callback0;
    PContext context0;
    Extras extras;

    PFuture(PClass cls) {
        super(cls);
    }

    final Extras extras() {
        Extras e = extras;
        if (e == null) {
            e = new Extras();
            extras = e;
        }
        return e;
    }

    /** The exception the future finished with, or null. */
    final PBaseException exc() {
        return failed ? (PBaseException) result : null;
    }

    /** The result (null unless finished without an exception). */
    final Object res() {
        return failed ? null : result;
    }

    final Object cancelMsg() {
        Extras e = extras;
        return e == null ? null : e.cancelMsg;
    }

    final void setCancelMsg(Object msg) {
        if (msg != null || extras != null) {
            extras().cancelMsg = msg;
        }
    }

    final ArrayList<Object> moreCallbacks() {
        Extras e = extras;
        return e == null ? null : e.callbacks;
    }

    @Override
    public Object fastAwaitIterator() {
        // a guest subclass may override __await__; it takes the generic lookup
        return Gather.isNative(this) ? new FutureIter(this) : null;
    }

    /**
     * An await in a generator frame delegates to the future itself, standing in for its FutureIter
     * (which is made only if guest code asks for cr_await or throws into it): a parked coroutine
     * has no iterator object.
     */
    @Override
    public Object frameAwaitIterator() {
        return cls == AsyncioModule.FUTURE || cls == AsyncioModule.TASK ? this : null;
    }

    /** The future as its own await iterator: FutureIter's step (it is only ever stepped until done). */
    @Override
    public Object stepNone() {
        if (state == PENDING) {
            if (!blocking) {
                blocking = true;
                return this;
            }
            throw FutureIter.notAwaited();
        }
        return new Generators.Done(result());
    }

    @Override
    public Object guestIterator() {
        return new FutureIter(this);
    }

    /** FutureIter.throw raises what is thrown in, so a cancellation needs no iterator object. */
    @Override
    public PException throwThrough(PBaseException exc) {
        return new PException(exc);
    }

    final void clearLogTraceback() {
        logTraceback = false;
        Extras e = extras;
        if (e != null && e.retrievalCopy != null) {
            e.retrievalCopy.logTraceback = false;
            e.retrievalCopy = null;
        }
    }

    /** A detached copy of this finished future's state, standing in for it once it is gone. */
    PFuture detachedCopy() {
        PFuture c = new PFuture(cls);
        copyStateTo(c);
        return c;
    }

    final void copyStateTo(PFuture c) {
        c.loop = loop;
        c.state = state;
        c.result = result;
        c.failed = failed;
        c.setCancelMsg(cancelMsg());
    }

    final EventLoop javaLoop() {
        return loop instanceof EventLoop l ? l : null;
    }

    final boolean done() {
        return state != PENDING;
    }

    /** Schedules all done callbacks (in registration order) and forgets them. */
    final void scheduleCallbacks() {
        if (this instanceof PTask t) {
            t.unregister();
        }
        Object cb0 = callback0;
        if (cb0 != null) {
            PContext c0 = context0;
            callback0 = null;
            context0 = null;
            callSoon(cb0, c0);
        }
        ArrayList<Object> list = moreCallbacks();
        if (list != null) {
            extras.callbacks = null;
            for (int i = 0; i < list.size(); i += 2) {
                callSoon(list.get(i), (PContext) list.get(i + 1));
            }
        }
    }

    private void callSoon(Object cb, PContext ctx) {
        EventLoop l = javaLoop();
        if (cb instanceof PTask t && l != null) {
            if (!t.wakeupQueued && t.futWaiter == this) {
                // the task goes into the queue as its own wake-up (no handle, no argument array)
                l.checkClosed();
                t.wakeupQueued = true;
                l.ready.add(t);
            } else {
                l.callSoonChecked(new PTask.Wakeup(t), new Object[]{this}, ctx);
            }
        } else if (cb instanceof QueuedCallback c && l != null && c.fut == null) {
            // gather's and TaskGroup's callbacks, likewise queued as they are
            l.checkClosed();
            c.fut = this;
            l.ready.add(c);
        } else if (l != null) {
            l.callSoonChecked(cb, new Object[]{this}, ctx);
        } else {
            callSoonGuestLoop(cb, ctx);
        }
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private void callSoonGuestLoop(Object cb, PContext ctx) {
        Py.callKw(Py.getAttr(loop, "call_soon"), new Object[]{cb, this, ctx}, new String[]{"context"});
    }

    final void addDoneCallback(Object fn, PContext ctx) {
        if (state == PENDING && callback0 == null) {
            callback0 = fn;
            context0 = ctx;
        } else {
            addDoneCallbackSlow(fn, ctx);
        }
    }

    /** A done future or a second callback: kept out of compiled task steps, which only need the first. */
    @TruffleBoundary
    private void addDoneCallbackSlow(Object fn, PContext ctx) {
        if (state != PENDING) {
            callSoon(fn, ctx);
        } else {
            Extras e = extras();
            if (e.callbacks == null) {
                e.callbacks = new ArrayList<>(4);
            }
            e.callbacks.add(fn);
            e.callbacks.add(ctx);
        }
    }

    final long removeDoneCallback(Object fn) {
        long removed = 0;
        // a task among the callbacks is that task's wake-up, which no guest object equals
        if (callback0 != null && !(callback0 instanceof PTask) && Py.eqBool(callback0, fn)) {
            callback0 = null;
            context0 = null;
            removed++;
        }
        ArrayList<Object> callbacks = moreCallbacks();
        if (callbacks != null) {
            ArrayList<Object> kept = new ArrayList<>();
            for (int i = 0; i < callbacks.size(); i += 2) {
                if (!(callbacks.get(i) instanceof PTask) && Py.eqBool(callbacks.get(i), fn)) {
                    removed++;
                } else {
                    kept.add(callbacks.get(i));
                    kept.add(callbacks.get(i + 1));
                }
            }
            extras.callbacks = kept.isEmpty() ? null : kept;
        }
        return removed;
    }

    final void setResult(Object value) {
        if (state != PENDING) {
            throw PException.raise(AsyncioModule.InvalidStateError, "invalid state");
        }
        result = value;
        state = FINISHED;
        scheduleCallbacks();
    }

    final void setException(Object exc) {
        if (state != PENDING) {
            throw PException.raise(AsyncioModule.InvalidStateError, "invalid state");
        }
        Object e = exc;
        if (e instanceof PClass c) {
            e = Py.call(c);
            if (!(e instanceof PBaseException)) {
                throw PException.typeError("invalid exception object");
            }
        }
        if (!(e instanceof PBaseException be)) {
            throw PException.typeError("invalid exception object");
        }
        if (be.cls.isSubclassOf(ExceptionClasses.StopIteration)) {
            // A StopIteration re-raised inside the awaiting coroutine would end it silently;
            // the future stores a RuntimeError instead (it is not raised at the setter).
            PBaseException wrapped = PException.runtimeError("StopIteration interacts badly with generators and cannot be raised into a Future").exc;
            wrapped.cause = be;
            wrapped.suppressContext = true;
            wrapped.context = be;
            be = wrapped;
        }
        result = be;
        failed = true;
        state = FINISHED;
        logTraceback = true;
        extras().retrievalCopy = UnretrievedExceptions.watch(this);
        scheduleCallbacks();
    }

    /** Future.cancel: true if the future moved to CANCELLED. */
    boolean cancel(Object msg) {
        clearLogTraceback();
        if (state != PENDING) {
            return false;
        }
        state = CANCELLED;
        setCancelMsg(msg);
        scheduleCallbacks();
        return true;
    }

    final PBaseException makeCancelledError() {
        Extras x = extras;
        PBaseException e = x == null ? null : x.cancelledExc;
        if (e != null) {
            x.cancelledExc = null;
            return e;
        }
        Object m = cancelMsg();
        return m == null || m == PNone.NONE ? new PBaseException(AsyncioModule.CancelledError)
                        : new PBaseException(AsyncioModule.CancelledError, new Object[]{m});
    }

    final Object result() {
        if (state == CANCELLED) {
            throw new PException(makeCancelledError());
        }
        if (state != FINISHED) {
            throw PException.raise(AsyncioModule.InvalidStateError, "Result is not set.");
        }
        clearLogTraceback();
        if (failed) {
            throw new PException((PBaseException) result);
        }
        return result;
    }

    final Object exception() {
        if (state == CANCELLED) {
            throw new PException(makeCancelledError());
        }
        if (state != FINISHED) {
            throw PException.raise(AsyncioModule.InvalidStateError, "Exception is not set.");
        }
        clearLogTraceback();
        return failed ? result : PNone.NONE;
    }

    String stateName() {
        return switch (state) {
            case PENDING -> "PENDING";
            case CANCELLED -> "CANCELLED";
            default -> "FINISHED";
        };
    }

    /**
     * The iterator returned by {@code __await__}: yields the future once (with the blocking flag set
     * so the task knows it was awaited properly), then returns its result.
     */
    static final class FutureIter extends PythonObject implements NativeAwaitable.Iterator {
        PFuture fut;

        FutureIter(PFuture fut) {
            super(AsyncioModule.FUTURE_ITER);
            this.fut = fut;
        }

        @Override
        public Object stepNone() {
            PFuture f = fut;
            if (f == null) {
                return new Generators.Done(PNone.NONE);
            }
            if (f.state == PENDING) {
                if (!f.blocking) {
                    f.blocking = true;
                    return f;
                }
                throw notAwaited();
            }
            fut = null;
            return new Generators.Done(f.result());
        }

        @Override
        public PException throwThrough(PBaseException exc) {
            return new PException(exc);
        }

        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        static PException notAwaited() {
            return PException.runtimeError("await wasn't used with future");
        }

        Object next() {
            PFuture f = fut;
            if (f == null) {
                throw new PException(new PBaseException(ExceptionClasses.StopIteration));
            }
            if (f.state == PENDING) {
                if (!f.blocking) {
                    f.blocking = true;
                    return f;
                }
                throw PException.runtimeError("await wasn't used with future");
            }
            fut = null;
            Object r = f.result();
            throw new PException(new PBaseException(ExceptionClasses.StopIteration, new Object[]{r}));
        }
    }
}
