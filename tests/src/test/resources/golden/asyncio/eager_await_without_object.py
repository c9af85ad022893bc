# The body of "await f(args)" runs without its coroutine object until something needs one:
# PEP 479 in such a body, handled exceptions across a suspension and without one, nested
# eager awaits that suspend at the bottom, deep recursion, yield from a generator body.
import asyncio, sys, types

async def raises_stop():
    raise StopIteration(5)

async def leaf(x):
    return x * 2

async def handled_then_suspend():
    try:
        raise ValueError("inner")
    except ValueError:
        await asyncio.sleep(0)
        return repr(sys.exc_info()[1])

async def handled_no_suspend():
    try:
        raise KeyError("k")
    except KeyError:
        return repr(sys.exc_info()[1])

async def nested(n):
    if n == 0:
        await asyncio.sleep(0)
        return 0
    return 1 + await nested(n - 1)

async def deep(n):
    if n == 0:
        return 0
    return 1 + await deep(n - 1)

def gen_inner():
    x = yield 1
    yield x
    return "done"

def gen_outer():
    r = yield from gen_inner()
    yield r

async def main():
    try:
        await raises_stop()
    except RuntimeError as e:
        print("RuntimeError", e, type(e.__cause__).__name__)
    print(await leaf(21))
    try:
        raise IndexError("outer")
    except IndexError:
        print(await handled_then_suspend(), repr(sys.exc_info()[1]))
        print(await handled_no_suspend(), repr(sys.exc_info()[1]))
    print(repr(sys.exc_info()[1]))
    print(await nested(5))
    t = asyncio.current_task()
    print(t.get_coro().cr_await is None, t.get_coro().cr_running)
    try:
        await deep(5000)
    except RecursionError as e:
        print("RecursionError")
    print(await deep(50))
    g = gen_outer()
    print(next(g), g.send("v"), next(g), list(g))
    c = leaf(1)
    print(type(c).__name__, c.cr_running, c.cr_frame is not None)
    print(await c, c.cr_frame)

asyncio.run(main())
