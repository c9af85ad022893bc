import asyncio
import sys


async def agen(n, step=1):
    try:
        for i in range(0, n, step):
            yield i
            await asyncio.sleep(0)
    finally:
        print("agen finally", n)


async def main():
    a = agen(3)
    print(a.ag_running, a.ag_frame is not None, sorted(a.ag_frame.f_locals.items()), a.ag_await)
    print([v async for v in a])
    b = agen(5, 2)
    print(await b.__anext__(), await b.asend(None))
    await b.aclose()
    c = agen(4)
    await c.aclose()
    print("closed unstarted")
    try:
        await c.__anext__()
    except StopAsyncIteration:
        print("stop after close")
    d = agen(4)
    try:
        await d.athrow(ValueError("boom"))
    except ValueError as e:
        print("athrow unstarted", e)
    e = agen(2)
    try:
        await e.asend(5)
    except TypeError as ex:
        print("asend", ex)
    g1 = agen(1)
    print(await anext(g1), await anext(agen(0), "dflt"))
    await g1.aclose()


asyncio.run(main())
print("hooks", sys.get_asyncgen_hooks() is not None)
