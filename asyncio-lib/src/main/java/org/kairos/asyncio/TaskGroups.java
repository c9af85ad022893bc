package org.kairos.asyncio;

import static org.kairos.asyncio.LibAttrs.get;
import static org.kairos.asyncio.LibAttrs.plain;
import static org.kairos.asyncio.LibAttrs.set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.kairos.builtins.Builtins;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PException;
import org.kairos.runtime.PList;
import org.kairos.runtime.PModule;
import org.kairos.runtime.PNone;
import org.kairos.runtime.PSet;
import org.kairos.runtime.Py;
import org.kairos.runtime.PythonObject;

/**
 * The two per-task methods of {@code asyncio.TaskGroup}, {@code create_task} and
 * {@code _on_task_done}, in Java; the rest of the class is guest code in {@code asyncio_impl.py},
 * which hands its class to {@code _taskgroup_native} once defined. They run once per task, so as
 * guest code they were interpreted, and compiled, on every task-group workload's hot path. They
 * do what CPython's {@code taskgroups.py} does, in the same order. Instances of TaskGroup itself
 * have their attributes read straight from the instance dict and get a Java done callback; a
 * subclass goes through ordinary attribute access and method calls.
 */
final class TaskGroups {
    private TaskGroups() {
    }

    static void install(PModule m) {
        Builtins.def(m.dict, "_taskgroup_native", "cls, /", a -> {
            PClass cls = AsyncioModule.classArg(a[0]);
            Builtins.libMethod(cls, "__init__", "self, /", b -> {
                init(cls, b[0]);
                return PNone.NONE;
            });
            Builtins.libMethod(cls, "create_task", "self, coro, *, name=None, context=None", b -> createTask(cls, b[0], b[1], b[2], b[3]));
            Builtins.libMethod(cls, "_on_task_done", "self, task", b -> {
                onTaskDone(cls, b[0], b[1]);
                return PNone.NONE;
            });
            TaskGroupContext.install(cls);
            return PNone.NONE;
        });
    }

    /** {@code TaskGroup.__init__}: the attributes CPython's sets, in its order. */
    private static void init(PClass cls, Object tg) {
        if (tg instanceof PythonObject po && po.cls == cls) {
            po.getOrCreateDict();
        }
        set(cls, tg, "_entered", false);
        set(cls, tg, "_exiting", false);
        set(cls, tg, "_aborting", false);
        set(cls, tg, "_loop", PNone.NONE);
        set(cls, tg, "_parent_task", PNone.NONE);
        set(cls, tg, "_parent_cancel_requested", false);
        set(cls, tg, "_tasks", new PSet(PClass.SET));
        set(cls, tg, "_errors", new PList());
        set(cls, tg, "_base_error", PNone.NONE);
        set(cls, tg, "_on_completed_fut", PNone.NONE);
    }

    /** The group's done callback on a task, as reprs show it (CPython's bound method). */
    static final class Done extends QueuedCallback {
        final PClass cls;
        final Object group;

        Done(PClass cls, Object group) {
            this.cls = cls;
            this.group = group;
        }

        @Override
        void done(Object f) {
            onTaskDone(cls, group, f);
        }

        @Override
        public String describe() {
            return "TaskGroup._on_task_done";
        }
    }

    @TruffleBoundary
    static Object createTask(PClass cls, Object tg, Object coro, Object name, Object context) {
        if (!Py.isTrue(get(cls, tg, "_entered"))) {
            throw refuse(coro, "TaskGroup " + Py.repr(tg) + " has not been entered");
        }
        if (Py.isTrue(get(cls, tg, "_exiting")) && !Py.isTrue(get(cls, tg, "_tasks"))) {
            throw refuse(coro, "TaskGroup " + Py.repr(tg) + " is finished");
        }
        if (Py.isTrue(get(cls, tg, "_aborting"))) {
            throw refuse(coro, "TaskGroup " + Py.repr(tg) + " is shutting down");
        }
        Object loop = get(cls, tg, "_loop");
        Object task;
        if (loop instanceof EventLoop el && AsyncioModule.hasOwnCreateTask(el)) {
            task = AsyncioModule.createTask(el, coro, name, context);
        } else if (context == PNone.NONE) {
            task = Py.callKw(Py.getAttr(loop, "create_task"), new Object[]{coro, name}, new String[]{"name"});
        } else {
            task = Py.callKw(Py.getAttr(loop, "create_task"), new Object[]{coro, name, context}, new String[]{"name", "context"});
        }
        boolean plain = plain(cls, tg);
        if (task instanceof PFuture f && Gather.isNative(f) ? f.done() : Py.isTrue(Py.callMethod(task, "done"))) {
            // the task finished eagerly: no done callback to schedule
            if (plain) {
                onTaskDone(cls, tg, task);
            } else {
                Py.callMethod(tg, "_on_task_done", task);
            }
            return task;
        }
        Object tasks = get(cls, tg, "_tasks");
        if (tasks instanceof PSet s && s.cls == PClass.SET) {
            s.add(task);
        } else {
            Py.callMethod(tasks, "add", task);
        }
        if (plain && task instanceof PFuture f && Gather.isNative(f)) {
            f.addDoneCallback(new Done(cls, tg), null);
        } else {
            Py.callMethod(task, "add_done_callback", Py.getAttr(tg, "_on_task_done"));
        }
        return task;
    }

    private static PException refuse(Object coro, String msg) {
        Py.callMethod(coro, "close");
        return PException.runtimeError(msg);
    }

    @TruffleBoundary
    static void onTaskDone(PClass cls, Object tg, Object task) {
        Object tasks = get(cls, tg, "_tasks");
        boolean empty;
        if (tasks instanceof PSet s && s.cls == PClass.SET) {
            s.remove(task);
            empty = s.size() == 0;
        } else {
            Py.callMethod(tasks, "discard", task);
            empty = !Py.isTrue(tasks);
        }
        Object completed = get(cls, tg, "_on_completed_fut");
        if (completed != PNone.NONE && empty) {
            if (completed instanceof PFuture f && Gather.isNative(f)) {
                if (!f.done()) {
                    f.setResult(true);
                }
            } else if (!Py.isTrue(Py.callMethod(completed, "done"))) {
                Py.callMethod(completed, "set_result", true);
            }
        }
        Object exc;
        if (task instanceof PFuture f && Gather.isNative(f)) {
            if (f.state == PFuture.CANCELLED) {
                return;
            }
            exc = f.exception();
        } else {
            if (Py.isTrue(Py.callMethod(task, "cancelled"))) {
                return;
            }
            exc = Py.callMethod(task, "exception");
        }
        if (exc == PNone.NONE) {
            return;
        }
        Py.callMethod(get(cls, tg, "_errors"), "append", exc);
        if (Py.isTrue(Py.callMethod(tg, "_is_base_error", exc)) && get(cls, tg, "_base_error") == PNone.NONE) {
            Py.setAttr(tg, "_base_error", exc);
        }
        Object parent = get(cls, tg, "_parent_task");
        if (Py.isTrue(Py.callMethod(parent, "done"))) {
            PDict ctx = new PDict();
            ctx.putStr("message", "Task " + Py.repr(task) + " has errored out but its parent task " + Py.str(parent) + " is already completed");
            ctx.putStr("exception", exc);
            ctx.putStr("task", task);
            Py.callMethod(get(cls, tg, "_loop"), "call_exception_handler", ctx);
            return;
        }
        if (!Py.isTrue(get(cls, tg, "_aborting")) && !Py.isTrue(get(cls, tg, "_parent_cancel_requested"))) {
            Py.callMethod(tg, "_abort");
            Py.setAttr(tg, "_parent_cancel_requested", true);
            Py.callMethod(parent, "cancel");
        }
    }
}
