# The eager entry (await f(args)) and the plain call of coroutines that define closures,
# classes and async generator expressions: the nested code objects are shared by both roots.
import asyncio


async def outer(x):
    y = x * 2

    async def inner(z):
        await asyncio.sleep(0)
        return x + y + z

    class Local:
        async def method(self, k):
            return await inner(k) * 10

    first = await inner(1)
    second = await Local().method(2)
    gen = (await inner(i) for i in range(2))
    third = [v async for v in gen]
    return first, second, third, inner


async def main():
    a = await outer(1)
    b = await outer(5)
    c = await asyncio.create_task(outer(7))
    print(a[:3], b[:3], c[:3])
    print(a[3].__code__ is b[3].__code__ is c[3].__code__, a[3].__qualname__)
    print(await a[3](100), await c[3](100))


asyncio.run(main())
