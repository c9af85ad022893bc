# Higher-level asyncio API for Kairos, run inside the `asyncio` module namespace after the Java
# core (_EventLoop, Future, Task, handles, current_task, all_tasks) has been installed.
import sys
import collections
import contextvars

_EventLoop.__module__  # the Java loop class

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


class SendfileNotAvailableError(RuntimeError):
    __module__ = 'asyncio.exceptions'


class IncompleteReadError(EOFError):
    __module__ = 'asyncio.exceptions'

    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {r_expected} expected bytes')
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    __module__ = 'asyncio.exceptions'

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed


class BrokenBarrierError(RuntimeError):
    __module__ = 'asyncio.exceptions'


class QueueEmpty(Exception):
    __module__ = 'asyncio.queues'


class QueueFull(Exception):
    __module__ = 'asyncio.queues'


class QueueShutdown(Exception):
    __module__ = 'asyncio.queues'


# ---------------------------------------------------------------- loops and policy

def _loop_run_until_complete(loop, future):
    loop._check_closed()
    loop._check_running()
    new_task = not isfuture(future)
    future = ensure_future(future, loop=loop)
    if new_task:
        future._log_destroy_pending = False

    def done_cb(fut):
        if not fut.cancelled():
            exc = fut.exception()
            if isinstance(exc, (SystemExit, KeyboardInterrupt)):
                return
        fut.get_loop().stop()

    future.add_done_callback(done_cb)
    try:
        loop.run_forever()
    except BaseException:
        if new_task and future.done() and not future.cancelled():
            future.exception()
        raise
    finally:
        future.remove_done_callback(done_cb)
    if not future.done():
        raise RuntimeError('Event loop stopped before Future completed.')
    return future.result()


def _call_exception_handler(loop, context):
    handler = loop.get_exception_handler()
    if handler is None:
        try:
            _default_exception_handler(loop, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException:
            pass
        return
    try:
        handler(loop, context)
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        try:
            _default_exception_handler(loop, {
                'message': 'Unhandled error in exception handler',
                'exception': exc,
                'context': context,
            })
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException:
            pass


def _default_exception_handler(loop, context):
    message = context.get('message') or 'Unhandled exception in event loop'
    lines = [message]
    for key in sorted(context):
        if key in ('message', 'exception'):
            continue
        lines.append(f'{key}: {context[key]!r}')
    exc = context.get('exception')
    if exc is not None:
        lines.append(f'{type(exc).__name__}: {exc}')
    print('\n'.join(lines), file=sys.stderr)


class _UnixSelectorEventLoop(_EventLoop):
    __module__ = 'asyncio.unix_events'

    def __new__(cls, *args, **kwargs):
        return _new_event_loop(cls)

    def __init__(self, *args, **kwargs):
        pass

    def run_until_complete(self, future):
        return _loop_run_until_complete(self, future)

    def call_exception_handler(self, context):
        _call_exception_handler(self, context)

    def default_exception_handler(self, context):
        _default_exception_handler(self, context)

    def close(self):
        if self._close():
            ex = self._extra.get('executor')
            if ex is not None:
                self._extra['executor'] = None
                ex.shutdown(wait=False)

    async def shutdown_asyncgens(self):
        agens = self._take_asyncgens()
        if not agens:
            return
        outcomes = await gather(*[ag.aclose() for ag in agens], return_exceptions=True)
        for agen, outcome in zip(agens, outcomes):
            if isinstance(outcome, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': outcome,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self, timeout=None):
        ex = self._extra.get('executor')
        if ex is not None:
            self._extra['executor'] = None
            ex.shutdown(wait=True)

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if executor is None:
            executor = self._extra.get('executor')
            if executor is None:
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor()
                self._extra['executor'] = executor
        return wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        self._extra['executor'] = executor


class _ThreadPool:
    """Runs submitted calls synchronously (no guest threads): results are delivered through the loop."""

    def submit(self, fn, *args):
        f = _ConcFuture()
        try:
            f.set_result(fn(*args))
        except BaseException as e:
            f.set_exception(e)
        return f

    def shutdown(self, wait=True):
        pass


class _ConcFuture:
    def __init__(self):
        self._done = False
        self._result = None
        self._exc = None
        self._cbs = []

    def set_result(self, r):
        self._result = r
        self._done = True
        for cb in self._cbs:
            cb(self)

    def set_exception(self, e):
        self._exc = e
        self._done = True
        for cb in self._cbs:
            cb(self)

    def done(self):
        return self._done

    def cancelled(self):
        return False

    def cancel(self):
        return False

    def result(self, timeout=None):
        if self._exc is not None:
            raise self._exc
        return self._result

    def exception(self, timeout=None):
        return self._exc

    def add_done_callback(self, cb):
        if self._done:
            cb(self)
        else:
            self._cbs.append(cb)


class AbstractEventLoopPolicy:
    __module__ = 'asyncio.events'


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    __module__ = 'asyncio.unix_events'

    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if self._loop is None and not self._set_called:
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError('There is no current event loop in thread %r.' % 'MainThread')
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        self._loop = loop

    def new_event_loop(self):
        return _UnixSelectorEventLoop()


_policy = None


def get_event_loop_policy():
    global _policy
    if _policy is None:
        _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    global _policy
    _policy = policy


def get_event_loop():
    loop = _get_running_loop()
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


AbstractEventLoop = _EventLoop
BaseEventLoop = _EventLoop
SelectorEventLoop = _UnixSelectorEventLoop
EventLoop = _UnixSelectorEventLoop


# ---------------------------------------------------------------- helpers

def iscoroutine(obj):
    return type(obj).__name__ == 'coroutine' or (
        hasattr(obj, 'send') and hasattr(obj, 'throw') and hasattr(obj, 'close') and hasattr(obj, '__await__'))


def iscoroutinefunction(func):
    import inspect
    return inspect.iscoroutinefunction(func) or getattr(func, '_is_coroutine', None) is _is_coroutine


_is_coroutine = object()


def isfuture(obj):
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


async def _wrap_awaitable(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError('The future belongs to a different loop than the one specified as the loop argument')
        return coro_or_future
    should_close = True
    if not iscoroutine(coro_or_future):
        if hasattr(coro_or_future, '__await__'):
            coro_or_future = _wrap_awaitable(coro_or_future)
            should_close = False
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if should_close:
            coro_or_future.close()
        raise


# create_task(coro, *, name=None, context=None) is in Java (AsyncioModule): asyncio's own loop
# makes the task without a guest call.


# _set_result_unless_cancelled(fut, result), the callback of a sleep's timer, is in Java
# (Sleep.java).


# The definition of record: _sleep_native replaces it with a coroutine in Java (Sleep.java) that
# steps through the same states, and keeps its code object for cr_frame, whose line numbers are
# those of the two awaits (2 and 10 lines below the def): keep the body's shape.
async def sleep(delay, result=None):
    if delay <= 0:
        await _sleep0()
        return result
    if delay != delay:
        raise ValueError("Invalid delay: NaN (not a number)")
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


_sleep_native(sleep, _set_result_unless_cancelled)


def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    import concurrent.futures
    assert isinstance(future, concurrent.futures.Future), \
        f'concurrent.futures.Future is expected, got {future!r}'
    if loop is None:
        loop = get_event_loop()
    new_future = loop.create_future()

    def copy(src):
        if new_future.done():
            return
        if src.cancelled():
            new_future.cancel()
        elif src.exception() is not None:
            new_future.set_exception(src.exception())
        else:
            new_future.set_result(src.result())

    def on_done(src):
        if loop.is_closed():
            return
        loop.call_soon_threadsafe(copy, src)

    future.add_done_callback(on_done)
    return new_future


async def to_thread(func, /, *args, **kwargs):
    loop = get_running_loop()
    ctx = contextvars.copy_context()
    return await loop.run_in_executor(None, lambda: ctx.run(func, *args, **kwargs))


def run_coroutine_threadsafe(coro, loop):
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    result = concurrent.futures.Future()

    def copy_state(task):
        # the task finished in the loop: mirror its outcome into the thread-side future
        if result.cancelled():
            return
        if task.cancelled():
            result.cancel()
            return
        if not result.set_running_or_notify_cancel():
            return
        exc = task.exception()
        if exc is not None:
            result.set_exception(exc)
        else:
            result.set_result(task.result())

    def start():
        try:
            task = ensure_future(coro, loop=loop)
        except BaseException as exc:
            if result.set_running_or_notify_cancel():
                result.set_exception(exc)
            raise
        task.add_done_callback(copy_state)

        def on_result_done(f):
            # cancelling the thread-side future cancels the task, in the loop's thread
            if f.cancelled() and not loop.is_closed():
                loop.call_soon_threadsafe(task.cancel)
        result.add_done_callback(on_result_done)

    loop.call_soon_threadsafe(start)
    return result


# ---------------------------------------------------------------- Runner / run

class Runner:
    __module__ = 'asyncio.runners'

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'created'
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._context = None
        self._interrupt_count = 0
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != 'initialized':
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'closed'

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        if context is None:
            context = self._context
        task = self._loop.create_task(coro, context=context)
        try:
            return self._loop.run_until_complete(task)
        except CancelledError:
            if self._interrupt_count > 0:
                uncancel = getattr(task, "uncancel", None)
                if uncancel is not None and uncancel() == 0:
                    raise KeyboardInterrupt()
            raise

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError("Runner is closed")
        if self._state == 'initialized':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._context = contextvars.copy_context()
        self._state = 'initialized'


def run(main, *, debug=None, loop_factory=None):
    if _get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug, loop_factory=loop_factory) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


# ---------------------------------------------------------------- gather / shield

# gather(*coros_or_futures, return_exceptions=False) is in Java (Gather.java): futures and
# coroutines of the running default loop are gathered there; anything else comes here.
def _gather_py(coros_or_futures, return_exceptions):
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    children = []
    arg_to_fut = {}
    loop = None
    nfuts = 0
    nfinished = 0
    outer = None
    already_done = []

    def child_done(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for f in children:
                if f.cancelled():
                    res = CancelledError('' if f._cancel_message is None else f._cancel_message)
                else:
                    res = f.exception()
                    if res is None:
                        res = f.result()
                results.append(res)
            if outer._cancel_requested:
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            if fut is not arg:
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            if fut.done():
                already_done.append(fut)
            else:
                fut.add_done_callback(child_done)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    # Children that were already finished are accounted only now that outer exists, so an
    # early exception still fails outer and an all-done gather resolves before returning.
    for fut in already_done:
        child_done(fut)
    return outer


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


# ---------------------------------------------------------------- wait / wait_for / as_completed

async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    assert fs, 'Set of Futures is empty.'
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def on_done(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait_for(fut, timeout):
    if timeout is not None and timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    async with timeout_ctx(timeout):
        return await fut


async def _cancel_and_wait(fut):
    loop = get_running_loop()
    waiter = loop.create_future()

    def cb(f):
        if not waiter.done():
            waiter.set_result(None)

    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


def as_completed(fs, *, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    return _AsCompleted(fs, timeout)


class _AsCompleted:
    def __init__(self, fs, timeout):
        loop = get_event_loop()
        todo = {ensure_future(f, loop=loop) for f in set(fs)}
        self._done = collections.deque()
        self._todo = todo
        self._loop = loop
        self._waiters = collections.deque()
        self._timeout_handle = None
        if timeout is not None:
            self._timeout_handle = loop.call_later(timeout, self._on_timeout)
        for f in todo:
            f.add_done_callback(self._on_completion)

    def _on_timeout(self):
        for f in self._todo:
            f.remove_done_callback(self._on_completion)
        self._todo.clear()
        self._done.append(None)
        self._wake()

    def _on_completion(self, f):
        if f not in self._todo:
            return
        self._todo.remove(f)
        self._done.append(f)
        if not self._todo and self._timeout_handle is not None:
            self._timeout_handle.cancel()
        self._wake()

    def _wake(self):
        while self._waiters:
            w = self._waiters.popleft()
            if not w.done():
                w.set_result(None)

    async def _wait_for_one(self, resolve=False):
        while not self._done:
            w = self._loop.create_future()
            self._waiters.append(w)
            await w
        f = self._done.popleft()
        if f is None:
            raise TimeoutError
        return f.result() if resolve else f

    def __iter__(self):
        return self

    def __next__(self):
        if not self._todo and not self._done:
            raise StopIteration
        return self._wait_for_one(resolve=True)

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self._todo and not self._done:
            raise StopAsyncIteration
        return await self._wait_for_one()


# ---------------------------------------------------------------- timeouts

class _State:
    CREATED = "created"
    ENTERED = "active"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    EXITED = "finished"


class Timeout:
    __module__ = 'asyncio.timeouts'

    def __init__(self, when):
        self._state = _State.CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state is not _State.ENTERED:
            if self._state is _State.CREATED:
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in (_State.EXPIRING, _State.EXPIRED)

    def __repr__(self):
        info = ['']
        if self._state is _State.ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info.append(f"when={when}")
        info_str = ' '.join(info)
        return f"<Timeout [{self._state}]{info_str}>"

    async def __aenter__(self):
        if self._state is not _State.CREATED:
            raise RuntimeError("Timeout has already been entered")
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = _State.ENTERED
        self._task = task
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state in (_State.ENTERED, _State.EXPIRING)
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state is _State.EXPIRING:
            self._state = _State.EXPIRED
            if self._task.uncancel() <= self._cancelling and exc_type is not None:
                if issubclass(exc_type, CancelledError):
                    raise TimeoutError from exc_val
                elif exc_val is not None:
                    _insert_timeout_error(exc_val)
                    if isinstance(exc_val, ExceptionGroup):
                        for exc in exc_val.exceptions:
                            _insert_timeout_error(exc)
        elif self._state is _State.ENTERED:
            self._state = _State.EXITED
        return None

    def _on_timeout(self):
        assert self._state is _State.ENTERED
        self._task.cancel()
        self._state = _State.EXPIRING
        self._timeout_handler = None


def _insert_timeout_error(exc_val):
    while exc_val.__context__ is not None:
        if isinstance(exc_val.__context__, CancelledError):
            te = TimeoutError()
            te.__context__ = te.__cause__ = exc_val.__context__
            exc_val.__context__ = te
            break
        exc_val = exc_val.__context__


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


timeout_ctx = timeout


def timeout_at(when):
    return Timeout(when)


# ---------------------------------------------------------------- TaskGroup

class TaskGroup:
    __module__ = 'asyncio.taskgroups'

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        info_str = ' '.join(info)
        return f'<TaskGroup{info_str}>'

    # __init__(self), __aenter__(self), __aexit__(self, et, exc, tb) (TaskGroupContext.java),
    # create_task(self, coro, *, name=None, context=None) and _on_task_done(self, task)
    # (TaskGroups.java) are in Java, installed below: they run once per group or per task.

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()


_taskgroup_native(TaskGroup)


# ---------------------------------------------------------------- eager tasks

def create_eager_task_factory(custom_task_constructor):
    def factory(loop, coro, *, name=None, context=None):
        return custom_task_constructor(coro, loop=loop, name=name, context=context, eager_start=True)
    return factory


eager_task_factory = create_eager_task_factory(Task)
_register_eager_task_factory(eager_task_factory)  # loop.create_task and gather make its tasks in Java


# ---------------------------------------------------------------- loaded on first use

# Locks, events, conditions, semaphores, barriers and queues are in asyncio_sync.py, run into this
# namespace when one of them is first asked for (PEP 562): most scripts never use them, and
# compiling them made every `import asyncio` slower.
_SYNC_NAMES = frozenset(('_ContextManagerMixin', '_LoopBound', 'Lock', 'Event', 'Condition', 'Semaphore',
                         'BoundedSemaphore', '_BarrierState', 'Barrier', 'Queue', 'PriorityQueue', 'LifoQueue',
                         'StreamReader'))


def __getattr__(name):
    if name in _SYNC_NAMES:
        _load_sync()
        return globals()[name]
    raise AttributeError(f"module 'asyncio' has no attribute '{name}'")


# `from asyncio import *` exports the API, including the names loaded on first use
__all__ = sorted([n for n, v in globals().items() if not n.startswith('_') and type(v) is not type(sys)]
                 + [n for n in _SYNC_NAMES if not n.startswith('_')])
