import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    for m in (f.result, f.exception):
        try:
            m()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    f.set_result([1, 2])
    print(repr(f), f.done(), f.cancelled())
    try:
        f.set_result(3)
    except asyncio.InvalidStateError as e:
        print("again:", e)
    g = loop.create_future()
    g.cancel()
    print(repr(g))
    try:
        g.result()
    except asyncio.CancelledError as e:
        print("CancelledError", isinstance(e, BaseException), isinstance(e, Exception))
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except TimeoutError as e:
        print("timeout", type(e).__name__)
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(asyncio.sleep(0, "x"))
    print(a.result())

asyncio.run(main())
print("exit")
