package org.kairos.asyncio;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.kairos.builtins.Builtins;
import org.kairos.runtime.PBaseException;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PException;
import org.kairos.runtime.PList;
import org.kairos.runtime.PModule;
import org.kairos.runtime.PNone;
import org.kairos.runtime.PTuple;
import org.kairos.runtime.Py;

import java.util.IdentityHashMap;

/**
 * {@code asyncio.gather} in Java for the common case: every argument is a coroutine or a plain
 * Future/Task of one {@link EventLoop}. It does what CPython's {@code tasks.gather} does, in the
 * same order (tasks created, done callbacks added, already finished children accounted after the
 * outer future exists), but each child's done callback is a {@link Child} that the loop runs
 * without a handle or a guest call. Anything else (a task factory other than asyncio's eager one, a
 * loop class with its own create_task, future-likes,
 * futures of several loops) goes to the guest implementation in {@code asyncio_impl.py}, which
 * uses the same {@code _GatheringFuture} class.
 */
final class Gather {
    private Gather() {
    }

    static final PClass GATHERING_FUTURE = gatheringClass();

    private static PClass gatheringClass() {
        PClass c = new PClass("_GatheringFuture", AsyncioModule.FUTURE, PClass.Layout.OTHER);
        c.ns.putStr("__module__", "asyncio.tasks");
        return c;
    }

    /** {@code _GatheringFuture}: the outer future of a gather; cancelling it cancels the children. */
    static final class PGatheringFuture extends PFuture {
        /** The children in argument order (duplicates repeated), or the guest list given to __init__. */
        Object children;
        boolean cancelRequested;
        boolean returnExceptions;
        int nfuts;
        int nfinished;

        PGatheringFuture(PClass cls) {
            super(cls);
        }

        @Override
        boolean cancel(Object msg) {
            if (state != PENDING) {
                return false;
            }
            boolean ret = false;
            for (Object child : childArray()) {
                if (PTask.cancelFuture(child, msg)) {
                    ret = true;
                }
            }
            if (ret) {
                cancelRequested = true;
            }
            return ret;
        }

        @TruffleBoundary
        Object[] childArray() {
            Object c = children;
            if (c instanceof Object[] a) {
                return a;
            }
            if (c instanceof PList l) {
                Object[] a = new Object[l.size()];
                for (int i = 0; i < a.length; i++) {
                    a[i] = l.get(i);
                }
                return a;
            }
            return c == null ? new Object[0] : org.kairos.runtime.Iteration.toArray(c);
        }

        /** CPython's {@code _done_callback} of gather, for one finished child. */
        @TruffleBoundary
        void childDone(PFuture fut) {
            nfinished++;
            if (state != PENDING) {
                if (fut.state != CANCELLED) {
                    fut.exception(); // marks the exception retrieved
                }
                return;
            }
            if (!returnExceptions) {
                if (fut.state == CANCELLED) {
                    setException(fut.makeCancelledError());
                    return;
                }
                Object exc = fut.exception();
                if (exc != PNone.NONE) {
                    setException(exc);
                    return;
                }
            }
            if (nfinished == nfuts) {
                Object[] kids = (Object[]) children;
                Object[] results = new Object[kids.length];
                for (int i = 0; i < kids.length; i++) {
                    PFuture f = (PFuture) kids[i];
                    Object res;
                    if (f.state == CANCELLED) {
                        Object m = f.cancelMsg();
                        res = new PBaseException(AsyncioModule.CancelledError, new Object[]{m == null || m == PNone.NONE ? "" : m});
                    } else {
                        res = f.exception();
                        if (res == PNone.NONE) {
                            res = f.result();
                        }
                    }
                    results[i] = res;
                }
                if (cancelRequested) {
                    setException(fut.makeCancelledError());
                } else {
                    setResult(new PList(results));
                }
            }
        }
    }

    /**
     * A child's done callback. When the child finishes, the callback itself (with {@link #fut} set)
     * goes into the ready queue, like a task wake-up: one object per child, allocated by gather.
     */
    static final class Child extends QueuedCallback {
        final PGatheringFuture outer;

        Child(PGatheringFuture outer) {
            this.outer = outer;
        }

        @Override
        void done(Object f) {
            outer.childDone((PFuture) f);
        }

        @Override
        public String describe() {
            return "gather.<locals>._done_callback";
        }
    }

    /** Whether {@code f} is a Future, Task or _GatheringFuture itself (no guest subclass that could override methods). */
    static boolean isNative(PFuture f) {
        PClass c = f.cls;
        return c == AsyncioModule.FUTURE || c == AsyncioModule.TASK || c == GATHERING_FUTURE;
    }

    /** The module's gather entry points (per module; the class methods are installed once, by {@link #installClass}). */
    static void install(PModule m) {
        m.put("_GatheringFuture", GATHERING_FUTURE);
        Builtins.def(m.dict, "gather", "*coros_or_futures, return_exceptions=False", a -> {
            PTuple args = (PTuple) a[0];
            if (args.items.length > 0) {
                Object outer = gather(args, Py.isTrue(a[1]));
                if (outer != PNone.NONE) {
                    return outer;
                }
            }
            return Py.call(m.dict.getStr("_gather_py"), args, a[1]);
        });
    }

    static void installClass() {
        PClass c = GATHERING_FUTURE;
        Builtins.method(c, "__init__", "self, children, *, loop", a -> {
            PGatheringFuture g = gathering(a[0]);
            g.loop = AsyncioModule.getEventLoopForFuture(a[2]);
            g.children = a[1];
            return PNone.NONE;
        });
        Builtins.method(c, "cancel", "self, /, msg=None", a -> gathering(a[0]).cancel(a[1]));
        Builtins.getset(c, "_children", o -> {
            Object ch = gathering(o).children;
            return ch instanceof Object[] arr ? new PList(arr.clone()) : ch == null ? new PList() : ch;
        }, null);
        Builtins.getset(c, "_cancel_requested", o -> gathering(o).cancelRequested, (o, v) -> gathering(o).cancelRequested = Py.isTrue(v));
    }

    private static PGatheringFuture gathering(Object o) {
        if (o instanceof PGatheringFuture g) {
            return g;
        }
        throw PException.typeError("descriptor requires a '_GatheringFuture' object but received '" + Py.typeName(o) + "'");
    }

    /**
     * gather(*args) when every argument qualifies (see the class comment), else None so that the
     * guest implementation ({@code _gather_py}) runs; nothing has happened yet in that case.
     */
    @TruffleBoundary
    static Object gather(PTuple argTuple, boolean returnExceptions) {
        Object[] args = argTuple.items;
        EventLoop loop = null;
        boolean anyCoroutine = false;
        for (Object arg : args) {
            if (arg instanceof PFuture f && isNative(f)) {
                if (!(f.loop instanceof EventLoop fl) || (loop != null && fl != loop)) {
                    return PNone.NONE;
                }
                loop = fl;
            } else if (arg instanceof org.kairos.runtime.PGenerator && AsyncioModule.isCoroutine(arg)) {
                anyCoroutine = true;
            } else {
                return PNone.NONE;
            }
        }
        if (anyCoroutine) {
            Object running = EventLoop.ts().asyncioRunningLoop;
            if (!(running instanceof EventLoop rl) || (loop != null && rl != loop) || !createsTasksNatively(rl)) {
                return PNone.NONE;
            }
            loop = rl;
        }
        PGatheringFuture outer = new PGatheringFuture(GATHERING_FUTURE);
        outer.loop = loop;
        outer.returnExceptions = returnExceptions;
        Object[] children = new Object[args.length];
        IdentityHashMap<Object, PFuture> argToFut = args.length > SCAN_LIMIT ? new IdentityHashMap<>(args.length) : null;
        PFuture[] doneFuts = null;
        int nDone = 0;
        int nfuts = 0;
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            PFuture fut = argToFut == null ? earlierFuture(args, children, i) : argToFut.get(arg);
            if (fut == null) {
                if (arg instanceof PFuture f) {
                    fut = f;
                } else {
                    PTask t = (PTask) AsyncioModule.createTask(loop, arg, PNone.NONE, PNone.NONE);
                    t.logDestroyPending = false;
                    fut = t;
                }
                nfuts++;
                if (argToFut != null) {
                    argToFut.put(arg, fut);
                }
                if (fut.state != PFuture.PENDING) {
                    if (doneFuts == null) {
                        doneFuts = new PFuture[args.length];
                    }
                    doneFuts[nDone++] = fut;
                } else {
                    fut.addDoneCallback(new Child(outer), null);
                }
            }
            children[i] = fut;
        }
        outer.children = children;
        outer.nfuts = nfuts;
        for (int i = 0; i < nDone; i++) {
            outer.childDone(doneFuts[i]);
        }
        return outer;
    }

    /**
     * Up to this many arguments, a repeated one (CPython maps it to the same child) is found by
     * comparing it with those before it. Most gathers have a few arguments, and hashing them cost
     * more: an identity hash of a new object is made by the VM (C1 does not inline it), and under
     * compact object headers a hashed object grows by a field when the collector moves it.
     */
    private static final int SCAN_LIMIT = 16;

    /** The child made for an earlier argument identical to {@code args[i]}, or null. */
    private static PFuture earlierFuture(Object[] args, Object[] children, int i) {
        Object arg = args[i];
        for (int j = 0; j < i; j++) {
            if (args[j] == arg) {
                return (PFuture) children[j];
            }
        }
        return null;
    }

    /**
     * Whether ensure_future(coro) on {@code l} makes a Task in Java: the loop's create_task is the
     * default one, and there is no task factory or only asyncio's own eager_task_factory.
     */
    private static boolean createsTasksNatively(EventLoop l) {
        return (l.taskFactory == PNone.NONE || l.eagerTaskFactory) && AsyncioModule.hasOwnCreateTask(l);
    }
}
