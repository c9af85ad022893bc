# concurrent.futures for Kairos: Future, ThreadPoolExecutor, wait and as_completed on threading.
import threading

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_PENDING = 'PENDING'
_RUNNING = 'RUNNING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


class Error(Exception):
    pass


class CancelledError(Error):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


class Future:
    def __init__(self):
        self._condition = threading.Condition()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []

    def __repr__(self):
        with self._condition:
            if self._state == _FINISHED:
                if self._exception:
                    return f"<{type(self).__name__} at {hex(id(self))} state=finished raised {type(self._exception).__name__}>"
                return f"<{type(self).__name__} at {hex(id(self))} state=finished returned {type(self._result).__name__}>"
            return f"<{type(self).__name__} at {hex(id(self))} state={self._state.lower()}>"

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as e:
                import sys
                print(f"exception calling callback for {self!r}: {e!r}", file=sys.stderr)

    def cancel(self):
        with self._condition:
            if self._state in (_RUNNING, _FINISHED):
                return False
            if self._state == _CANCELLED:
                return True
            self._state = _CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state == _CANCELLED

    def running(self):
        with self._condition:
            return self._state == _RUNNING

    def done(self):
        with self._condition:
            return self._state in (_CANCELLED, _FINISHED)

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in (_CANCELLED, _FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception as e:
            import sys
            print(f"exception calling callback for {self!r}: {e!r}", file=sys.stderr)

    def result(self, timeout=None):
        with self._condition:
            if self._state == _CANCELLED:
                raise CancelledError()
            if self._state != _FINISHED:
                self._condition.wait(timeout)
            if self._state == _CANCELLED:
                raise CancelledError()
            if self._state != _FINISHED:
                raise TimeoutError()
            if self._exception is not None:
                raise self._exception
            return self._result

    def exception(self, timeout=None):
        with self._condition:
            if self._state == _CANCELLED:
                raise CancelledError()
            if self._state != _FINISHED:
                self._condition.wait(timeout)
            if self._state == _CANCELLED:
                raise CancelledError()
            if self._state != _FINISHED:
                raise TimeoutError()
            return self._exception

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == _CANCELLED:
                return False
            if self._state == _PENDING:
                self._state = _RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state in (_CANCELLED, _FINISHED):
                raise InvalidStateError(f'{self._state}: {self!r}')
            self._result = result
            self._state = _FINISHED
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in (_CANCELLED, _FINISHED):
                raise InvalidStateError(f'{self._state}: {self!r}')
            self._exception = exception
            self._state = _FINISHED
            self._condition.notify_all()
        self._invoke_callbacks()


class Executor:
    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        fs = [self.submit(fn, *args) for args in zip(*iterables)]
        def results():
            for f in fs:
                yield f.result(timeout)
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


class ThreadPoolExecutor(Executor):
    _counter = [0]

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = 5
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        ThreadPoolExecutor._counter[0] += 1
        self._max_workers = max_workers
        self._prefix = thread_name_prefix or f"ThreadPoolExecutor-{ThreadPoolExecutor._counter[0] - 1}"
        self._work = []
        self._cond = threading.Condition()
        self._threads = []
        self._idle = 0
        self._shutdown = False
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._cond:
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = Future()
            self._work.append(_WorkItem(f, fn, args, kwargs))
            if self._idle == 0 and len(self._threads) < self._max_workers:
                t = threading.Thread(name=f"{self._prefix}_{len(self._threads)}", target=self._worker)
                t.daemon = True
                self._threads.append(t)
                t.start()
            else:
                self._cond.notify()
            return f

    def _worker(self):
        if self._initializer is not None:
            self._initializer(*self._initargs)
        while True:
            with self._cond:
                while not self._work and not self._shutdown:
                    self._idle += 1
                    self._cond.wait()
                    self._idle -= 1
                if not self._work:
                    return
                item = self._work.pop(0)
            item.run()

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._cond:
            self._shutdown = True
            if cancel_futures:
                for item in self._work:
                    item.future.cancel()
                self._work = []
            self._cond.notify_all()
        if wait:
            for t in list(self._threads):
                t.join()


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    import time
    fs = set(fs)
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        done = {f for f in fs if f.done()}
        not_done = fs - done
        if not not_done:
            break
        if return_when == FIRST_COMPLETED and done:
            break
        if return_when == FIRST_EXCEPTION and any((not f.cancelled()) and f.exception() is not None for f in done):
            break
        if deadline is not None and time.monotonic() >= deadline:
            break
        time.sleep(0.001)
    return DoneAndNotDoneFutures(done, not_done)


class DoneAndNotDoneFutures(tuple):
    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]


def as_completed(fs, timeout=None):
    import time
    pending = list(fs)
    deadline = None if timeout is None else time.monotonic() + timeout
    while pending:
        for f in list(pending):
            if f.done():
                pending.remove(f)
                yield f
        if pending:
            if deadline is not None and time.monotonic() >= deadline:
                raise TimeoutError(f"{len(pending)} (of {len(fs)}) futures unfinished")
            time.sleep(0.001)
