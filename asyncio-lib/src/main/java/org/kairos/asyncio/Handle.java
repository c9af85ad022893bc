package org.kairos.asyncio;

import org.kairos.runtime.PClass;
import org.kairos.runtime.PContext;
import org.kairos.runtime.PythonObject;

/**
 * {@code asyncio.Handle}: a callback queued on the loop. The callback is either a guest callable or
 * a {@link JavaCallback} (task steps and wake-ups), which avoids building guest call frames on the
 * hot path.
 */
public class Handle extends PythonObject {
    /** A callback implemented in Java, run by the loop without going through a guest call. */
    interface JavaCallback {
        void invoke(Object[] args);

        /** How the callback appears in reprs (CPython's qualified name). */
        String describe();
    }

    Object callback;
    Object[] args;
    final PContext context;
    final EventLoop loop;
    boolean cancelled;

    Handle(PClass cls, EventLoop loop, Object callback, Object[] args, PContext context) {
        super(cls);
        this.loop = loop;
        this.callback = callback;
        this.args = args;
        this.context = context;
    }

    void cancel() {
        if (!cancelled) {
            cancelled = true;
            callback = null;
            args = null;
        }
    }

    /** {@code asyncio.TimerHandle}: a handle with a due time, ordered by (when, sequence). */
    static final class TimerHandle extends Handle implements Comparable<TimerHandle> {
        final double when;
        final long seq;
        boolean scheduled;

        TimerHandle(EventLoop loop, double when, long seq, Object callback, Object[] args, PContext context) {
            super(AsyncioModule.TIMER_HANDLE, loop, callback, args, context);
            this.when = when;
            this.seq = seq;
        }

        @Override
        void cancel() {
            if (!cancelled) {
                if (scheduled) {
                    loop.timerCancelled();
                }
                super.cancel();
            }
        }

        @Override
        public int compareTo(TimerHandle o) {
            int c = Double.compare(when, o.when);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }
}
