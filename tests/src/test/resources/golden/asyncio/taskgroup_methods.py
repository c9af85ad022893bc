# TaskGroup.create_task and _on_task_done (Java in Kairos) against CPython 3.13
import asyncio


async def ok(x, delay=0):
    await asyncio.sleep(delay)
    return x


async def boom(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def quick(x):
    return x * 2


async def fail_now(msg):
    raise KeyError(msg)


async def main():
    # plain use, names, contexts
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(ok(1), name="first")
        t2 = tg.create_task(coro=ok(2))
        print("repr while pending:", repr(t1).split(" coro=")[0], "cb" in repr(t1), "TaskGroup._on_task_done" in repr(t1))
        print(t1.get_name(), len(tg._tasks))
    print("results", t1.result(), t2.result(), len(tg._tasks))

    # not entered, finished, shutting down: the coroutine is closed
    tg = asyncio.TaskGroup()
    c = ok(3)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    print("closed:", c.cr_frame is None)
    async with tg:
        pass
    c = ok(4)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    print("closed:", c.cr_frame is None)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom("a"))
            await asyncio.sleep(0.01)
            c = ok(5)
            try:
                tg.create_task(c)
            except RuntimeError as e:
                print("RuntimeError", e)
            print("closed:", c.cr_frame is None)
    except* ValueError as eg:
        print("group", [str(e) for e in eg.exceptions])

    # errors cancel the siblings and the parent
    try:
        async with asyncio.TaskGroup() as tg:
            slow = tg.create_task(ok("slow", 10))
            tg.create_task(boom("x", 0.01))
            tg.create_task(boom("y", 0.01))
            await asyncio.sleep(1)
            print("not reached")
    except* ValueError as eg:
        print("errors", sorted(str(e) for e in eg.exceptions), "slow cancelled", slow.cancelled())

    # eager tasks finish inside create_task
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    async with asyncio.TaskGroup() as tg:
        q = tg.create_task(quick(21))
        print("eager done at once", q.done(), q.result(), len(tg._tasks))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom("eager"))
            print("after eager failure", tg._aborting)
    except* ValueError as eg:
        print("eager group", [str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_now("now"))
            print("after eager failure without await", tg._aborting, len(tg._tasks), len(tg._errors))
            await asyncio.sleep(0)
            print("not reached")
    except* KeyError as eg:
        print("eager group", [repr(e) for e in eg.exceptions])
    loop.set_task_factory(None)

    # a subclass sees its own overrides
    class Logged(asyncio.TaskGroup):
        def _on_task_done(self, task):
            print("done:", task.get_name())
            super()._on_task_done(task)

    async with Logged() as tg:
        tg.create_task(ok(6), name="sub1")
        tg.create_task(ok(7), name="sub2")
    print("subclass ok")

    # the done callback is removable like CPython's bound method? (only checks it is there)
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(ok(8))
        print("has callback", len(t._callbacks) if hasattr(t, "_callbacks") else "n/a")
    print("end", t.result())


asyncio.run(main())
