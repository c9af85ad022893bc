package org.kairos.asyncio;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.source.Source;
import org.kairos.KairosContext;
import org.kairos.builtins.Builtins;
import org.kairos.compiler.ModuleCompiler;
import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.Ops;
import org.kairos.runtime.PBaseException;
import org.kairos.runtime.PBuiltinFunction;
import org.kairos.runtime.PCell;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PCode;
import org.kairos.runtime.PContext;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PException;
import org.kairos.runtime.PFunction;
import org.kairos.runtime.PGenerator;
import org.kairos.runtime.PList;
import org.kairos.runtime.PModule;
import org.kairos.runtime.PNone;
import org.kairos.runtime.PSet;
import org.kairos.runtime.PTuple;
import org.kairos.runtime.Py;
import org.kairos.runtime.ThreadState;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@code asyncio} module: the Java core (event loop, Future, Task, handles, current task
 * and task registry) plus the higher-level API written in guest Python and bundled as a resource
 * ({@code asyncio_impl.py}), executed into the same namespace.
 */
final class AsyncioModule {
    private AsyncioModule() {
    }

    static final PClass CancelledError = exc("CancelledError", ExceptionClasses.BaseException);
    static final PClass InvalidStateError = exc("InvalidStateError", ExceptionClasses.Exception);
    static final PClass FUTURE = cls("Future", PClass.OBJECT, "_asyncio");
    static final PClass TASK = cls("Task", FUTURE, "_asyncio");
    /** Key of asyncio's own eager_task_factory in the context's module state. */
    private static final Object EAGER_TASK_FACTORY = new Object();
    static final PClass FUTURE_ITER = cls("FutureIter", PClass.OBJECT, "_asyncio");
    static final PClass LOOP = cls("BaseEventLoop", PClass.OBJECT, "asyncio.base_events");
    static final PClass HANDLE = cls("Handle", PClass.OBJECT, "asyncio.events");
    static final PClass TIMER_HANDLE = cls("TimerHandle", HANDLE, "asyncio.events");
    private static boolean installed;

    private static PClass exc(String name, PClass base) {
        PClass c = new PClass(name, base, PClass.Layout.EXCEPTION);
        c.ns.putStr("__module__", "asyncio.exceptions");
        return c;
    }

    private static PClass cls(String name, PClass base, String module) {
        PClass c = new PClass(name, base, PClass.Layout.OTHER);
        c.ns.putStr("__module__", module);
        return c;
    }

    static PModule create(KairosContext ctx) {
        installClasses();
        PModule m = new PModule("asyncio");
        m.put("__builtins__", ctx.builtins());
        m.put("__package__", "asyncio");
        m.put("__path__", new PList());
        m.put("Future", FUTURE);
        m.put("Task", TASK);
        m.put("Handle", HANDLE);
        m.put("TimerHandle", TIMER_HANDLE);
        m.put("CancelledError", CancelledError);
        m.put("InvalidStateError", InvalidStateError);
        m.put("TimeoutError", ExceptionClasses.TimeoutError);
        m.put("_EventLoop", LOOP);
        PDict d = m.dict;
        Builtins.def(d, "_new_event_loop", "cls, /", a -> {
            EventLoop l = new EventLoop(m);
            l.cls = classArg(a[0]);
            return l;
        });
        Builtins.def(d, "get_running_loop", "", a -> runningLoop());
        Builtins.def(d, "create_task", "coro, *, name=None, context=None", a -> {
            Object l = runningLoop();
            if (l instanceof EventLoop el && hasOwnCreateTask(el)) {
                return createTask(el, a[0], a[1], a[2]);
            }
            return Py.callKw(Py.getAttr(l, "create_task"), new Object[]{a[0], a[1], a[2]}, new String[]{"name", "context"});
        });
        Builtins.def(d, "_get_running_loop", "", a -> {
            Object l = EventLoop.ts().asyncioRunningLoop;
            return l == null ? PNone.NONE : l;
        });
        Builtins.def(d, "_set_running_loop", "loop, /", a -> {
            EventLoop.ts().asyncioRunningLoop = a[0] == PNone.NONE ? null : a[0];
            return PNone.NONE;
        });
        Builtins.def(d, "current_task", "loop=None", a -> {
            Object t = currentTaskOf(a[0] == PNone.NONE ? runningLoop() : a[0]);
            return t == null ? PNone.NONE : t;
        });
        Builtins.def(d, "all_tasks", "loop=None", a -> {
            Object l = a[0] == PNone.NONE ? runningLoop() : a[0];
            PSet s = new PSet(PClass.SET);
            if (l instanceof EventLoop el) {
                for (PTask t = el.tasksHead; t != null; t = t.next) {
                    if (t.state == PFuture.PENDING) {
                        s.add(t);
                    }
                }
            }
            return s;
        });
        Builtins.def(d, "_register_task", "task, /", a -> {
            if (a[0] instanceof PTask t) {
                t.register();
            }
            return PNone.NONE;
        });
        Builtins.def(d, "_unregister_task", "task, /", a -> {
            if (a[0] instanceof PTask t) {
                t.unregister();
            }
            return PNone.NONE;
        });
        Builtins.def(d, "_enter_task", "loop, task, /", a -> {
            Object current = currentTaskOf(a[0]);
            if (current != null) {
                throw PException.runtimeError("Cannot enter into task " + Py.repr(a[1]) + " while another task " + Py.repr(current) + " is being executed.");
            }
            setCurrentTask(a[0], a[1]);
            return PNone.NONE;
        });
        Builtins.def(d, "_leave_task", "loop, task, /", a -> {
            Object current = currentTaskOf(a[0]);
            if (current != a[1]) {
                throw PException.runtimeError("Leaving task " + Py.repr(a[1]) + " does not match the current task " + Py.repr(current == null ? PNone.NONE : current) + ".");
            }
            setCurrentTask(a[0], null);
            return PNone.NONE;
        });
        Builtins.def(d, "_swap_current_task", "loop, task, /", a -> {
            Object prev = currentTaskOf(a[0]);
            setCurrentTask(a[0], a[1] == PNone.NONE ? null : a[1]);
            return prev == null ? PNone.NONE : prev;
        });
        Builtins.def(d, "_format_coro", "coro, /", a -> formatCoroutine(a[0]));
        Builtins.def(d, "_sleep0", "", a -> new Sleep0());
        Gather.install(m);
        TaskGroups.install(m);
        EventWait.install(m);
        Sleep.install(m);
        Builtins.def(d, "_register_eager_task_factory", "factory, /", a -> {
            KairosContext.get(null).moduleState.put(EAGER_TASK_FACTORY, a[0]);
            return PNone.NONE;
        });
        Builtins.def(d, "_load_sync", "", a -> {
            if (m.dict.getStr("Queue") == null) {
                runResource(KairosContext.get(null), m, "asyncio_sync.py", "asyncio/locks.py");
            }
            return PNone.NONE;
        });
        runResource(ctx, m, "asyncio_impl.py", "asyncio/__init__.py");
        return m;
    }

    /** Key of {@link #otherLoopTasks} in the context's module state. */
    private static final Object OTHER_LOOP_TASKS = new Object();

    /**
     * The current tasks of loops that are no Kairos event loop (CPython keeps every loop's in a
     * dict): {@code _enter_task} and friends accept any object as the loop.
     */
    @SuppressWarnings("unchecked")
    private static java.util.Map<Object, Object> otherLoopTasks() {
        return (java.util.Map<Object, Object>) KairosContext.get(null).moduleState.computeIfAbsent(OTHER_LOOP_TASKS, k -> new java.util.IdentityHashMap<>());
    }

    /** The loop's current task, or null. */
    static Object currentTaskOf(Object loop) {
        if (loop instanceof EventLoop el) {
            return el.currentTask;
        }
        return otherLoopTasks().get(loop);
    }

    private static void setCurrentTask(Object loop, Object task) {
        if (loop instanceof EventLoop el) {
            el.currentTask = task;
        } else if (task == null) {
            otherLoopTasks().remove(loop);
        } else {
            otherLoopTasks().put(loop, task);
        }
    }

    /** A class argument of asyncio's private helpers. */
    static PClass classArg(Object o) {
        if (o instanceof PClass c) {
            return c;
        }
        throw PException.typeError("a class is required, not " + Py.typeName(o));
    }

    /** {@code events.get_running_loop()}. */
    static Object runningLoop() {
        Object l = EventLoop.ts().asyncioRunningLoop;
        if (l == null) {
            throw PException.runtimeError("no running event loop");
        }
        return l;
    }

    /** Runs a bundled Python part of asyncio into the module's namespace (def bodies compile on first call). */
    private static void runResource(KairosContext ctx, PModule m, String resource, String filename) {
        String text;
        try (InputStream in = AsyncioModule.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw PException.raise(ExceptionClasses.ImportError, "cannot load " + resource);
        }
        Source src = Source.newBuilder("kairos", text, filename).build();
        PCode code = ModuleCompiler.compileModule(ctx.language, src, filename, false, true);
        PFunction fn = new PFunction(code, m.dict, new Object[0], null, new PCell[0]);
        code.callTarget().call(new Object[]{fn});
    }

    static Object futureLoop(Object f) {
        if (f instanceof PFuture pf) {
            return pf.loop;
        }
        Object gl = Py.getAttrOrNull(f, "get_loop");
        if (gl != null) {
            return Py.call(gl);
        }
        return Py.getAttr(f, "_loop");
    }

    /** An awaitable whose iterator yields None once: {@code sleep(0)}'s bare yield. */
    static final class Sleep0 extends org.kairos.runtime.PythonObject implements org.kairos.runtime.NativeAwaitable, org.kairos.runtime.NativeAwaitable.Iterator {
        boolean yielded;

        Sleep0() {
            super(SLEEP0);
        }

        @Override
        public Object fastAwaitIterator() {
            return this;
        }

        @Override
        public Object stepNone() {
            if (!yielded) {
                yielded = true;
                return PNone.NONE;
            }
            return new org.kairos.runtime.Generators.Done(PNone.NONE);
        }
    }

    static final PClass SLEEP0 = cls("_Sleep0", PClass.OBJECT, "asyncio.tasks");

    // ------------------------------------------------------------------------ helpers

    private static PFuture fut(Object o) {
        if (o instanceof PFuture f) {
            return f;
        }
        throw PException.typeError("descriptor requires a '_asyncio.Future' object but received '" + Py.typeName(o) + "'");
    }

    private static PTask task(Object o) {
        if (o instanceof PTask t) {
            return t;
        }
        throw PException.typeError("descriptor requires a '_asyncio.Task' object but received '" + Py.typeName(o) + "'");
    }

    private static EventLoop loop(Object o) {
        return (EventLoop) o;
    }

    private static PContext ctxArg(Object o) {
        if (o == PNone.NONE || o == PNone.NO_VALUE) {
            return null;
        }
        if (o instanceof PContext c) {
            return c;
        }
        throw PException.typeError("context must be a Context object, not " + Py.typeName(o));
    }

    private static Object[] tupleItems(Object o) {
        return ((PTuple) o).items;
    }

    static Object getEventLoopForFuture(Object loopArg) {
        if (loopArg != PNone.NONE && loopArg != PNone.NO_VALUE) {
            return loopArg;
        }
        Object l = EventLoop.ts().asyncioRunningLoop;
        if (l != null) {
            return l;
        }
        return Py.call(((PModule) Py.call(KairosContext.get(null).builtinsDict().getStr("__import__"), "asyncio")).dict.getStr("get_event_loop"));
    }

    /**
     * Callback validation happens only in debug mode (a bad callback otherwise fails when run and is
     * reported through the exception handler); call_later reports as call_at, which it delegates to.
     */
    private static void checkCallback(EventLoop l, Object cb, String method) {
        if (!l.debug) {
            return;
        }
        if (cb instanceof PGenerator g && g.kind() == PGenerator.Kind.COROUTINE || cb instanceof PFunction f && f.code.isCoroutine) {
            throw PException.typeError("coroutines cannot be used with " + method + "()");
        }
        if (!Py.isCallable(cb)) {
            throw PException.typeError("a callable object was expected by " + method + "(), got " + Py.repr(cb));
        }
    }

    private static synchronized void installClasses() {
        if (installed) {
            return;
        }
        installed = true;
        installFuture();
        installTask();
        installLoop();
        installHandles();
        Gather.installClass();
        PClass it = FUTURE_ITER;
        Builtins.method(it, "__iter__", "self, /", a -> a[0]);
        Builtins.method(it, "__next__", "self, /", a -> ((PFuture.FutureIter) a[0]).next());
        Builtins.method(it, "send", "self, value, /", a -> ((PFuture.FutureIter) a[0]).next());
        Builtins.method(it, "throw", "self, typ, val=?, tb=?, /", a -> {
            Object e = a[2] != PNone.NO_VALUE && a[2] != PNone.NONE ? a[2] : a[1];
            if (e instanceof PClass c) {
                e = Py.call(c);
            }
            throw new PException((PBaseException) e);
        });
        Builtins.method(it, "close", "self, /", a -> {
            ((PFuture.FutureIter) a[0]).fut = null;
            return PNone.NONE;
        });
        PClass s0 = SLEEP0;
        Builtins.method(s0, "__await__", "self, /", a -> a[0]);
        Builtins.method(s0, "__iter__", "self, /", a -> a[0]);
        Builtins.method(s0, "__next__", "self, /", a -> {
            Sleep0 s = (Sleep0) a[0];
            if (!s.yielded) {
                s.yielded = true;
                return PNone.NONE;
            }
            throw new PException(new PBaseException(ExceptionClasses.StopIteration));
        });
        Builtins.method(s0, "send", "self, value, /", a -> Py.callMethod(a[0], "__next__"));
        Builtins.method(s0, "throw", "self, typ, val=?, tb=?, /", a -> {
            Object e = a[2] != PNone.NO_VALUE && a[2] != PNone.NONE ? a[2] : a[1];
            if (e instanceof PClass c) {
                e = Py.call(c);
            }
            throw new PException((PBaseException) e);
        });
        Builtins.method(s0, "close", "self, /", a -> PNone.NONE);
    }

    private static void installFuture() {
        PClass c = FUTURE;
        Builtins.staticMethod(c, "__new__", "cls, *args, **kwargs", a -> {
            PClass k = (PClass) a[0];
            return k.isSubclassOf(TASK) ? new PTask(k) : k.isSubclassOf(Gather.GATHERING_FUTURE) ? new Gather.PGatheringFuture(k) : new PFuture(k);
        });
        Builtins.method(c, "__init__", "self, *, loop=None", a -> {
            PFuture f = fut(a[0]);
            f.loop = getEventLoopForFuture(a[1]);
            return PNone.NONE;
        });
        Builtins.method(c, "result", "self, /", a -> fut(a[0]).result());
        Builtins.method(c, "exception", "self, /", a -> fut(a[0]).exception());
        Builtins.method(c, "done", "self, /", a -> fut(a[0]).state != PFuture.PENDING);
        Builtins.method(c, "cancelled", "self, /", a -> fut(a[0]).state == PFuture.CANCELLED);
        Builtins.method(c, "cancel", "self, /, msg=None", a -> fut(a[0]).cancel(a[1]));
        Builtins.method(c, "get_loop", "self, /", a -> fut(a[0]).loop);
        Builtins.method(c, "set_result", "self, result, /", a -> {
            fut(a[0]).setResult(a[1]);
            return PNone.NONE;
        });
        Builtins.method(c, "set_exception", "self, exception, /", a -> {
            fut(a[0]).setException(a[1]);
            return PNone.NONE;
        });
        Builtins.method(c, "add_done_callback", "self, fn, /, *, context=None", a -> {
            PContext ctx = ctxArg(a[2]);
            fut(a[0]).addDoneCallback(a[1], ctx == null ? EventLoop.copyContext() : ctx);
            return PNone.NONE;
        });
        Builtins.method(c, "remove_done_callback", "self, fn, /", a -> fut(a[0]).removeDoneCallback(a[1]));
        Builtins.method(c, "__await__", "self, /", a -> new PFuture.FutureIter(fut(a[0])));
        Builtins.method(c, "__iter__", "self, /", a -> new PFuture.FutureIter(fut(a[0])));
        Builtins.method(c, "__repr__", "self, /", a -> futureRepr(fut(a[0])));
        Builtins.method(c, "_make_cancelled_error", "self, /", a -> fut(a[0]).makeCancelledError());
        Builtins.classMethod(c, "__class_getitem__", "cls, item, /", a -> a[0]);
        Builtins.getset(c, "_asyncio_future_blocking", o -> fut(o).blocking, (o, v) -> fut(o).blocking = Py.isTrue(v));
        Builtins.getset(c, "_log_traceback", o -> fut(o).logTraceback, (o, v) -> {
            if (Py.isTrue(v)) {
                throw PException.valueError("_log_traceback can only be set to False");
            }
            fut(o).clearLogTraceback();
        });
        Builtins.getset(c, "_state", o -> fut(o).stateName(), null);
        Builtins.getset(c, "_loop", o -> fut(o).loop == null ? PNone.NONE : fut(o).loop, null);
        Builtins.getset(c, "_result", o -> fut(o).res() == null ? PNone.NONE : fut(o).res(), null);
        Builtins.getset(c, "_exception", o -> fut(o).exc() == null ? PNone.NONE : fut(o).exc(), null);
        Builtins.getset(c, "_cancel_message", o -> fut(o).cancelMsg() == null ? PNone.NONE : fut(o).cancelMsg(), (o, v) -> fut(o).setCancelMsg(v));
        Builtins.getset(c, "_source_traceback", o -> PNone.NONE, null);
        Builtins.getset(c, "_callbacks", o -> {
            PFuture f = fut(o);
            PList l = new PList();
            if (f.callback0 != null) {
                l.append(new PTuple(new Object[]{PTask.callbackView(f.callback0), f.context0 == null ? PNone.NONE : f.context0}));
            }
            ArrayList<Object> more = f.moreCallbacks();
            if (more != null) {
                for (int i = 0; i < more.size(); i += 2) {
                    l.append(new PTuple(new Object[]{PTask.callbackView(more.get(i)), more.get(i + 1) == null ? PNone.NONE : more.get(i + 1)}));
                }
            }
            return l;
        }, null);
    }

    private static void installTask() {
        PClass c = TASK;
        Builtins.method(c, "__init__", "self, coro, *, loop=None, name=None, context=None, eager_start=False", a -> {
            initTask(task(a[0]), getEventLoopForFuture(a[2]), a[1], a[3], ctxArg(a[4]), Py.isTrue(a[5]));
            return PNone.NONE;
        });
        Builtins.method(c, "get_coro", "self, /", a -> task(a[0]).coro == null ? PNone.NONE : task(a[0]).coro);
        Builtins.method(c, "get_context", "self, /", a -> task(a[0]).context);
        Builtins.method(c, "get_name", "self, /", a -> task(a[0]).getName());
        Builtins.method(c, "set_name", "self, value, /", a -> {
            task(a[0]).setName(a[1] instanceof String ? a[1] : Py.str(a[1]));
            return PNone.NONE;
        });
        Builtins.method(c, "cancel", "self, /, msg=None", a -> task(a[0]).cancel(a[1]));
        Builtins.method(c, "cancelling", "self, /", a -> (long) task(a[0]).cancelsRequested());
        Builtins.method(c, "uncancel", "self, /", a -> {
            PTask t = task(a[0]);
            int n = t.cancelsRequested();
            if (n > 0) {
                t.extras().cancelsRequested = --n;
                if (n == 0) {
                    t.mustCancel = false;
                }
            }
            return (long) t.cancelsRequested();
        });
        Builtins.method(c, "set_result", "self, result, /", a -> {
            throw PException.runtimeError("Task does not support set_result operation");
        });
        Builtins.method(c, "set_exception", "self, exception, /", a -> {
            throw PException.runtimeError("Task does not support set_exception operation");
        });
        Builtins.method(c, "__repr__", "self, /", a -> taskRepr(task(a[0])));
        Builtins.method(c, "get_stack", "self, /, *, limit=None", a -> {
            PTask t = task(a[0]);
            PList l = new PList();
            if (t.state == PFuture.PENDING && t.coro != null) {
                Object fr = Py.getAttrOrNull(t.coro, "cr_frame");
                if (fr != null && fr != PNone.NONE) {
                    l.append(fr);
                }
            } else if (t.state == PFuture.FINISHED && t.failed) {
                // A failed task's stack is the traceback it died with, outermost frame first.
                long limit = a[1] == PNone.NONE ? Long.MAX_VALUE : Py.indexToLong(a[1]);
                Object tb = Py.getAttr(t.exc(), "__traceback__");
                while (tb != PNone.NONE && limit-- > 0) {
                    Object fr = Py.getAttr(tb, "tb_frame");
                    if (fr != PNone.NONE) {
                        l.append(fr);
                    }
                    tb = Py.getAttr(tb, "tb_next");
                }
            }
            return l;
        });
        Builtins.getset(c, "_coro", o -> task(o).coro == null ? PNone.NONE : task(o).coro, null);
        Builtins.getset(c, "_fut_waiter", o -> task(o).futWaiter == null ? PNone.NONE : task(o).futWaiter, null);
        Builtins.getset(c, "_must_cancel", o -> task(o).mustCancel, null);
        Builtins.getset(c, "_log_destroy_pending", o -> task(o).logDestroyPending, (o, v) -> task(o).logDestroyPending = Py.isTrue(v));
        Builtins.getset(c, "_num_cancels_requested", o -> (long) task(o).cancelsRequested(), null);
    }

    static boolean isCoroutine(Object coro) {
        if (coro instanceof PGenerator g) {
            return g.kind() == PGenerator.Kind.COROUTINE || (g.kind() == PGenerator.Kind.GENERATOR && g.code.iterableCoroutine);
        }
        return Py.getAttrOrNull(coro, "send") != null && Py.getAttrOrNull(coro, "throw") != null && Py.getAttrOrNull(coro, "__await__") != null;
    }

    private static void installLoop() {
        PClass c = LOOP;
        Builtins.method(c, "time", "self, /", a -> loop(a[0]).time());
        Builtins.method(c, "run_forever", "self, /", a -> {
            loop(a[0]).runForever();
            return PNone.NONE;
        });
        Builtins.method(c, "stop", "self, /", a -> {
            loop(a[0]).stopping = true;
            loop(a[0]).wakeUp();
            return PNone.NONE;
        });
        Builtins.method(c, "is_running", "self, /", a -> loop(a[0]).isRunning());
        Builtins.method(c, "is_closed", "self, /", a -> loop(a[0]).closed);
        Builtins.method(c, "_close", "self, /", a -> {
            EventLoop l = loop(a[0]);
            if (l.isRunning()) {
                throw PException.runtimeError("Cannot close a running event loop");
            }
            if (l.closed) {
                return false;
            }
            UnretrievedExceptions.sweepNow();
            l.closed = true;
            l.ready.clear();
            l.scheduled.clear();
            return true;
        });
        Builtins.method(c, "_take_asyncgens", "self, /", a -> loop(a[0]).takeAsyncgens());
        Builtins.method(c, "_check_closed", "self, /", a -> {
            loop(a[0]).checkClosed();
            return PNone.NONE;
        });
        Builtins.method(c, "_check_running", "self, /", a -> {
            loop(a[0]).checkRunning();
            return PNone.NONE;
        });
        Builtins.getset(c, "_stopping", o -> loop(o).stopping, (o, v) -> loop(o).stopping = Py.isTrue(v));
        Builtins.getset(c, "_ready", o -> {
            PList l = new PList();
            EventLoop el = loop(o);
            for (int i = 0; i < el.ready.size(); i++) {
                l.append(el.handleView(el.ready.get(i)));
            }
            return l;
        }, null);
        Builtins.getset(c, "_scheduled", o -> {
            PList l = new PList();
            for (Handle h : loop(o).scheduled) {
                l.append(h);
            }
            return l;
        }, null);
        Builtins.getset(c, "_extra", o -> loop(o).extra, null);
        Builtins.method(c, "call_soon", "self, callback, /, *args, context=None", a -> {
            EventLoop l = loop(a[0]);
            l.checkClosed();
            checkCallback(l, a[1], "call_soon");
            return l.callSoonChecked(a[1], tupleItems(a[2]), ctxArg(a[3]));
        });
        Builtins.method(c, "call_soon_threadsafe", "self, callback, /, *args, context=None", a -> {
            EventLoop l = loop(a[0]);
            l.checkClosed();
            checkCallback(l, a[1], "call_soon_threadsafe");
            return l.callSoonThreadsafe(a[1], tupleItems(a[2]), ctxArg(a[3]));
        });
        Builtins.method(c, "call_later", "self, delay, callback, /, *args, context=None", a -> {
            EventLoop l = loop(a[0]);
            if (a[1] == PNone.NONE) {
                throw PException.typeError("delay must not be None");
            }
            double when = laterTime(l, a[1]);
            l.checkClosed();
            checkCallback(l, a[2], "call_at");
            return l.callAt(when, a[2], tupleItems(a[3]), ctxArg(a[4]));
        });
        Builtins.method(c, "call_at", "self, when, callback, /, *args, context=None", a -> {
            EventLoop l = loop(a[0]);
            if (a[1] == PNone.NONE) {
                throw PException.typeError("when cannot be None");
            }
            l.checkClosed();
            checkCallback(l, a[2], "call_at");
            return l.callAt(toDouble(a[1]), a[2], tupleItems(a[3]), ctxArg(a[4]));
        });
        Builtins.method(c, "create_future", "self, /", a -> {
            PFuture f = new PFuture(FUTURE);
            f.loop = a[0];
            return f;
        });
        Builtins.method(c, "_create_task", "self, coro, /, name, context", a -> newTask(loop(a[0]), a[1], a[2], a[3]));
        Builtins.method(c, "create_task", "self, coro, *, name=None, context=None", a -> createTask(loop(a[0]), a[1], a[2], a[3]));
        Builtins.method(c, "get_debug", "self, /", a -> loop(a[0]).debug);
        Builtins.method(c, "set_debug", "self, enabled, /", a -> {
            loop(a[0]).debug = Py.isTrue(a[1]);
            return PNone.NONE;
        });
        Builtins.method(c, "set_exception_handler", "self, handler, /", a -> {
            if (a[1] != PNone.NONE && !Py.isCallable(a[1])) {
                throw PException.typeError("A callable object or None is expected, got " + Py.repr(a[1]));
            }
            loop(a[0]).exceptionHandler = a[1];
            return PNone.NONE;
        });
        Builtins.method(c, "get_exception_handler", "self, /", a -> loop(a[0]).exceptionHandler);
        Builtins.method(c, "set_task_factory", "self, factory, /", a -> {
            if (a[1] != PNone.NONE && !Py.isCallable(a[1])) {
                throw PException.typeError("task factory must be a callable or None");
            }
            EventLoop l = loop(a[0]);
            l.taskFactory = a[1];
            l.eagerTaskFactory = a[1] != PNone.NONE && a[1] == KairosContext.get(null).moduleState.get(EAGER_TASK_FACTORY);
            return PNone.NONE;
        });
        Builtins.method(c, "get_task_factory", "self, /", a -> loop(a[0]).taskFactory);
        Builtins.method(c, "__repr__", "self, /", a -> {
            EventLoop l = loop(a[0]);
            return "<" + l.cls.name + " running=" + (l.isRunning() ? "True" : "False") + " closed=" + (l.closed ? "True" : "False") + " debug=" + (l.debug ? "True" : "False") + ">";
        });
    }

    /** Task.__init__ after argument parsing: a task of {@code loop} running {@code coro}, started eagerly if asked. */
    static void initTask(PTask t, Object loop, Object coro, Object name, PContext ctx, boolean eagerStart) {
        t.loop = loop;
        if (!isCoroutine(coro)) {
            t.logDestroyPending = false;
            throw PException.typeError("a coroutine was expected, got " + Py.repr(coro));
        }
        t.context = ctx == null ? EventLoop.copyContext() : ctx;
        t.coro = coro;
        EventLoop l = t.javaLoop();
        if (name == PNone.NONE) {
            t.nameNumber = (l != null ? l.taskNames : PTask.nameCounter(KairosContext.get(null))).incrementAndGet();
            t.setName(null);
        } else {
            t.setName(name instanceof String ? name : Py.str(name));
        }
        if (l == null) {
            throw PException.typeError("Task requires a Kairos event loop");
        }
        if (eagerStart && l.isRunning()) {
            t.eagerStart(EventLoop.ts());
            return;
        }
        t.scheduleFirstStep();
        t.register();
    }

    /** Whether {@code l.create_task} is the default loop's own (no subclass or instance overrides it). */
    static boolean hasOwnCreateTask(EventLoop l) {
        PDict d = l.dict;
        return (d == null || d.getStr("create_task") == null) && l.cls.lookup("create_task") == LOOP.namespace().getStr("create_task");
    }

    /** loop._create_task(coro, name, context): a plain Task, as the default loop's create_task makes it. */
    static PTask newTask(EventLoop l, Object coro, Object name, Object context) {
        l.checkClosed();
        PTask t = new PTask(TASK);
        initTask(t, l, coro, name, ctxArg(context), false);
        return t;
    }

    /**
     * The default loop's create_task: a plain Task without a task factory, an eager one (named
     * afterwards, as the factory path does) with asyncio's own eager_task_factory, which is known
     * to do nothing else; any other factory is called.
     */
    static Object createTask(EventLoop l, Object coro, Object name, Object context) {
        l.checkClosed();
        Object factory = l.taskFactory;
        if (factory == PNone.NONE) {
            PTask t = new PTask(TASK);
            initTask(t, l, coro, name, ctxArg(context), false);
            return t;
        }
        Object task;
        if (l.eagerTaskFactory) {
            PTask t = new PTask(TASK);
            initTask(t, l, coro, PNone.NONE, ctxArg(context), true);
            task = t;
        } else if (context == PNone.NONE) {
            task = Py.call(factory, l, coro);
        } else {
            task = Py.callKw(factory, new Object[]{l, coro, context}, new String[]{"context"});
        }
        if (name != PNone.NONE) {
            Py.callMethod(task, "set_name", name);
        }
        return task;
    }

    /** {@code loop.time() + delay}, added as Python adds (a delay that is no number raises TypeError there). */
    static double laterTime(EventLoop l, Object delay) {
        double now = l.time();
        if (delay instanceof Double d) {
            return now + d;
        }
        if (delay instanceof Long n) {
            return now + n;
        }
        return toDouble(Ops.binary(Ops.BinOp.ADD, now, delay));
    }

    static double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        Object f = Py.call(KairosContext.get(null).builtinsDict().getStr("float"), o);
        return (Double) f;
    }

    private static void installHandles() {
        PClass h = HANDLE;
        Builtins.method(h, "cancel", "self, /", a -> {
            ((Handle) a[0]).cancel();
            return PNone.NONE;
        });
        Builtins.method(h, "cancelled", "self, /", a -> ((Handle) a[0]).cancelled);
        Builtins.method(h, "get_context", "self, /", a -> ((Handle) a[0]).context);
        Builtins.method(h, "_run", "self, /", a -> {
            Handle hd = (Handle) a[0];
            hd.loop.runHandle(EventLoop.ts(), hd);
            return PNone.NONE;
        });
        Builtins.method(h, "__repr__", "self, /", a -> {
            Handle hd = (Handle) a[0];
            StringBuilder sb = new StringBuilder("<").append(hd.cls.name);
            if (hd instanceof Handle.TimerHandle t) {
                sb.append(" when=").append(Py.repr(t.when));
            }
            if (hd.cancelled) {
                sb.append(" cancelled");
            }
            if (hd.callback != null) {
                sb.append(' ').append(handleText(hd));
            }
            return sb.append('>').toString();
        });
        Builtins.method(TIMER_HANDLE, "when", "self, /", a -> ((Handle.TimerHandle) a[0]).when);
        Builtins.method(TIMER_HANDLE, "__lt__", "self, other, /", a -> ((Handle.TimerHandle) a[0]).compareTo((Handle.TimerHandle) a[1]) < 0);
    }

    // ------------------------------------------------------------------------ reprs

    static String handleText(Handle h) {
        if (h.callback == null) {
            return "";
        }
        if (h.callback instanceof Handle.JavaCallback jc) {
            return jc.describe() + "()";
        }
        StringBuilder sb = new StringBuilder(callbackName(h.callback)).append('(');
        Object[] args = h.args;
        for (int i = 0; args != null && i < args.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(shortRepr(args[i]));
        }
        sb.append(')');
        appendSource(sb, h.callback);
        return sb.toString();
    }

    private static String callbackName(Object cb) {
        Object q = Py.getAttrOrNull(cb, "__qualname__");
        if (q instanceof String s) {
            return s;
        }
        q = Py.getAttrOrNull(cb, "__name__");
        return q instanceof String s ? s : Py.repr(cb);
    }

    private static void appendSource(StringBuilder sb, Object cb) {
        if (cb instanceof PFunction f) {
            sb.append(" at ").append(f.code.filename).append(':').append(f.code.firstLineNo);
        }
    }

    private static String formatCallback(Object cb) {
        if (cb instanceof Handle.JavaCallback jc) {
            return jc.describe() + "()";
        }
        StringBuilder sb = new StringBuilder(callbackName(cb)).append("()");
        appendSource(sb, cb);
        return sb.toString();
    }

    /** reprlib.repr with its default limits, for results shown in future reprs. */
    static String shortRepr(Object o) {
        String r = Py.repr(o);
        if (o instanceof PList || o instanceof PTuple || o instanceof PDict || o instanceof PSet) {
            return r;
        }
        if (r.length() > 30) {
            if (o instanceof String) {
                return r.substring(0, 13) + "..." + r.substring(r.length() - 14);
            }
            if (!(o instanceof Long) && !(o instanceof Double)) {
                return r.substring(0, 13) + "..." + r.substring(r.length() - 14);
            }
        }
        return r;
    }

    private static List<String> futureInfo(PFuture f) {
        List<String> info = new ArrayList<>();
        info.add(f.stateName().toLowerCase());
        if (f.state == PFuture.FINISHED) {
            if (f.failed) {
                info.add("exception=" + Py.repr(f.exc()));
            } else {
                info.add("result=" + shortRepr(f.result));
            }
        }
        List<Object> cbs = new ArrayList<>();
        if (f.callback0 != null) {
            cbs.add(PTask.callbackView(f.callback0));
        }
        ArrayList<Object> more = f.moreCallbacks();
        if (more != null) {
            for (int i = 0; i < more.size(); i += 2) {
                cbs.add(PTask.callbackView(more.get(i)));
            }
        }
        if (!cbs.isEmpty()) {
            String s;
            int n = cbs.size();
            if (n == 1) {
                s = formatCallback(cbs.get(0));
            } else if (n == 2) {
                s = formatCallback(cbs.get(0)) + ", " + formatCallback(cbs.get(1));
            } else {
                s = formatCallback(cbs.get(0)) + ", <" + (n - 2) + " more>, " + formatCallback(cbs.get(n - 1));
            }
            info.add("cb=[" + s + "]");
        }
        return info;
    }

    static String futureRepr(PFuture f) {
        return "<" + f.cls.name + " " + String.join(" ", futureInfo(f)) + ">";
    }

    static String taskRepr(PTask t) {
        List<String> info = futureInfo(t);
        if (t.cancelsRequested() > 0 && t.state == PFuture.PENDING) {
            info.set(0, "cancelling");
        }
        info.add(1, "name=" + Py.repr(t.getName()));
        if (t.futWaiter != null) {
            info.add(2, "wait_for=" + Py.repr(t.futWaiter));
        }
        if (t.coro != null) {
            info.add(2, "coro=<" + formatCoroutine(t.coro) + ">");
        }
        return "<" + t.cls.name + " " + String.join(" ", info) + ">";
    }

    static String formatCoroutine(Object coro) {
        if (coro instanceof Sleep s) {
            return s.taskInfo();
        }
        if (coro instanceof PGenerator g) {
            String name = g.qualname() + "()";
            if (g.finished() || (!g.isSuspended() && !g.running())) {
                return name + " done, defined at " + g.code.filename + ":" + g.code.firstLineNo;
            }
            int line = !g.started() ? g.code.firstLineNo : g.running() ? runningLine(g) : g.suspendedLine();
            return name + " running at " + g.code.filename + ":" + line;
        }
        return callbackName(coro) + "()";
    }

    private static int runningLine(PGenerator g) {
        try {
            RootCallTarget ct = g.code.callTarget();
            Integer line = Truffle.getRuntime().iterateFrames(f -> {
                BytecodeNode bn = BytecodeNode.get(f);
                if (bn == null || bn.getBytecodeRootNode() != ct.getRootNode()) {
                    return null;
                }
                var loc = bn.getSourceLocation(f);
                return loc == null ? null : loc.getStartLine();
            });
            return line == null ? g.suspendedLine() : line;
        } catch (RuntimeException e) {
            return g.suspendedLine();
        }
    }
}
