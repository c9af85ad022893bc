import asyncio

log = []

async def worker(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(log.append, "cb1")
    t1 = asyncio.create_task(worker("a", 2))
    loop.call_soon(log.append, "cb2")
    t2 = asyncio.create_task(worker("b", 2))
    fut = loop.create_future()
    fut.add_done_callback(lambda f: log.append("done:" + str(f.result())))
    loop.call_later(0.01, fut.set_result, 42)
    print(await asyncio.gather(t1, t2), await fut)
    print(log)
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel("stop")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled:", e.args, t.cancelled())

asyncio.run(main())
