# async for over async generators, which the await steps without StopIteration (PAsyncGenAwaitable as
# a native awaitable): values, asend, athrow, aclose, reuse and "already running" errors, exceptions
# with tracebacks, StopAsyncIteration inside the body, break with the generator left suspended.
import asyncio
import sys


async def counter(n, log):
    try:
        for i in range(n):
            if i == 2:
                await asyncio.sleep(0)
            log.append(f"yield {i}")
            x = yield i
            if x is not None:
                log.append(f"got {x}")
    finally:
        log.append("counter finally")


async def nested(depth):
    if depth == 0:
        yield "leaf"
        await asyncio.sleep(0)
        yield "leaf2"
        return
    async for v in nested(depth - 1):
        yield f"{depth}:{v}"


async def raiser():
    yield 1
    raise ValueError("boom")


async def stops():
    yield 1
    raise StopAsyncIteration("inside")


async def main():
    log = []
    out = [v async for v in counter(4, log)]
    print(out, log)

    out = []
    async for v in nested(3):
        out.append(v)
    print(out)

    try:
        async for v in raiser():
            print("raiser gave", v)
    except ValueError as e:
        print("ValueError", e)

    try:
        async for v in stops():
            print("stops gave", v)
    except RuntimeError as e:
        print("RuntimeError", e, type(e.__cause__).__name__)

    log = []
    g = counter(5, log)
    print(await g.__anext__(), await g.asend("hello"), await anext(g))
    aw = g.__anext__()
    print(type(aw).__name__, g.ag_running)
    print(await aw)
    try:
        await aw
    except RuntimeError as e:
        print("reuse:", e)
    await g.aclose()
    print(log)

    g = counter(3, log)
    print(await g.__anext__())
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        print("athrow KeyError", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after athrow")

    # break out of an async for: the generator is left suspended
    log = []
    g = counter(10, log)
    async for v in g:
        if v == 1:
            break
    print("after break", log[-1], g.ag_running)
    await g.aclose()
    print(log[-1])

    # anext with a default, and an exhausted generator
    g = counter(1, [])
    print(await anext(g), await anext(g, "default"))

    # two awaitables of one generator interleaved: "already running"
    async def slow():
        await asyncio.sleep(0)
        yield 1
    g = slow()
    t1 = asyncio.ensure_future(g.__anext__())
    await asyncio.sleep(0)
    try:
        await g.__anext__()
    except RuntimeError as e:
        print("running:", e)
    print(await t1)

    # exceptions pass through with their traceback
    try:
        async for v in nested_fail(2):
            pass
    except ZeroDivisionError as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print("tb", names)


async def nested_fail(depth):
    if depth == 0:
        yield 1
        1 / 0
    async for v in nested_fail(depth - 1):
        yield v


asyncio.run(main())
print("shutdown ok")
