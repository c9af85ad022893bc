package org.kairos.builtins;

import org.kairos.nodes.KairosRootNode;
import org.kairos.runtime.ExceptionClasses;
import org.kairos.runtime.PAsyncGenAwaitable;
import org.kairos.runtime.PBaseException;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PCode;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PException;
import org.kairos.runtime.PGenerator;
import org.kairos.runtime.PIterator;
import org.kairos.runtime.PNone;
import org.kairos.runtime.PTuple;
import org.kairos.runtime.Py;
import org.kairos.runtime.PythonObject;
import org.kairos.runtime.Repr;

/** Methods and attributes of generator, coroutine and async generator objects. */
final class GeneratorMethods {
    private GeneratorMethods() {
    }

    /** A suspended frame as seen through gi_frame/cr_frame (f_lineno, f_code). */
    static final class PFrameView extends PythonObject {
        final PGenerator gen;

        PFrameView(PGenerator gen) {
            super(PClass.FRAME);
            this.gen = gen;
        }
    }

    /**
     * The frame a traceback entry points at ({@code tb_frame}): the frame has already unwound, so
     * only its code and line are kept (enough for {@code Task.get_stack()} and similar walkers).
     */
    static final class PTbFrame extends PythonObject {
        final PCode code;
        final int line;

        PTbFrame(PCode code, int line) {
            super(PClass.FRAME);
            this.code = code;
            this.line = line;
        }

        /** The frame of {@code e}, or None when its code object is unknown (e.g. native frames). */
        static Object of(PBaseException.TracebackEntry e) {
            if (e.code() != null) {
                return new PTbFrame(e.code(), e.line());
            }
            if (e.bytecode() != null && e.bytecode().getBytecodeRootNode() instanceof KairosRootNode r && r.code != null) {
                return new PTbFrame(r.code, e.line());
            }
            return PNone.NONE;
        }
    }

    /** What {@code coroutine.__await__()} returns: an iterator driving the coroutine. */
    static final class CoroWrapper extends PIterator {
        static final PClass CLASS = new PClass("coroutine_wrapper", PClass.OBJECT, PClass.Layout.OTHER);
        final PGenerator coro;

        CoroWrapper(PGenerator coro) {
            super(CLASS);
            this.coro = coro;
        }

        @Override
        public Object next() {
            try {
                return coro.resume(PNone.NONE);
            } catch (PGenerator.Returned r) {
                throw PGenerator.stopIteration(r.value);
            }
        }
    }

    static void install() {
        for (PClass c : new PClass[]{PGenerator.GENERATOR, PGenerator.COROUTINE, PGenerator.ASYNC_GENERATOR}) {
            String p = c == PGenerator.GENERATOR ? "gi_" : c == PGenerator.COROUTINE ? "cr_" : "ag_";
            Builtins.method(c, "__repr__", "self, /", a -> {
                PGenerator g = (PGenerator) a[0];
                return "<" + g.cls.name + " object " + g.qualname() + " at " + Repr.addressOf(g) + ">";
            });
            Builtins.getset(c, "__name__", s -> ((PGenerator) s).name(), (s, v) -> ((PGenerator) s).setName(checkName(v, "__name__")));
            Builtins.getset(c, "__qualname__", s -> ((PGenerator) s).qualname(), (s, v) -> ((PGenerator) s).setQualname(checkName(v, "__qualname__")));
            Builtins.getset(c, p + "code", s -> ((PGenerator) s).code, null);
            Builtins.getset(c, p + "running", s -> ((PGenerator) s).running(), null);
            Builtins.getset(c, p + "frame", s -> {
                PGenerator g = (PGenerator) s;
                return g.finished() ? PNone.NONE : new PFrameView(g);
            }, null);
            Builtins.getset(c, p + (c == PGenerator.COROUTINE ? "await" : c == PGenerator.GENERATOR ? "yieldfrom" : "await"), s -> {
                Object y = ((PGenerator) s).yieldFromForGuest();
                return y == null ? PNone.NONE : y;
            }, null);
            if (c == PGenerator.GENERATOR) {
                Builtins.getset(c, "gi_suspended", s -> ((PGenerator) s).isSuspended() && ((PGenerator) s).started(), null);
            } else if (c == PGenerator.COROUTINE) {
                Builtins.getset(c, "cr_suspended", s -> ((PGenerator) s).isSuspended() && ((PGenerator) s).started(), null);
            }
            if (c != PGenerator.ASYNC_GENERATOR) {
                Builtins.method(c, "send", "self, value, /", a -> ((PGenerator) a[0]).send(a[1]));
                Builtins.method(c, "throw", "self, typ, val=None, tb=None, /", a -> ((PGenerator) a[0]).throwInto(makeException(a[1], a[2])));
                Builtins.method(c, "close", "self, /", a -> ((PGenerator) a[0]).close());
            }
        }
        PClass gen = PGenerator.GENERATOR;
        Builtins.method(gen, "__iter__", "self, /", a -> a[0]);
        Builtins.method(gen, "__next__", "self, /", a -> ((PGenerator) a[0]).send(PNone.NONE));
        PClass coro = PGenerator.COROUTINE;
        Builtins.method(coro, "__await__", "self, /", a -> new CoroWrapper((PGenerator) a[0]));
        PClass cw = CoroWrapper.CLASS;
        Builtins.method(cw, "__iter__", "self, /", a -> a[0]);
        Builtins.method(cw, "__next__", "self, /", a -> ((CoroWrapper) a[0]).coro.send(PNone.NONE));
        Builtins.method(cw, "send", "self, value, /", a -> ((CoroWrapper) a[0]).coro.send(a[1]));
        Builtins.method(cw, "throw", "self, typ, val=None, tb=None, /", a -> ((CoroWrapper) a[0]).coro.throwInto(makeException(a[1], a[2])));
        Builtins.method(cw, "close", "self, /", a -> ((CoroWrapper) a[0]).coro.close());

        PClass ag = PGenerator.ASYNC_GENERATOR;
        Builtins.method(ag, "__aiter__", "self, /", a -> a[0]);
        Builtins.method(ag, "__anext__", "self, /", a -> new PAsyncGenAwaitable(firstIter(a[0]), PNone.NONE, null, false));
        Builtins.method(ag, "asend", "self, value, /", a -> new PAsyncGenAwaitable(firstIter(a[0]), a[1], null, false));
        Builtins.method(ag, "athrow", "self, typ, val=None, tb=None, /", a -> new PAsyncGenAwaitable(firstIter(a[0]), PNone.NONE, makeException(a[1], a[2]), false));
        Builtins.method(ag, "aclose", "self, /", a -> new PAsyncGenAwaitable(firstIter(a[0]), PNone.NONE,
                        new PBaseException(ExceptionClasses.GeneratorExit), true));
        Builtins.getset(ag, "ag_running", s -> ((PGenerator) s).runningAsync(), null);
        for (PClass c : new PClass[]{PAsyncGenAwaitable.ASEND, PAsyncGenAwaitable.ATHROW}) {
            Builtins.method(c, "__await__", "self, /", a -> a[0]);
            Builtins.method(c, "__iter__", "self, /", a -> a[0]);
            Builtins.method(c, "__next__", "self, /", a -> ((PAsyncGenAwaitable) a[0]).send(PNone.NONE));
            Builtins.method(c, "send", "self, value, /", a -> ((PAsyncGenAwaitable) a[0]).send(a[1]));
            Builtins.method(c, "throw", "self, typ, val=None, tb=None, /", a -> ((PAsyncGenAwaitable) a[0]).throwInto(makeException(a[1], a[2])));
            Builtins.method(c, "close", "self, /", a -> {
                ((PAsyncGenAwaitable) a[0]).close();
                return PNone.NONE;
            });
        }
        PClass fr = PClass.FRAME;
        Builtins.getset(fr, "f_lineno", s -> s instanceof PTbFrame t ? (long) t.line : (long) ((PFrameView) s).gen.suspendedLine(), null);
        Builtins.getset(fr, "f_code", s -> s instanceof PTbFrame t ? t.code : ((PFrameView) s).gen.code, null);
        Builtins.getset(fr, "f_locals", s -> s instanceof PTbFrame ? new PDict() : ((PFrameView) s).gen.frameLocals(), null);
    }

    private static PGenerator firstIter(Object o) {
        return PAsyncGenAwaitable.firstIter((PGenerator) o);
    }

    private static String checkName(Object v, String attr) {
        if (!(v instanceof String str)) {
            throw PException.typeError(attr + " must be set to a string object");
        }
        return str;
    }

    /** The awaitable of {@code anext(it, default)}: StopAsyncIteration becomes the default value. */
    static final class AnextAwaitable extends PythonObject {
        static final PClass CLASS = new PClass("anext_awaitable", PClass.OBJECT, PClass.Layout.OTHER);
        final Object inner;
        final Object deflt;

        AnextAwaitable(Object inner, Object deflt) {
            super(CLASS);
            this.inner = inner;
            this.deflt = deflt;
        }

        Object step(java.util.function.Supplier<Object> s) {
            try {
                return s.get();
            } catch (PException e) {
                if (e.exc.cls.isSubclassOf(ExceptionClasses.StopAsyncIteration)) {
                    throw PGenerator.stopIteration(deflt);
                }
                throw e;
            }
        }
    }

    static void installAnext(org.kairos.runtime.PDict builtins) {
        PClass c = AnextAwaitable.CLASS;
        Builtins.method(c, "__await__", "self, /", a -> a[0]);
        Builtins.method(c, "__iter__", "self, /", a -> a[0]);
        Builtins.method(c, "__next__", "self, /", a -> {
            AnextAwaitable aw = (AnextAwaitable) a[0];
            return aw.step(() -> Py.callMethod(aw.inner, "send", PNone.NONE));
        });
        Builtins.method(c, "send", "self, value, /", a -> {
            AnextAwaitable aw = (AnextAwaitable) a[0];
            return aw.step(() -> Py.callMethod(aw.inner, "send", a[1]));
        });
        Builtins.method(c, "throw", "self, typ, val=None, tb=None, /", a -> {
            AnextAwaitable aw = (AnextAwaitable) a[0];
            return aw.step(() -> Py.callMethod(aw.inner, "throw", makeException(a[1], a[2])));
        });
        Builtins.method(c, "close", "self, /", a -> Py.callMethod(((AnextAwaitable) a[0]).inner, "close"));
        Builtins.def(builtins, "aiter", "async_iterable, /", a -> {
            Object m = Py.classOf(a[0]).lookup("__aiter__");
            if (m == null) {
                throw PException.typeError("'" + Py.typeName(a[0]) + "' object is not an async iterable");
            }
            return Py.call(m, a[0]);
        });
        Builtins.def(builtins, "anext", "aiterator, default=?, /", a -> {
            Object m = Py.classOf(a[0]).lookup("__anext__");
            if (m == null) {
                throw PException.typeError("'" + Py.typeName(a[0]) + "' object is not an async iterator");
            }
            Object aw = Py.call(m, a[0]);
            if (a[1] == PNone.NO_VALUE) {
                return aw;
            }
            return new AnextAwaitable(org.kairos.runtime.Generators.getAwaitable(aw), a[1]);
        });
    }

    /** throw(typ[, val]): an exception instance, or a class instantiated with val. */
    static PBaseException makeException(Object typ, Object val) {
        if (typ instanceof PBaseException e) {
            if (val != PNone.NONE) {
                throw PException.typeError("instance exception may not have a separate value");
            }
            return e;
        }
        if (typ instanceof PClass c && c.isSubclassOf(ExceptionClasses.BaseException)) {
            Object r;
            if (val == PNone.NONE) {
                r = Py.call(c);
            } else if (val instanceof PBaseException ve && ve.cls.isSubclassOf(c)) {
                r = ve;
            } else if (val instanceof PTuple t) {
                r = Py.callKw(c, t.items, null);
            } else {
                r = Py.call(c, val);
            }
            return (PBaseException) r;
        }
        throw PException.typeError("exceptions must be classes or instances deriving from BaseException, not " + Py.typeName(typ));
    }

}
