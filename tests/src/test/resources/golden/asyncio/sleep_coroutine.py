# asyncio.sleep(): its coroutine object (Java in Kairos) against CPython 3.13: results, delays of
# every kind, the coroutine protocol by hand, introspection, cancellation, timeouts, ordering.
import asyncio
import inspect


class Loud:
    """A delay that compares like a number and says so."""

    def __init__(self, v, log):
        self.v = v
        self.log = log

    def __le__(self, other):
        self.log.append(f"le {other}")
        return self.v <= other

    def __float__(self):
        self.log.append("float")
        return float(self.v)


async def main():
    loop = asyncio.get_running_loop()

    # the kind of object, before and after awaiting it
    c = asyncio.sleep(0, "r")
    print(type(c).__name__, inspect.iscoroutine(c), asyncio.iscoroutine(c), inspect.isawaitable(c))
    print(inspect.iscoroutinefunction(asyncio.sleep), asyncio.iscoroutinefunction(asyncio.sleep))
    print(inspect.getcoroutinestate(c), c.cr_frame.f_code.co_name, c.cr_running, c.cr_suspended, c.cr_await)
    print(c.__name__, c.__qualname__)
    print(await c)
    print(inspect.getcoroutinestate(c), c.cr_frame, c.cr_await)

    # results and delays: ints, floats, negatives, bools, keywords, objects with __le__/__float__
    print(await asyncio.sleep(0.001, result=5), await asyncio.sleep(-3, [1]), await asyncio.sleep(False, "f"))
    print(await asyncio.sleep(delay=0), await asyncio.sleep(0.0, result=None))
    log = []
    print(await asyncio.sleep(Loud(0, log), "loud0"), log)
    log = []
    try:
        await asyncio.sleep(Loud(0.001, log), "loud1")
    except TypeError as e:
        print("TypeError", e, log)
    for bad in (float("nan"), "x", None, [1]):
        try:
            await asyncio.sleep(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    # nothing runs at the call: the error comes at the first step
    c = asyncio.sleep("x")
    print("created", inspect.getcoroutinestate(c))
    try:
        c.send(None)
    except TypeError as e:
        print("first step", e, inspect.getcoroutinestate(c))

    # the protocol by hand
    c = asyncio.sleep(0, "v")
    print(c.send(None), inspect.getcoroutinestate(c), c.cr_suspended)
    try:
        c.send(None)
    except StopIteration as e:
        print("stop", e.value)
    for step in (lambda: c.send(None), lambda: next(c.__await__())):
        try:
            step()
        except RuntimeError as e:
            print("again:", e)
    c = asyncio.sleep(0)
    try:
        c.send(1)
    except TypeError as e:
        print(e)
    c = asyncio.sleep(1)
    try:
        c.throw(KeyError("k"))
    except KeyError as e:
        print("thrown at start", repr(e), inspect.getcoroutinestate(c))
    c = asyncio.sleep(0)
    c.send(None)
    try:
        c.throw(ValueError)
    except ValueError as e:
        print("thrown at the yield", type(e).__name__, inspect.getcoroutinestate(c))
    c = asyncio.sleep(0)
    c.send(None)
    c.close()
    c.close()
    print("closed", inspect.getcoroutinestate(c))
    c = asyncio.sleep(0)
    c.close()
    print("closed unstarted", inspect.getcoroutinestate(c))

    # a timer sleep driven by hand: the future it yields, and its timer handle
    c = asyncio.sleep(0.01, "late")
    fut = c.send(None)
    print(type(fut).__name__, fut is c.cr_await, c.cr_await is c.cr_await, fut._asyncio_future_blocking, inspect.getcoroutinestate(c))
    await asyncio.sleep(0.02)
    print(fut.done(), fut.result())
    try:
        c.send(None)
    except StopIteration as e:
        print("timer result", e.value, c.cr_await)
    c = asyncio.sleep(10)
    fut = c.send(None)
    c.close()
    await asyncio.sleep(0)
    print("closed while waiting:", fut.done(), fut.cancelled())
    c = asyncio.sleep(10)
    fut = c.send(None)
    fut.cancel()
    try:
        c.send(None)
    except asyncio.CancelledError:
        print("future cancelled under it")

    # tasks: get_stack, repr, cancellation, ordering against call_soon
    t = asyncio.create_task(asyncio.sleep(1), name="sleeper")
    print([f.f_code.co_name for f in t.get_stack()], repr(t).split(" running at")[0])
    await asyncio.sleep(0)
    print([f.f_code.co_name for f in t.get_stack()], t.get_coro().cr_await is not None)
    t.cancel("stop")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled", e.args, t.cancelled(), t.get_stack())
    order = []
    loop.call_soon(order.append, "soon 1")
    await asyncio.sleep(0)
    order.append("after sleep(0)")
    loop.call_soon(order.append, "soon 2")
    loop.call_later(0.05, order.append, "later 0.05")
    await asyncio.sleep(0.001)
    order.append("after sleep(0.001)")
    await asyncio.sleep(0.1)
    print(order)

    # sleeping tasks wake in time order, then creation order
    log = []

    async def sleeper(name, d):
        await asyncio.sleep(d)
        log.append(name)

    await asyncio.gather(*(sleeper(f"s{i}", (i % 3) * 0.03) for i in range(7)))
    print(log)

    # timeouts and wait_for around sleep
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(10)
    except TimeoutError:
        print("timeout")
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.01)
    except TimeoutError:
        print("wait_for timeout")
    print(await asyncio.wait_for(asyncio.sleep(0, "quick"), 1))
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0, i)) for i in range(3)])
    print(sorted(t.result() for t in done), pending)

    # a loop subclass overriding call_later and create_future is called through them
    ev = asyncio.Event()
    print(inspect.iscoroutinefunction(ev.wait), inspect.getcoroutinestate(ev.wait()))
    for bad in (5, (x for x in ())):
        try:
            inspect.getcoroutinestate(bad)
        except AttributeError as e:
            print("AttributeError", e)


class Loop(asyncio.SelectorEventLoop):
    def call_later(self, delay, callback, *args, context=None):
        print("call_later", delay, callback.__name__, len(args))
        return super().call_later(delay, callback, *args, context=context)

    def create_future(self):
        print("create_future")
        return super().create_future()


async def on_subclass():
    print(await asyncio.sleep(0.001, "sub"))
    print(await asyncio.sleep(0, "zero"))


asyncio.run(main())
with asyncio.Runner(loop_factory=Loop) as r:
    r.run(on_subclass())
