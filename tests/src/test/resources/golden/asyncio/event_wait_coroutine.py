# asyncio.Event.wait(): a coroutine object (Java in Kairos) against CPython 3.13
import asyncio


async def waiter(ev, name, log):
    r = await ev.wait()
    log.append((name, r))
    return name


async def main():
    ev = asyncio.Event()
    c = ev.wait()
    print(asyncio.iscoroutine(c), type(c).__name__, c.__qualname__, repr(c).startswith("<coroutine object Event.wait at 0x"))
    print("running:", c.cr_running, "await:", c.cr_await)
    c.close()
    c.close()
    try:
        c.send(None)
    except RuntimeError as e:
        print("RuntimeError", e)

    # already set: no suspension
    ev.set()
    print("set:", await ev.wait(), len(ev._waiters))
    ev.clear()

    # several waiters, woken in order
    log = []
    tasks = [asyncio.create_task(waiter(ev, i, log)) for i in range(3)]
    await asyncio.sleep(0)
    print("waiting:", len(ev._waiters), repr(ev).split("[")[1])
    ev.set()
    print(await asyncio.gather(*tasks), log, len(ev._waiters))
    ev.clear()

    # a task whose coroutine is ev.wait() itself
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print("task waiting:", t.done(), len(ev._waiters), t.get_coro().cr_await is not None)
    ev.set()
    print("task result:", await t, len(ev._waiters))
    ev.clear()

    # cancellation removes the waiter
    t = asyncio.create_task(waiter(ev, "c", []))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled:", t.cancelled(), len(ev._waiters))

    # timeouts
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        print("timeout, waiters left:", len(ev._waiters))
    try:
        async with asyncio.timeout(0.01):
            await ev.wait()
    except TimeoutError:
        print("timeout block, waiters left:", len(ev._waiters))
    done, pending = await asyncio.wait([asyncio.create_task(ev.wait()), asyncio.create_task(asyncio.sleep(0.01))],
                                       return_when=asyncio.FIRST_COMPLETED)
    print("wait:", len(done), len(pending))
    for p in pending:
        p.cancel()
    await asyncio.sleep(0)
    print("after cancel:", len(ev._waiters))

    # the coroutine protocol by hand
    c = ev.wait()
    try:
        c.send(1)
    except TypeError as e:
        print("TypeError", e)
    c = ev.wait()
    fut = c.send(None)
    print("yielded a future:", isinstance(fut, asyncio.Future), fut.done(), len(ev._waiters))
    try:
        c.throw(ValueError("boom"))
    except ValueError as e:
        print("thrown:", e, len(ev._waiters), c.cr_await)
    c = ev.wait()
    c.send(None)
    c.close()
    print("closed while waiting:", len(ev._waiters))
    c = ev.wait()
    try:
        c.throw(KeyError)
    except KeyError as e:
        print("thrown before start:", repr(e))
    w = ev.wait()
    await asyncio.sleep(0)
    ev.set()
    print("after set:", await w)

    # a coroutine can be awaited once
    c = ev.wait()
    await c
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError", e)

    # subclasses and their _get_loop
    class Loud(asyncio.Event):
        def _get_loop(self):
            print("Loud._get_loop")
            return super()._get_loop()

    lv = Loud()
    t = asyncio.create_task(lv.wait())
    await asyncio.sleep(0)
    lv.set()
    print("subclass:", await t)


asyncio.run(main())

ev = asyncio.Event()


async def other():
    await ev.wait()


async def bind():
    t = asyncio.create_task(other())
    await asyncio.sleep(0)
    t.cancel()


asyncio.run(bind())
try:
    asyncio.run(other())
except RuntimeError as e:
    print("RuntimeError", str(e).split(" is bound")[1])
