# asyncio.create_task and asyncio.gather (Java builtins in Kairos) against CPython 3.13
import asyncio


async def f(x):
    await asyncio.sleep(0)
    return x


async def main():
    t = asyncio.create_task(f(1), name="hello")
    print(t.get_name(), await t)
    print(await asyncio.gather(f(1), f(2)))
    print(await asyncio.gather())
    print(await asyncio.gather(f(3), return_exceptions=True))
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("done")
    print(await asyncio.gather(fut, f(4), fut))
    try:
        asyncio.create_task(f(1), bogus=1)
    except TypeError as e:
        print("TypeError", e)
    try:
        await asyncio.gather(f(5), 42)
    except TypeError as e:
        print("TypeError", e)
    loop = asyncio.get_running_loop()

    def own_create_task(coro, name=None, context=None):
        print("own create_task", name, context is None)
        return asyncio.Task(coro, loop=loop, name=name)

    loop.create_task = own_create_task
    print(await asyncio.create_task(f(5), name="n5"))
    print(await asyncio.gather(f(6)))
    del loop.create_task
    print(await asyncio.create_task(f(7)))


c = f(0)
try:
    asyncio.create_task(c)
except RuntimeError as e:
    print("RuntimeError", e)
c.close()
asyncio.run(main())
