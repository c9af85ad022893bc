# threading for Kairos: Thread, locks, Event, Condition, Semaphore, local, on top of _thread.
import _thread

get_ident = _thread.get_ident
Lock = _thread.allocate_lock
TIMEOUT_MAX = _thread.TIMEOUT_MAX
_active = {}
_counter = [0]


class RLock:
    def __init__(self):
        self._block = _thread.allocate_lock()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if not self._block.acquire(blocking, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()

    def __exit__(self, *args):
        self.release()

    def _is_owned(self):
        return self._owner == get_ident()


class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        waiter = _thread.allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        # release the underlying lock completely while waiting (also a re-entered RLock)
        saved = None
        if isinstance(self._lock, RLock):
            saved = self._lock._count
            self._lock._count = 1
        self._lock.release()
        try:
            if timeout is None:
                got = waiter.acquire()
            else:
                got = waiter.acquire(True, timeout) if timeout > 0 else waiter.acquire(False)
            return got
        finally:
            self._lock.acquire()
            if saved is not None:
                self._lock._count = saved
            if not got:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        while not result:
            self.wait(timeout)
            result = predicate()
            if timeout is not None:
                break
        return result

    def notify(self, n=1):
        waiters = self._waiters[:n]
        for w in waiters:
            w.release()
            try:
                self._waiters.remove(w)
            except ValueError:
                pass

    def notify_all(self):
        self.notify(len(self._waiters))


class Event:
    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def is_set(self):
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            if not self._flag:
                self._cond.wait(timeout)
            return self._flag


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if not self._cond.wait(timeout) and timeout is not None:
                    return False
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial = value

    def release(self, n=1):
        with self._cond:
            if self._value + n > self._initial:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class local:
    def __init__(self):
        object.__setattr__(self, "_local__data", {})

    def _local__dict(self):
        data = object.__getattribute__(self, "_local__data")
        return data.setdefault(get_ident(), {})

    def __getattr__(self, name):
        d = self._local__dict()
        if name in d:
            return d[name]
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        self._local__dict()[name] = value

    def __delattr__(self, name):
        d = self._local__dict()
        if name not in d:
            raise AttributeError(name)
        del d[name]


def _new_name(prefix):
    _counter[0] += 1
    return f"{prefix}-{_counter[0]}"


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        if name is None:
            name = _new_name("Thread")
            if target is not None and hasattr(target, "__name__"):
                name = f"{name} ({target.__name__})"
        self._name = str(name)
        self._daemonic = bool(daemon) if daemon is not None else False
        self._ident = None
        self._started = False
        self._done = _thread.allocate_lock()
        self._done.acquire()
        self._is_done = False

    def start(self):
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        ready = _thread.allocate_lock()
        ready.acquire()
        _thread.start_new_thread(self._bootstrap, (ready,))
        ready.acquire()

    def _bootstrap(self, ready):
        self._ident = get_ident()
        _active[self._ident] = self
        ready.release()
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as e:
            excepthook(_ExceptHookArgs(type(e), e, e.__traceback__, self))
        finally:
            self._is_done = True
            _active.pop(self._ident, None)
            self._done.release()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._done.acquire()
            self._done.release()
        elif self._done.acquire(True, max(timeout, 0)):
            self._done.release()

    def is_alive(self):
        return self._started and not self._is_done

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    @property
    def ident(self):
        return self._ident

    native_id = ident

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, value):
        self._daemonic = bool(value)

    def getName(self):
        return self._name

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started"
        if self._is_done:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += f" {self._ident}"
        return f"<{type(self).__name__}({self._name}, {status})>"


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread")
        self._started = True
        self._ident = _thread.get_main_thread_ident()
        _active[self._ident] = self


class _DummyThread(Thread):
    def __init__(self):
        Thread.__init__(self, name=_new_name("Dummy"), daemon=True)
        self._started = True
        self._ident = get_ident()
        _active[self._ident] = self


class _ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def excepthook(args):
    import sys
    import traceback
    name = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {name}:", file=sys.stderr)
    sys.stderr.write("".join(traceback.format_exception(args.exc_value)))


_main = _MainThread()


def _shutdown():
    # run when the interpreter exits, as in CPython: wait for every thread that is not a daemon
    while True:
        pending = [t for t in list(_active.values()) if not t._daemonic and t is not _main and not t._is_done]
        if not pending:
            return
        for t in pending:
            t.join()


def main_thread():
    return _main


def current_thread():
    t = _active.get(get_ident())
    if t is None:
        t = _DummyThread()
    return t


currentThread = current_thread


def active_count():
    return len(_active)


def enumerate():
    return list(_active.values())


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()
