# Generators, coroutines and async generators made by many calls: each call's frame holds its own
# arguments (ints, bools, floats, objects, defaults, *args, keywords), before and after starting.
import asyncio


def gen(a, b=10, *rest, flag=False):
    yield (a, b, rest, flag)
    a = a * 2
    yield a


class Box:
    def __init__(self, v):
        self.v = v

    def items(self, n):
        for i in range(n):
            yield self.v + i


def outer(k):
    def inner(x):
        yield x + k
    return inner


async def co(x, y=1):
    await asyncio.sleep(0)
    return x * y


async def agen(n, step):
    for i in range(0, n, step):
        yield i


gens = []
for i in range(300):
    if i % 3 == 0:
        gens.append(gen(i))
    elif i % 3 == 1:
        gens.append(gen(i, b=i * 0.5, flag=True))
    else:
        gens.append(gen(str(i), i > 150, "x", None))
print([sorted(g.gi_frame.f_locals.items()) for g in gens[:6]])
print([g.gi_frame.f_lineno for g in gens[:3]], gens[0].gi_running, gens[0].gi_suspended)
print([next(g) for g in gens[295:]])
print([next(g) for g in gens[298:]])
print(sum(next(gens[i]) [0] for i in range(0, 294, 3)))
first = gen(True)
second = gen(1 << 70)
print(next(first), next(first), next(second), next(second))

b = Box(5)
print([list(b.items(3)) for _ in range(4)], [list(Box(s).items(2)) for s in (1.5, 10)])
print([next(outer(k)(k)) for k in range(5)])
ints = [gen(i) for i in range(200)]
objs = [gen([i]) for i in range(3)]
print(next(ints[199]), next(objs[2]), next(gen(None)))


async def main():
    print(await asyncio.gather(*[co(i) for i in range(50)]))
    print(await asyncio.gather(*[co(i, y=2.0) for i in range(5)]), await co("ab", 3))
    cs = [co(i) for i in range(3)]
    print([c.cr_frame.f_locals for c in cs], [c.cr_frame.f_lineno for c in cs])
    print(await asyncio.gather(*cs))
    out = []
    for n in range(100):
        async for v in agen(n % 7, 2):
            out.append(v)
    print(len(out), sum(out))
    a = agen(5, 1)
    print(dict(a.ag_frame.f_locals))
    print([v async for v in a])


asyncio.run(main())
