# A coroutine started by `await f(args)` runs its body at once; one created by a plain
# call is resumed later. Both must create the same nested code objects, see the same
# closures and report the same lines in tracebacks.
import asyncio
import traceback


async def outer(x):
    def inner():
        return x
    squares = [i * i for i in range(x)]
    return inner, squares


async def fails(n):
    await asyncio.sleep(0)
    if n > 1:
        raise ValueError(f"bad {n}")
    return n


async def counter(n):
    total = 0
    for i in range(n):
        total += await fails(1)
    return total


class Box:
    def __init__(self, v):
        self.v = v

    async def get(self, extra):
        return self.v + extra

    async def nested(self):
        async def deep(k):
            await asyncio.sleep(0)
            return k * self.v
        return await deep(3) + await self.get(1)


async def main():
    eager_fn, eager_sq = await outer(3)
    coro = outer(4)
    plain_fn, plain_sq = await coro
    print(eager_fn(), plain_fn(), eager_sq, plain_sq)
    print(eager_fn.__code__ is plain_fn.__code__)
    print(eager_fn.__code__.co_name, eager_fn.__qualname__)
    print(await counter(5))
    t = asyncio.create_task(counter(3))
    print(await t)
    for start in ("eager", "plain"):
        try:
            if start == "eager":
                await fails(2)
            else:
                c = fails(3)
                await c
        except ValueError as e:
            print(start, e)
            tb = traceback.extract_tb(e.__traceback__)
            print([(f.name, f.lineno) for f in tb])
    b = Box(10)
    print(await b.get(5), await b.nested())
    n = b.nested()
    print(type(n).__name__, n.cr_code.co_name, n.cr_frame is not None)
    print(await n)


asyncio.run(main())
