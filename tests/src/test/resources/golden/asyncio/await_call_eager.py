# await f(args) starts the coroutine inside the awaiting call in Kairos: results, exceptions and
# their tracebacks, PEP 479, cr_running/cr_await of the awaiting coroutine, exc_info inside, callees
# that are not coroutine functions, deep recursion, and a RecursionError that leaves no state behind.
import asyncio, sys
async def leaf(x):
    return x * 2
async def boom():
    raise ValueError("bad")
async def stop():
    raise StopIteration(3)
async def suspends(x):
    await asyncio.sleep(0)
    return x + 1
async def state():
    t = asyncio.current_task()
    c = t.get_coro()
    print("outer running:", c.cr_running, "await:", c.cr_await)
    return 1
async def inner_exc():
    return repr(sys.exc_info()[1])
def notcoro(v):
    return leaf(v)
class Aw:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "aw"
def returns_aw():
    return Aw()
async def main():
    print(await leaf(4))
    try:
        await boom()
    except ValueError as e:
        import traceback
        print([f.name for f in traceback.extract_tb(e.__traceback__)])
    try:
        await stop()
    except RuntimeError as e:
        print("RE", e, repr(e.__cause__))
    print(await suspends(1))
    print(await state())
    try:
        raise KeyError("k")
    except KeyError:
        print(await inner_exc())
    print(await notcoro(5))
    print(await returns_aw())
    try:
        await len([])
    except TypeError as e:
        print("TE", e)
    async def rec(n):
        return 0 if n == 0 else 1 + await rec(n - 1)
    print(await rec(200))
    try:
        await rec(5000)
    except RecursionError as e:
        print("recursion", type(e).__name__)
    print(await rec(10))
asyncio.run(main())
