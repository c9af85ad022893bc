# globals(), locals() and warnings' caller location inside coroutines, generators and async
# generators, before and after they first suspend (their frames are then resumed by the loop).
import asyncio
import io
import sys
import warnings

MARK = "module"


def gen(k):
    a = k
    yield "MARK" in globals(), sorted(locals())
    b = a + 1
    yield "MARK" in globals(), sorted(locals())


async def agen(k):
    x = k
    yield "MARK" in globals(), sorted(locals())
    await asyncio.sleep(0)
    y = x * 2
    yield "MARK" in globals(), sorted(locals())


async def coro(k):
    first = "MARK" in globals(), sorted(locals())
    await asyncio.sleep(0)
    later = k + 1
    second = "MARK" in globals(), sorted(locals())
    # the default warning format goes to sys.stderr: "path:line: Category: message"
    saved = sys.stderr
    sys.stderr = buf = io.StringIO()
    warnings.warn(f"from resumed coroutine {k}")
    sys.stderr = saved
    warned = buf.getvalue().splitlines()[0].rsplit("/", 1)[-1]
    return first, second, warned


async def main():
    print("coro", await coro(1))
    print("task", await asyncio.create_task(coro(2)))
    print("agen", [v async for v in agen(3)])
    print("gen", list(gen(4)))
    g = gen(5)
    print("gen next", next(g), next(g))


asyncio.run(main())
