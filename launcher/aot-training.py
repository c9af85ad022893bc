# Training workload of the JDK AOT caches that ./kairos records, once per build and mode: the classes
# (and lambdas) loaded here are stored in the cache, so it touches what short scripts commonly use,
# asyncio included. Keep that part quick: it is all a KAIROS_JIT=0 run trains with.
#
# In JIT mode ./kairos passes --jit: the script then also runs hot code for a few seconds, so that
# Truffle compiles it and the classes of the Graal compiler and of Truffle's partial evaluator
# (thousands, otherwise loaded and linked during a script's first compilations) are in the cache
# too. The shapes are the common ones (calls, generators, coroutines, tasks, loops, exceptions),
# not those of any one benchmark: the compiler's own classes are what matters.
import asyncio
import sys
import time


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def numbers(n):
    for i in range(n):
        yield i * i


async def worker(name, delay, results):
    await asyncio.sleep(delay)
    results.append(name)
    return len(name)


async def main():
    results = []
    sizes = await asyncio.gather(worker("a", 0, results), worker("bb", 0.001, results))
    task = asyncio.create_task(worker("ccc", 0, results))
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker("dddd", 0, results))
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.001)
    except TimeoutError:
        pass
    return sizes + [await task], sorted(results)


words = "the quick brown fox".split()
table = {w: len(w) for w in words}
try:
    table["missing"]
except KeyError as e:
    problem = repr(e)
print(asyncio.run(main()), sum(numbers(10)), Point(1, 2), problem, " ".join(w.upper() for w in words),
      sorted(set(table.values())), f"{3.5:.2f}", "%d-%s" % (4, "x"), max(table, key=table.get))


def walk(depth):
    if depth > 0:
        yield from walk(depth - 1)
    yield depth


async def leaf(i, pause):
    if pause:
        await asyncio.sleep(0)
    return i * 2


async def tree(depth, i):
    if depth == 0:
        return await leaf(i, i & 1)
    found = await asyncio.gather(*[tree(depth - 1, i * 3 + k) for k in range(3)])
    return sum(found)


async def group(depth):
    if depth == 0:
        return 1
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(group(depth - 1)) for _ in range(3)]
    return sum(t.result() for t in tasks)


def mix(n):
    h = 0
    for i in range(n):
        h = (h * 31 + i) % 1000003
    return h


async def hot(seconds):
    start = time.perf_counter()
    total = 0
    while time.perf_counter() - start < seconds:
        total += await tree(5, 1)
        total += await group(4)
        total += sum(walk(30)) + mix(3000)
        ev = asyncio.Event()
        waiting = [asyncio.create_task(ev.wait()) for _ in range(50)]
        await asyncio.sleep(0)
        ev.set()
        await asyncio.gather(*waiting)
        try:
            await asyncio.wait_for(asyncio.sleep(1), 0)
        except TimeoutError:
            total += 1
    return total


if "--jit" in sys.argv:
    # 3 s finishes 1-5 compilations on a loaded 2-core machine with no cache yet (the first alone
    # can take 1.6 s), and with them the Graal classes that matter: 5 s finished 24-33 and gave
    # no faster runs (docs/performance.md).
    asyncio.run(hot(3.0))
