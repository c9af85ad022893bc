package org.kairos.asyncio;

import org.kairos.KairosContext;
import org.kairos.builtins.Builtins;
import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.Generators;
import org.kairos.runtime.Ops;
import org.kairos.runtime.PBaseException;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PException;
import org.kairos.runtime.PNone;
import org.kairos.runtime.Py;

/**
 * The coroutines of {@code TaskGroup.__aenter__} and {@code __aexit__}, in Java (see
 * {@link JavaCoroutine}): every {@code async with TaskGroup()} runs both, so as guest code they
 * were three coroutine frames and five roots to compile per group. They step through the states
 * of CPython's {@code taskgroups.py} with the same effects, in the same order; the rest of the
 * class ({@code __init__}, {@code _abort}, {@code _is_base_error}, the repr) stays guest code and
 * is called as a method, so a subclass may override it.
 */
final class TaskGroupContext {
    private TaskGroupContext() {
    }

    /** Replaces the guest {@code __aenter__}/{@code __aexit__} of {@code cls} (TaskGroup itself). */
    static void install(PClass cls) {
        Builtins.libMethod(cls, "__aenter__", "self, /", a -> new Enter(cls, a[0])).coroutineFunction = true;
        Builtins.libMethod(cls, "__aexit__", "self, et, exc, tb, /", a -> new Exit(cls, a[0], a[1], a[2])).coroutineFunction = true;
    }

    /**
     * <pre>
     * async def __aenter__(self):
     *     if self._entered:
     *         raise RuntimeError(f"TaskGroup {self!r} has already been entered")
     *     if self._loop is None:
     *         self._loop = events.get_running_loop()
     *     self._parent_task = tasks.current_task(self._loop)
     *     if self._parent_task is None:
     *         raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
     *     self._entered = True
     *     return self
     * </pre>
     */
    static final class Enter extends JavaCoroutine {
        private final PClass cls;
        private final Object group;

        Enter(PClass cls, Object group) {
            super("__aenter__", "TaskGroup.__aenter__");
            this.cls = cls;
            this.group = group;
        }

        @Override
        Object start() {
            if (Py.isTrue(LibAttrs.get(cls, group, "_entered"))) {
                throw PException.runtimeError("TaskGroup " + Py.repr(group) + " has already been entered");
            }
            Object loop = LibAttrs.get(cls, group, "_loop");
            if (loop == PNone.NONE) {
                loop = AsyncioModule.runningLoop();
                LibAttrs.set(cls, group, "_loop", loop);
            }
            Object current = AsyncioModule.currentTaskOf(loop);
            Object parent = current == null ? PNone.NONE : current;
            LibAttrs.set(cls, group, "_parent_task", parent);
            if (parent == PNone.NONE) {
                throw PException.runtimeError("TaskGroup " + Py.repr(group) + " cannot determine the parent task");
            }
            LibAttrs.set(cls, group, "_entered", true);
            state = DONE;
            return new Generators.Done(group);
        }

        @Override
        Object resume() {
            throw new IllegalStateException("__aenter__ never suspends");
        }

        @Override
        void closeSuspended() {
        }




    }

    /**
     * CPython 3.13's {@code __aexit__}: {@link #start} up to its loop, {@link #waitOrFinish} for
     * the loop ({@code while self._tasks:} awaiting {@code _on_completed_fut}, a CancelledError
     * there aborting the group) and {@link #finish} for the checks after it, which raise the base
     * error, the cancellation to propagate or the group of the tasks' errors.
     */
    static final class Exit extends JavaCoroutine {
        private final PClass cls;
        private final Object group;
        private final Object et;
        private final Object exc;
        /** {@code propagate_cancellation_error}, or null for None. */
        private PBaseException propagate;

        Exit(PClass cls, Object group, Object et, Object exc) {
            super("__aexit__", "TaskGroup.__aexit__");
            this.cls = cls;
            this.group = group;
            this.et = et;
            this.exc = exc;
        }

        @Override
        Object start() {
            set("_exiting", true);
            if (exc != PNone.NONE && Py.isTrue(Py.callMethod(group, "_is_base_error", exc)) && get("_base_error") == PNone.NONE) {
                set("_base_error", exc);
            }
            if (et != PNone.NONE && isCancelledErrorClass(et)) {
                propagate = exc instanceof PBaseException e ? e : null;
            }
            if (et != PNone.NONE && !Py.isTrue(get("_aborting"))) {
                Py.callMethod(group, "_abort");
            }
            return waitOrFinish();
        }

        /** One turn of {@code while self._tasks:} up to its await, or what follows the loop. */
        private Object waitOrFinish() {
            while (Py.isTrue(get("_tasks"))) {
                Object f = get("_on_completed_fut");
                if (f == PNone.NONE) {
                    f = createFuture(get("_loop"));
                    set("_on_completed_fut", f);
                }
                if (awaitStart(f) != null) {
                    awaited = f;
                    state = SUSPENDED;
                    return f;
                }
                // the await of a done future returns (or raises) at once
                afterAwait(f);
            }
            return finish();
        }

        @Override
        Object resume() {
            Object f = awaited;
            awaited = null;
            afterAwait(f);
            return waitOrFinish();
        }

        /** The await of {@code _on_completed_fut} returned or raised: its except clause, then the reset. */
        private void afterAwait(Object f) {
            try {
                awaitedResult(f);
            } catch (PException e) {
                if (!e.exc.cls.isSubclassOf(AsyncioModule.CancelledError)) {
                    throw e;
                }
                cancelledAtAwait(e.exc);
            }
            set("_on_completed_fut", PNone.NONE);
        }

        /** {@code except exceptions.CancelledError as ex:} at the await. */
        private void cancelledAtAwait(PBaseException ex) {
            if (!Py.isTrue(get("_aborting"))) {
                propagate = ex;
                Py.callMethod(group, "_abort");
            }
        }

        @Override
        boolean catchesThrown() {
            return true;
        }

        @Override
        Object throwAt(PBaseException thrown) {
            // thrown in at the await of _on_completed_fut, where only CancelledError is caught
            awaited = null;
            if (!thrown.cls.isSubclassOf(AsyncioModule.CancelledError)) {
                throw new PException(thrown);
            }
            cancelledAtAwait(thrown);
            set("_on_completed_fut", PNone.NONE);
            return waitOrFinish();
        }

        /** What follows the loop, up to the return. */
        private Object finish() {
            if (Py.isTrue(get("_tasks"))) {
                throw new PException(new PBaseException(ExceptionClasses.AssertionError, new Object[0]));
            }
            Object base = get("_base_error");
            if (base != PNone.NONE) {
                throw new PException((PBaseException) base);
            }
            if (Py.isTrue(get("_parent_cancel_requested"))) {
                Object left = Py.callMethod(get("_parent_task"), "uncancel");
                if (left instanceof Long n ? n == 0 : Py.isTrue(Ops.compare(Ops.CmpOp.EQ, left, 0L))) {
                    propagate = null;
                }
            }
            if (propagate != null && !Py.isTrue(get("_errors"))) {
                throw new PException(propagate);
            }
            if (et != PNone.NONE && !isCancelledErrorClass(et)) {
                Py.callMethod(get("_errors"), "append", exc);
            }
            Object errors = get("_errors");
            if (Py.isTrue(errors)) {
                Object parent = get("_parent_task");
                if (Py.isTrue(Py.callMethod(parent, "cancelling"))) {
                    Py.callMethod(parent, "uncancel");
                    Py.callMethod(parent, "cancel");
                }
                PBaseException me;
                try {
                    me = (PBaseException) Py.call(ExceptionClasses.BaseExceptionGroup, "unhandled errors in a TaskGroup", errors);
                } finally {
                    set("_errors", PNone.NONE);
                }
                // raise ... from None
                me.cause = null;
                me.suppressContext = true;
                throw new PException(me);
            }
            state = DONE;
            return new Generators.Done(PNone.NONE);
        }

        @Override
        void closeSuspended() {
            awaited = null;
        }

        private static boolean isCancelledErrorClass(Object et) {
            if (et instanceof PClass c) {
                return c.isSubclassOf(AsyncioModule.CancelledError);
            }
            return Py.isTrue(Py.call(KairosContext.get(null).builtinsDict().getStr("issubclass"), et, AsyncioModule.CancelledError));
        }

        private Object get(String name) {
            return LibAttrs.get(cls, group, name);
        }

        private void set(String name, Object value) {
            LibAttrs.set(cls, group, name, value);
        }




    }
}
