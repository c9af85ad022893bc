package org.kairos;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.nodes.Node;
import org.kairos.builtins.BuiltinsModule;
import org.kairos.builtins.Importer;
import org.kairos.builtins.PTextIO;
import org.kairos.builtins.SysModule;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PException;
import org.kairos.runtime.PFunction;
import org.kairos.runtime.PModule;
import org.kairos.runtime.Py;
import org.kairos.runtime.ThreadState;
import org.kairos.runtime.Tracebacks;

import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Per-context state: the standard streams, builtins, sys, the module table and the importer. */
public final class KairosContext {
    private static final ContextReference<KairosContext> REFERENCE = ContextReference.create(KairosLanguage.class);

    public final KairosLanguage language;
    public final Env env;
    public final boolean mainMode;
    private PModule builtins;
    private PDict builtinsDict;
    private PModule sys;
    private PModule main;
    private Importer importer;
    public PTextIO stdout;
    public PTextIO stderr;
    public PTextIO stdin;
    /** State of Java modules that must be per context ("per process" for guest code), by key. */
    public final java.util.concurrent.ConcurrentHashMap<Object, Object> moduleState = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * Run by {@code gc.collect()} after a full Java collection: lets libraries emulate finalizer
     * effects (reports about objects that became unreachable) at the point CPython would.
     */
    public final java.util.List<Runnable> gcHooks = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Sentinel of the intrusive list of coroutines created but never started or closed. */
    public final org.kairos.runtime.PGenerator unawaitedCoroutines;

    KairosContext(KairosLanguage language, Env env) {
        this.language = language;
        this.env = env;
        this.mainMode = env.getOptions().get(KairosLanguage.Main);
        this.unawaitedCoroutines = org.kairos.runtime.PGenerator.sentinel();
    }

    public static KairosContext get(Node node) {
        return REFERENCE.get(node);
    }

    void initialize() {
        stdout = PTextIO.forOutput("<stdout>", new OutputStreamWriter(env.out(), StandardCharsets.UTF_8), false);
        stderr = PTextIO.forOutput("<stderr>", new OutputStreamWriter(env.err(), StandardCharsets.UTF_8), true);
        stdin = PTextIO.forInput("<stdin>", new InputStreamReader(env.in(), StandardCharsets.UTF_8));
        stdout.lineBuffered = mainMode && stdoutIsTerminal();
        importer = new Importer(this);
        builtins = BuiltinsModule.create(this);
        builtinsDict = builtins.dict;
        sys = SysModule.create(this);
        importer.register(builtins);
        importer.register(sys);
        main = new PModule("__main__");
        main.put("__builtins__", builtins);
        main.put("__doc__", org.kairos.runtime.PNone.NONE);
        importer.register(main);
    }

    /** Whether the process's stdout is a terminal (Linux: /proc/self/fd/1 points at a tty). */
    private static boolean stdoutIsTerminal() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/1")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    public ThreadState threadState() {
        // Most code runs on one thread: without the JIT a context thread local costs a Java
        // ThreadLocal lookup (a native call under C1) per use, several per coroutine call.
        OwnerThreadState o = ownerThreadState;
        if (o != null && o.thread == Thread.currentThread()) {
            return o.state;
        }
        return threadStateSlow();
    }

    private ThreadState threadStateSlow() {
        ThreadState ts = language.threadState.get();
        if (ownerThreadState == null) {
            ownerThreadState = new OwnerThreadState(Thread.currentThread(), ts);
        }
        return ts;
    }

    /** The thread state of the first thread that asked for one, with that thread (one field, so both are read consistently). */
    private record OwnerThreadState(Thread thread, ThreadState state) {
    }

    private OwnerThreadState ownerThreadState;

    public PDict builtinsDict() {
        return builtinsDict;
    }

    public PModule builtins() {
        return builtins;
    }

    public PModule sys() {
        return sys;
    }

    public PModule mainModule() {
        return main;
    }

    public Importer importer() {
        return importer;
    }

    /**
     * At exit, as CPython's finalization does: if the threading module was imported, wait for the
     * threads that are not daemons ({@code threading._shutdown}).
     */
    @TruffleBoundary
    public void shutdownThreading() {
        if (importer != null && importer.modules.getStr("threading") instanceof PModule threading
                        && threading.dict.getStr("_shutdown") instanceof PFunction shutdown) {
            try {
                Py.call(shutdown);
            } catch (PException e) {
                stderr.write("Exception ignored on threading shutdown:\n" + String.join("", Tracebacks.formatException(e.exc)));
            }
        }
    }

    /** The threads guest code started (`_thread.start_new_thread`); see {@link #joinThreads}. */
    public final Set<Thread> threads = ConcurrentHashMap.newKeySet();

    /**
     * Ends the threads guest code started, which Truffle requires before it disposes a context.
     * {@link #shutdownThreading} has waited for the non-daemon ones; the rest are daemon threads
     * (and raw {@code _thread} threads), which CPython abandons at exit: they stop silently at their
     * next safepoint ({@link ThreadExit}). Then each is joined, at most a second in all; a thread
     * joined by guest code may also still be on its way out.
     */
    @TruffleBoundary
    public void joinThreads() {
        Thread[] alive = threads.stream().filter(t -> t.isAlive() && t != Thread.currentThread()).toArray(Thread[]::new);
        if (alive.length == 0) {
            return;
        }
        env.submitThreadLocal(alive, new ThreadLocalAction(false, false) {
            @Override
            protected void perform(Access access) {
                throw new ThreadExit();
            }
        });
        long deadline = System.nanoTime() + 1_000_000_000L;
        for (Thread t : alive) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return;
            }
            try {
                t.join(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Unwinds a daemon thread at exit (see {@link #joinThreads}); guest handlers do not catch it. */
    public static final class ThreadExit extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ThreadExit() {
            super(null, null, false, false);
        }
    }

    /** CPython warns when a coroutine object dies unawaited; Kairos reports the ones left at exit. */
    @TruffleBoundary
    public void warnUnawaitedCoroutines() {
        for (var g = unawaitedCoroutines.unawaitedNext; g != null; g = g.unawaitedNext) {
            if (!g.started() && !g.awaitedOrClosed()) {
                stdout.flushQuietly();
                stderr.write("sys:1: RuntimeWarning: coroutine '" + g.qualname() + "' was never awaited\n");
            }
        }
        unawaitedCoroutines.unawaitedNext = null;
    }

    @TruffleBoundary
    public void flushStd() {
        if (stdout != null) {
            stdout.flushQuietly();
        }
        if (stderr != null) {
            stderr.flushQuietly();
        }
    }
}
