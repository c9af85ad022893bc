# Exceptions thrown into a coroutine suspended in `await fut` (cancellation, throw(), close()).
import asyncio


async def blocked(fut, log):
    try:
        await fut
    except asyncio.CancelledError as e:
        log.append(("cancelled", type(e).__name__, e.args, asyncio.current_task().get_coro().cr_await))
        raise


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    log = []
    t = asyncio.create_task(blocked(fut, log))
    await asyncio.sleep(0)
    print(t.get_coro().cr_await is fut, type(t.get_coro().cr_await).__name__)
    t.cancel("stop")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outer", e.args)
    print(log, fut.cancelled(), t.cancelled())

    fut2 = loop.create_future()

    async def w():
        try:
            await fut2
        except ValueError as e:
            return ("caught", e.args)

    c = w()
    print(c.send(None) is fut2)
    try:
        c.throw(ValueError("boom"))
    except StopIteration as s:
        print(s.value)
    print(fut2.done())

    fut3 = loop.create_future()

    async def z():
        try:
            await fut3
        finally:
            print("finally z")

    c3 = z()
    c3.send(None)
    c3.close()
    print(fut3.done(), c3.cr_frame)

    async def again():
        for i in range(3):
            try:
                await loop.create_future()
            except KeyError as e:
                print("round", i, e)
        return "done"

    c4 = again()
    c4.send(None)
    print(type(c4.throw(KeyError("a"))).__name__)
    print(type(c4.throw(KeyError("b"))).__name__)
    try:
        c4.throw(KeyError("c"))
    except StopIteration as s:
        print(s.value)


asyncio.run(main())
