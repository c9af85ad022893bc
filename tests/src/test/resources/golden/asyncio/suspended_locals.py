# Locals first bound after a suspension point (and all locals of a coroutine) start with an
# "object" tag: their values, unbound reads and deletes must behave as before.
import asyncio


async def leaf(i, st):
    k = i * 3
    flag = i % 2 == 0
    await asyncio.sleep(0)
    st[0] += k % 7
    st[1] = st[1] or flag
    r = k + 1
    f = r / 2
    return (r, f, flag)


async def unbound(n):
    if n > 0:
        late = n
    await asyncio.sleep(0)
    try:
        return late
    except UnboundLocalError as e:
        return str(e)


async def deleted():
    x = 5
    await asyncio.sleep(0)
    del x
    try:
        print(x)
    except UnboundLocalError as e:
        print("after del:", e)
    x = True
    return x


def gen(n):
    total = 0
    for i in range(n):
        got = yield total
        if got is not None:
            total += got
        total += i
    after = total * 2
    yield after


class Ctx:
    async def __aenter__(self):
        await asyncio.sleep(0)
        return 41

    async def __aexit__(self, *a):
        return False


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i


async def main():
    st = [0, False]
    rs = await asyncio.gather(*[leaf(i, st) for i in range(50)])
    print(st, rs[:3], rs[-1], sum(r for r, _, _ in rs))
    print(await unbound(3), "|", await unbound(0))
    print(await deleted())
    g = gen(4)
    print(next(g), g.send(10), next(g), next(g), next(g))
    async with Ctx() as v:
        w = v + 1
    print(v, w)
    acc = 0
    async for sq in agen(5):
        acc += sq
    print(acc, sq)
    print([x async for x in agen(3)])


asyncio.run(main())
