# gather's semantics on the native path (futures and coroutines of the running loop) and on the
# general one (future subclasses, a task factory), with the scheduling order of the children's
# done callbacks relative to other callbacks.
import asyncio

log = []


async def val(x, delay=0):
    for _ in range(delay):
        await asyncio.sleep(0)
    log.append(x)
    return x


async def boom(msg, delay=0):
    for _ in range(delay):
        await asyncio.sleep(0)
    raise ValueError(msg)


class MyFuture(asyncio.Future):
    pass


async def main():
    loop = asyncio.get_running_loop()

    # coroutines, results in argument order, children scheduled in argument order
    r = await asyncio.gather(val("a", 2), val("b", 0), val("c", 1))
    print("coros:", r, log)

    # duplicates: one task per distinct argument, result repeated
    log.clear()
    c = val("dup")
    r = await asyncio.gather(c, c, val("x"))
    print("dups:", r, log)

    # repeated futures and coroutines among few arguments and among many (over 16)
    for n in (5, 40):
        log.clear()
        fd = loop.create_future()
        loop.call_soon(fd.set_result, "f")
        cs = [val(i, i % 3) for i in range(n)]
        args = cs + [fd, cs[1], fd, cs[n - 1], cs[0]]
        r = await asyncio.gather(*args)
        print("repeats", n, r[n:], len(r), sorted(log) == list(range(n)))

    # already finished futures are accounted before gather returns
    f1 = loop.create_future()
    f1.set_result(1)
    f2 = loop.create_future()
    f2.set_result(2)
    g = asyncio.gather(f1, f2)
    print("all done:", g.done(), g.result(), type(g).__name__)

    # the first exception fails the outer future; the other children keep running
    t1 = asyncio.create_task(val("slow", 3))
    try:
        await asyncio.gather(boom("bad", 1), t1)
    except ValueError as e:
        print("raised:", e, t1.done())
    await t1
    print("slow finished:", t1.result())

    # return_exceptions collects exceptions and cancellations
    t2 = asyncio.create_task(val("never", 5))
    t3 = asyncio.create_task(val("ok", 0))
    loop.call_soon(t2.cancel, "stop it")
    r = await asyncio.gather(t2, t3, boom("e", 0), return_exceptions=True)
    print("collected:", [type(x).__name__ + ":" + str(x) for x in r])

    # cancelling the outer future cancels the children
    t4 = asyncio.create_task(val("t4", 10))
    t5 = asyncio.create_task(val("t5", 10))
    outer = asyncio.gather(t4, t5)
    await asyncio.sleep(0)
    print("cancel outer:", outer.cancel("enough"), outer.cancel())
    try:
        await outer
    except asyncio.CancelledError as e:
        print("outer cancelled:", e.args, t4.cancelled(), t5.cancelled())

    # a cancelled child without return_exceptions cancels the outer future
    t6 = asyncio.create_task(val("t6", 10))
    g = asyncio.gather(t6, val("t7", 1))
    loop.call_soon(t6.cancel)
    try:
        await g
    except asyncio.CancelledError:
        print("child cancelled -> outer cancelled:", g.cancelled())

    # order of the gather callback relative to other done callbacks
    order = []
    f3 = loop.create_future()
    f3.add_done_callback(lambda f: order.append("first cb"))
    g = asyncio.gather(f3)
    g.add_done_callback(lambda f: order.append("outer cb"))
    f3.add_done_callback(lambda f: order.append("last cb"))
    loop.call_soon(f3.set_result, "v")
    print("gathered:", await g, order)

    # a Future subclass takes the general path, with the same results
    mf = MyFuture()
    loop.call_soon(mf.set_result, "mine")
    r = await asyncio.gather(mf, val("plain"))
    print("subclass:", r)

    # a task factory is honoured for coroutines
    made = []

    def factory(loop, coro, **kw):
        made.append(coro.__qualname__)
        return asyncio.Task(coro, loop=loop, **kw)

    loop.set_task_factory(factory)
    r = await asyncio.gather(val("f1"), val("f2"))
    loop.set_task_factory(None)
    print("factory:", r, made)

    # empty gather, and repr of a pending outer future
    print("empty:", await asyncio.gather())
    f4 = loop.create_future()
    g = asyncio.gather(f4)
    print(repr(g))
    f4.set_result(None)
    await g
    print(repr(g))

    # exceptions of children that fail after the outer future is done are retrieved by gather
    t8 = asyncio.create_task(boom("late", 3))
    g = asyncio.gather(boom("early", 0), t8)
    try:
        await g
    except ValueError as e:
        print("early:", e)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("late done:", t8.done())


asyncio.run(main())
print("end")
