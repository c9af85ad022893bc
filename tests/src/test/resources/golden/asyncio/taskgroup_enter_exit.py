# TaskGroup.__aenter__/__aexit__ (Java coroutines in Kairos) against CPython 3.13: the waits, the
# errors and cancellations they gather and propagate, the protocol by hand, subclasses.
import asyncio
import inspect


def show(e, depth=0):
    pad = "  " * depth
    if isinstance(e, BaseExceptionGroup):
        print(f"{pad}{type(e).__name__}({e.args[0]!r}) cause={e.__cause__!r} suppress={e.__suppress_context__}")
        for sub in e.exceptions:
            show(sub, depth + 1)
    else:
        print(f"{pad}{type(e).__name__}{e.args}")


async def ok(log, name, d=0):
    await asyncio.sleep(d)
    log.append(name)
    return name


async def fail(log, name, d=0, exc=ValueError):
    await asyncio.sleep(d)
    log.append(f"{name} raises")
    raise exc(name)


async def forever(log, name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    print(inspect.iscoroutinefunction(asyncio.TaskGroup.__aenter__), inspect.iscoroutinefunction(asyncio.TaskGroup.__aexit__))
    cur = asyncio.current_task()

    # the plain path: the exit waits for every task, in completion order
    log = []
    async with asyncio.TaskGroup() as tg:
        print(repr(tg))
        ts = [tg.create_task(ok(log, f"t{i}", (3 - i) * 0.02)) for i in range(3)]
        print(repr(tg))
    print(log, [t.result() for t in ts], repr(tg), cur.cancelling())

    # an empty group, and a group whose tasks are done before the exit
    async with asyncio.TaskGroup():
        pass
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(ok(log, "early"))
        await asyncio.sleep(0.01)
    print(t.done(), log[-1])

    # errors in tasks: the others are cancelled, one group with every error, parent uncancelled
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(log, "a", 0.001))
            tg.create_task(fail(log, "b", 0.001, KeyError))
            tg.create_task(forever(log, "c"))
            await asyncio.sleep(1)
            log.append("body not cancelled")
    except BaseExceptionGroup as e:
        show(e)
    print(log, cur.cancelling(), repr(tg))

    # an error in the body: tasks cancelled, the body's error last in the group
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(forever(log, "d"))
            tg.create_task(fail(log, "e"))
            await asyncio.sleep(0)
            raise ZeroDivisionError("body")
    except* ZeroDivisionError as eg:
        print("body error", [repr(x) for x in eg.exceptions])
    except* ValueError as eg:
        print("task error", [repr(x) for x in eg.exceptions])
    print(log)

    # the parent is cancelled from outside while the exit waits
    log = []

    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(forever(log, "f"))
            tg.create_task(forever(log, "g"))
        log.append("after group")

    p = asyncio.create_task(parent())
    await asyncio.sleep(0.001)
    p.cancel("outside")
    try:
        await p
    except asyncio.CancelledError as e:
        print("parent cancelled", e.args, p.cancelled(), p.cancelling())
    print(sorted(log))  # _abort cancels in the order of a set of tasks

    # a task error while the parent is also cancelled from outside
    log = []

    async def parent2():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(log, "h", 0.1))
            tg.create_task(forever(log, "i"))
            try:
                await asyncio.sleep(10)
            finally:
                log.append(f"body sees cancelling={asyncio.current_task().cancelling()}")

    p = asyncio.create_task(parent2())
    await asyncio.sleep(0.001)
    p.cancel()
    try:
        await p
    except BaseException as e:
        show(e)
    print(log, p.cancelling())

    # entering twice, a finished group, one without a parent task
    tg = asyncio.TaskGroup()
    async with tg:
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print(e)
    try:
        tg.create_task(ok(log, "late"))
    except RuntimeError as e:
        print(e)
    fut = asyncio.get_running_loop().create_future()

    def outside_task():
        c = asyncio.TaskGroup().__aenter__()
        try:
            c.send(None)
        except RuntimeError as e:
            fut.set_result(str(e))

    asyncio.get_running_loop().call_soon(outside_task)
    print(await fut)

    # the protocol by hand: __aenter__ finishes at once; __aexit__ yields its future
    tg = asyncio.TaskGroup()
    c = tg.__aenter__()
    print(type(c).__name__, inspect.getcoroutinestate(c), asyncio.iscoroutine(c))
    try:
        c.send(None)
    except StopIteration as e:
        print("entered", e.value is tg, inspect.getcoroutinestate(c))
    t = tg.create_task(asyncio.sleep(0.005, "x"))
    x = tg.__aexit__(None, None, None)
    w = x.send(None)
    print(type(w).__name__, w is tg._on_completed_fut, inspect.getcoroutinestate(x), x.cr_await is not None)
    await t
    print(w.done(), repr(tg))
    try:
        x.send(None)
    except StopIteration as e:
        print("exited", e.value, tg._on_completed_fut, inspect.getcoroutinestate(x))

    # a CancelledError thrown into a waiting exit aborts the group and is raised at the end
    tg = asyncio.TaskGroup()
    await tg.__aenter__()
    t = tg.create_task(forever(log, "m"))
    x = tg.__aexit__(None, None, None)
    x.send(None)
    w2 = x.throw(asyncio.CancelledError("thrown"))
    print("after throw", type(w2).__name__, repr(tg))
    await asyncio.wait([t])
    try:
        x.send(None)
    except asyncio.CancelledError as e:
        print("raised at the end", e.args, t.cancelled())
    tg = asyncio.TaskGroup()
    await tg.__aenter__()
    tg.create_task(forever(log, "n"))
    x = tg.__aexit__(None, None, None)
    x.send(None)
    try:
        x.throw(KeyError("k"))
    except KeyError as e:
        print("other exceptions pass", repr(e), inspect.getcoroutinestate(x))
    x = tg.__aexit__(None, None, None)
    try:
        x.send(None)
    except RuntimeError as e:
        print("the future was yielded before:", e, inspect.getcoroutinestate(x))
    tg._on_completed_fut = None
    x = tg.__aexit__(None, None, None)
    x.send(None)
    x.close()
    print("closed", inspect.getcoroutinestate(x))
    tg._abort()
    await asyncio.sleep(0.01)

    # subclasses: their _abort and _is_base_error are used (a "base error" is raised as is)
    class Loud(asyncio.TaskGroup):
        def _abort(self):
            print("abort", len(self._tasks))
            super()._abort()

        def _is_base_error(self, exc):
            print("is base error?", type(exc).__name__)
            return isinstance(exc, LookupError)

    log = []
    try:
        async with Loud() as tg:
            tg.create_task(forever(log, "o"))
            raise KeyError("body")
    except BaseException as e:
        show(e)
    print(log)

    # eager tasks in a group
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    log = []
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(ok(log, "eager", -1))
        t2 = tg.create_task(ok(log, "eager sleeps", 0.001))
        print("eager done at creation:", t1.done(), t2.done(), repr(tg))
    print(log)
    asyncio.get_running_loop().set_task_factory(None)

    # timeout around a group
    log = []
    try:
        async with asyncio.timeout(0.005):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(forever(log, "p"))
    except TimeoutError as e:
        print("timeout", type(e.__context__).__name__)
    print(log, cur.cancelling())


asyncio.run(main())
