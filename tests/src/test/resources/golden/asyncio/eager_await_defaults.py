# `await f(args)` starts the coroutine at once, also when defaults fill some parameters (functions,
# methods, module functions such as asyncio.sleep); reassigned or removed defaults take effect at
# the next call.
import asyncio

async def co(a, b=10, c=20):
    await asyncio.sleep(0)
    return a + b + c

class K:
    async def m(self, x, y="y"):
        return f"{x}{y}"

async def main():
    k = K()
    out = []
    for i in range(3):
        out.append(await co(i))
        out.append(await co(i, 1))
        out.append(await co(i, 1, 2))
        out.append(await k.m(i))
        out.append(await k.m(i, "z"))
        out.append(await asyncio.sleep(0, "res"))
        out.append(await asyncio.sleep(0))
    print(out)
    co.__defaults__ = (100, 200)
    print(await co(1))
    co.__defaults__ = (5,)
    print(await co(1, 2))
    try:
        print(await co(1))
    except TypeError as e:
        print("TypeError", e)
    co.__defaults__ = None
    try:
        print(await co(1))
    except TypeError as e:
        print("TypeError", e)
    K.m.__defaults__ = ("w",)
    print(await k.m(3))

asyncio.run(main())
