# Training workload of the JDK AOT cache that ./kairos records for KAIROS_JIT=0 runs: the classes
# (and lambdas) loaded here are stored in the cache, so it touches what short scripts commonly use,
# asyncio included. Keep it quick: it runs on the fallback interpreter, once per build.
import asyncio


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
