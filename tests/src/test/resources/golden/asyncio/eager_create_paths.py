# loop.create_task and gather with asyncio's own eager_task_factory (made in Java), with other
# factories, and with a loop subclass that overrides create_task: who runs when, names, results.
import asyncio

log = []


async def quick(tag):
    t = asyncio.current_task()
    log.append(f"quick {tag} in {t.get_name() if t else None} done={t.done() if t else None}")
    return tag * 2


async def slow(tag):
    log.append(f"slow {tag} starts")
    await asyncio.sleep(0)
    log.append(f"slow {tag} resumes")
    return tag + 100


async def boom(tag):
    log.append(f"boom {tag}")
    raise ValueError(f"boom {tag}")


async def plain(tag):
    # (no current_task() here: CPython 3.13.0 returns None in tasks a custom factory made)
    log.append(f"plain {tag}")
    return tag * 2


async def nested(tag):
    r = await asyncio.gather(quick(tag), slow(tag))
    log.append(f"nested {tag} got {r}")
    return r


def flush(title):
    print(title)
    for line in log:
        print("  ", line)
    log.clear()


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    print("factory is eager:", loop.get_task_factory() is asyncio.eager_task_factory)

    t = loop.create_task(quick(1), name="first")
    log.append(f"after create: done={t.done()} name={t.get_name()} result={t.result()}")
    t2 = asyncio.create_task(slow(2), name="second")
    log.append(f"after create slow: done={t2.done()} name={t2.get_name()}")
    log.append(f"awaited {await t2}")
    flush("create_task")

    g = asyncio.gather(quick(3), slow(4), quick(5), nested(6))
    log.append(f"gather returned, done={g.done()}")
    log.append(f"gather result {await g}")
    flush("gather mixed")

    g = asyncio.gather(quick(7), quick(8))
    log.append(f"all eager: done={g.done()} result={g.result()}")
    flush("gather all eager")

    try:
        await asyncio.gather(slow(9), boom(10), quick(11))
    except ValueError as e:
        log.append(f"caught {e}")
    await asyncio.sleep(0)
    flush("gather first exception")

    r = await asyncio.gather(boom(12), quick(13), return_exceptions=True)
    log.append(f"return_exceptions {r!r}")
    flush("gather return_exceptions")

    c = quick(14)
    r = await asyncio.gather(c, c)
    log.append(f"duplicate {r}")
    flush("gather duplicate")

    ctx_calls = []

    def factory(lp, coro, **kw):
        ctx_calls.append(sorted(kw))
        return asyncio.Task(coro, loop=lp, **kw)

    loop.set_task_factory(factory)
    r = await asyncio.gather(plain(15), slow(16))
    t = loop.create_task(plain(17), name="custom")
    log.append(f"custom factory {r} calls={ctx_calls} name={t.get_name()} done={t.done()}")
    await t
    flush("custom factory")

    loop.set_task_factory(asyncio.create_eager_task_factory(asyncio.Task))
    r = await asyncio.gather(quick(18), slow(19))
    log.append(f"another eager factory {r}")
    flush("create_eager_task_factory(Task)")

    loop.set_task_factory(None)
    g = asyncio.gather(quick(20), slow(21))
    log.append(f"no factory: done={g.done()}")
    log.append(f"no factory result {await g}")
    flush("no factory")

    try:
        loop.create_task(42)
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.create_task(quick(0), "positional name")
    except TypeError as e:
        print("TypeError:", e)


class MyLoop(asyncio.SelectorEventLoop):
    def create_task(self, coro, *, name=None, context=None):
        print("MyLoop.create_task", type(coro).__name__)
        return super().create_task(coro, name=name, context=context)


async def on_my_loop():
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    r = await asyncio.gather(quick(30), slow(31))
    flush(f"subclass loop {r}")


asyncio.run(main())
loop = MyLoop()
try:
    loop.run_until_complete(on_my_loop())
finally:
    loop.close()
