# Event.set, TaskGroup.__init__ and the timer callback of asyncio.sleep
# (futures._set_result_unless_cancelled), which Kairos runs in Java: the same
# effects, in the same order, for the classes themselves and for subclasses
# that watch attribute access or override the future methods they call.
import asyncio


class LoggingFuture(asyncio.Future):
    def done(self):
        r = super().done()
        print("  done() ->", r)
        return r

    def set_result(self, value):
        print("  set_result", value)
        super().set_result(value)

    def cancelled(self):
        r = super().cancelled()
        print("  cancelled() ->", r)
        return r


class WatchedEvent(asyncio.Event):
    def __setattr__(self, name, value):
        print("  set", name, value)
        super().__setattr__(name, value)


async def events():
    print("-- Event.set")
    ev = asyncio.Event()

    async def waiter(i):
        r = await ev.wait()
        return (i, r)

    tasks = [asyncio.create_task(waiter(i)) for i in range(4)]
    await asyncio.sleep(0)
    print(len(ev._waiters), ev.is_set())
    print(ev.set(), ev.is_set(), len(ev._waiters))
    print(ev.set())
    print(await asyncio.gather(*tasks))
    print(len(ev._waiters))
    ev.clear()
    print(ev.is_set())

    print("-- waiters that are done already, and other futures")
    ev = asyncio.Event()
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f2 = loop.create_future()
    f2.set_result("early")
    f3 = LoggingFuture()
    f4 = loop.create_future()
    f4.cancel()
    ev._waiters.extend([f1, f2, f3, f4])
    ev.set()
    print(f1.result(), f2.result(), f3.result(), f4.cancelled())

    print("-- a subclass: attribute access goes through the class")
    ev = WatchedEvent()
    ev._waiters.append(LoggingFuture())
    ev.set()
    print("again")
    ev.set()

    print("-- a waiter list that is not a deque")
    ev = asyncio.Event()
    ev._waiters = [loop.create_future() for _ in range(2)]
    ev.set()
    print([f.result() for f in ev._waiters])

    print("-- errors")
    ev = asyncio.Event()
    del ev._waiters
    try:
        ev.set()
    except AttributeError as e:
        print("AttributeError", e)
    print(ev.is_set())
    ev = asyncio.Event()
    ev._waiters = 5
    try:
        ev.set()
    except TypeError as e:
        print("TypeError", e)
    ev = asyncio.Event()
    ev._waiters.append(object())
    try:
        ev.set()
    except AttributeError as e:
        print("AttributeError", e)
    try:
        asyncio.Event.set(5)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)
    try:
        asyncio.Event().set(1)
    except TypeError as e:
        print("TypeError", e)


async def taskgroups():
    print("-- TaskGroup.__init__")
    tg = asyncio.TaskGroup()
    print(tg, sorted(vars(tg).items(), key=lambda kv: kv[0]))
    print(list(vars(tg)))

    class Sub(asyncio.TaskGroup):
        def __init__(self, tag):
            print("  Sub.__init__", tag)
            super().__init__()
            self.tag = tag

        def __setattr__(self, name, value):
            print("  set", name, type(value).__name__ if name in ("_loop", "_parent_task") else value)
            super().__setattr__(name, value)

    s = Sub("x")
    print(s.tag, s._tasks, s._errors)
    async with s:
        s.create_task(asyncio.sleep(0))
    print(s)
    try:
        asyncio.TaskGroup(1)
    except TypeError as e:
        print("TypeError", e)
    tg = asyncio.TaskGroup()
    tg.__init__()
    print(tg._entered, tg._tasks)
    for name in ("__init__", "create_task", "_on_task_done", "__aenter__", "__aexit__"):
        args = [None] * (name in ("create_task", "_on_task_done")) + [None] * 3 * (name == "__aexit__")
        try:
            r = getattr(asyncio.TaskGroup, name)(5, *args)
            if asyncio.iscoroutine(r):
                r.close()
                print(name, "coroutine")
        except (TypeError, AttributeError) as e:
            print(name, type(e).__name__, e)
    async with tg:
        tg.create_task(asyncio.sleep(0))
    print(tg._entered, tg._tasks)


async def timers():
    print("-- the timer callback of sleep")
    loop = asyncio.get_running_loop()
    seen = []
    orig = loop.call_later

    def call_later(delay, callback, *args, context=None):
        seen.append(callback)
        print("  call_later", delay, callback.__name__, len(args))
        return orig(delay, callback, *args, context=context)

    loop.call_later = call_later
    print(await asyncio.sleep(0.001, "slept"))
    del loop.call_later
    cb = seen[0]
    f = loop.create_future()
    print(cb(f, 1), f.result())
    f = loop.create_future()
    f.cancel()
    print(cb(f, 2), f.cancelled())
    f = LoggingFuture()
    cb(f, 3)
    print(f.result())
    f = LoggingFuture()
    f.cancel()
    cb(f, 4)
    print(f.cancelled())
    f = loop.create_future()
    f.set_result(0)
    try:
        cb(f, 5)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    try:
        cb(5, 6)
    except AttributeError as e:
        print("AttributeError", e)
    try:
        cb(f)
    except TypeError as e:
        print("TypeError")

    print("-- a sleep cancelled before its timer")
    t = asyncio.create_task(asyncio.sleep(0.01, "never"))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    print("-- timers in order")
    out = []

    async def sl(d, tag):
        out.append(await asyncio.sleep(d, tag))

    await asyncio.gather(sl(0.06, "c"), sl(0.02, "a"), sl(0.04, "b"), sl(0, "zero"))
    print(out)


async def main():
    await events()
    await taskgroups()
    await timers()


asyncio.run(main())
