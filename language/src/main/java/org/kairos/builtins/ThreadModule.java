package org.kairos.builtins;

import com.oracle.truffle.api.TruffleSafepoint;
import org.kairos.KairosContext;
import org.kairos.runtime.PClass;
import org.kairos.runtime.PDict;
import org.kairos.runtime.PException;
import org.kairos.runtime.PModule;
import org.kairos.runtime.PNone;
import org.kairos.runtime.PTuple;
import org.kairos.runtime.Py;
import org.kairos.runtime.PythonObject;
import org.kairos.runtime.Numbers;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * {@code _thread}: guest threads as Truffle threads entered in the context, and the lock they
 * synchronize with; {@code threading}, {@code queue} and {@code concurrent.futures} are guest code
 * on top of it.
 */
final class ThreadModule {
    private ThreadModule() {
    }

    static final PClass LOCK = new PClass("lock", PClass.OBJECT, PClass.Layout.OTHER);

    static {
        LOCK.ns.putStr("__module__", "_thread");
    }

    /** A non-reentrant lock that any thread may release (CPython's {@code _thread.lock}). */
    static final class PLock extends PythonObject {
        final Semaphore sem = new Semaphore(1);

        PLock() {
            super(LOCK);
        }

        boolean acquire(boolean blocking, double timeout) {
            if (!blocking) {
                return sem.tryAcquire();
            }
            long deadline = timeout < 0 ? Long.MAX_VALUE : System.nanoTime() + (long) (timeout * 1e9);
            boolean[] got = {false};
            while (!got[0]) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                long wait = Math.min(left, 50_000_000L);
                // blocked interruptibly, so the context can still be cancelled or closed
                TruffleSafepoint.setBlockedThreadInterruptible(null, s -> got[0] = s.tryAcquire(wait, TimeUnit.NANOSECONDS), sem);
            }
            return true;
        }
    }

    private static boolean installed;

    private static synchronized void installLock() {
        if (installed) {
            return;
        }
        installed = true;
        Builtins.method(LOCK, "acquire", "self, blocking=True, timeout=-1", a -> {
            double t = Numbers.toDouble(a[2]);
            boolean blocking = Py.isTrue(a[1]);
            if (!blocking && t != -1) {
                throw PException.valueError("can't specify a timeout for a non-blocking call");
            }
            return ((PLock) a[0]).acquire(blocking, t);
        });
        Builtins.method(LOCK, "__enter__", "self, /", a -> ((PLock) a[0]).acquire(true, -1));
        Builtins.method(LOCK, "release", "self, /", a -> release((PLock) a[0]));
        Builtins.method(LOCK, "__exit__", "self, *args", a -> release((PLock) a[0]));
        Builtins.method(LOCK, "locked", "self, /", a -> ((PLock) a[0]).sem.availablePermits() == 0);
    }

    private static Object release(PLock l) {
        if (l.sem.availablePermits() > 0) {
            throw PException.runtimeError("release unlocked lock");
        }
        l.sem.release();
        return PNone.NONE;
    }

    static PModule create(KairosContext ctx) {
        installLock();
        PModule m = new PModule("_thread");
        PDict d = m.dict;
        m.put("LockType", LOCK);
        m.put("TIMEOUT_MAX", 4294967.0);
        long mainIdent = (Long) ctx.moduleState.computeIfAbsent("main_thread_ident", k -> Thread.currentThread().threadId());
        Builtins.def(d, "get_ident", "", a -> Thread.currentThread().threadId());
        Builtins.def(d, "get_main_thread_ident", "", a -> mainIdent);
        Builtins.def(d, "allocate_lock", "", a -> new PLock());
        Builtins.def(d, "start_new_thread", "function, args, kwargs=?, /", a -> {
            Object fn = a[0];
            if (!(a[1] instanceof PTuple args)) {
                throw PException.typeError("2nd arg must be a tuple");
            }
            PDict kw = a[2] instanceof PDict k ? k : null;
            Thread[] holder = new Thread[1];
            Thread t = ctx.env.newTruffleThreadBuilder(() -> {
                try {
                    if (kw == null || kw.size() == 0) {
                        Py.callKw(fn, args.items, null);
                    } else {
                        Object[] all = new Object[args.items.length + kw.size()];
                        System.arraycopy(args.items, 0, all, 0, args.items.length);
                        String[] names = new String[kw.size()];
                        int i = 0;
                        for (PDict.Entry e : kw.entries()) {
                            names[i] = (String) e.key;
                            all[args.items.length + i++] = e.value;
                        }
                        Py.callKw(fn, all, names);
                    }
                } catch (org.kairos.KairosContext.ThreadExit e) {
                    // a daemon thread stopped at exit: CPython abandons those silently
                } catch (PException e) {
                    // threading's bootstrap reports errors itself; a raw _thread function prints them
                    if (!e.exc.cls.isSubclassOf(org.kairos.runtime.ExceptionClasses.SystemExit)) {
                        StringBuilder sb = new StringBuilder("Unhandled exception in thread started by " + Py.repr(fn) + "\n");
                        for (String s : org.kairos.runtime.Tracebacks.formatException(e.exc)) {
                            sb.append(s);
                        }
                        ctx.stderr.write(sb.toString());
                    }
                }
            }).build();
            holder[0] = t;
            // not the creator's: the launcher's main thread runs at the top priority during start-up
            t.setPriority(Thread.NORM_PRIORITY);
            t.setDaemon(true);
            ctx.threads.removeIf(ended -> !ended.isAlive());
            ctx.threads.add(t);
            t.start();
            return t.threadId();
        });
        return m;
    }

    /** A module whose body is bundled guest source (threading, queue, concurrent.futures). */
    static PModule bundled(KairosContext ctx, String name, String resource) {
        PModule m = new PModule(name);
        BundledSource.runInto(ctx, m, ThreadModule.class, resource);
        return m;
    }

    static PModule concurrentPackage(KairosContext ctx) {
        PModule m = new PModule("concurrent");
        m.put("__path__", new org.kairos.runtime.PList());
        m.put("__package__", "concurrent");
        return m;
    }
}
