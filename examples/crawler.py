"""A concurrent crawler over a simulated network.

Fetches pages with asyncio tasks in a TaskGroup, bounds concurrency with a Semaphore, gives each
request a timeout, cancels the crawl when a deadline passes, and prints a progress line built
from asyncio.all_tasks().
"""
import asyncio
import random

# The simulated web: page -> (latency in seconds, links). A few pages are slow on purpose.
random.seed(7)
PAGES = {}
for i in range(40):
    links = sorted({f"/page/{random.randrange(40)}" for _ in range(3)})
    latency = 0.01 + random.random() * 0.04
    if i % 13 == 12:
        latency = 0.5  # always slower than the per-request timeout
    PAGES[f"/page/{i}"] = (latency, links)


class NotFound(Exception):
    pass


async def fetch(url):
    """Simulates a network request."""
    if url not in PAGES:
        raise NotFound(url)
    latency, links = PAGES[url]
    await asyncio.sleep(latency)
    return links


async def crawl(start, max_concurrency=5, request_timeout=0.2):
    seen = {start}
    results = {}
    failures = {}
    limit = asyncio.Semaphore(max_concurrency)

    async def visit(url, tg):
        async with limit:
            try:
                async with asyncio.timeout(request_timeout):
                    links = await fetch(url)
            except TimeoutError:
                failures[url] = "timeout"
                return
            except NotFound:
                failures[url] = "not found"
                return
        results[url] = links
        for link in links:
            if link not in seen:
                seen.add(link)
                tg.create_task(visit(link, tg), name=f"visit {link}")

    async def progress():
        while True:
            await asyncio.sleep(0.05)
            active = [t for t in asyncio.all_tasks() if t.get_name().startswith("visit ")]
            print(f"progress: {len(results)} fetched, {len(failures)} failed, {len(active)} in flight")

    reporter = asyncio.create_task(progress(), name="progress")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(visit(start, tg), name=f"visit {start}")
    finally:
        reporter.cancel()
        try:
            await reporter
        except asyncio.CancelledError:
            pass
    return results, failures


async def main():
    results, failures = await crawl("/page/0")
    print(f"fetched {len(results)} pages; failures: {dict(sorted(failures.items()))}")
    # a crawl that runs out of time is cancelled as a whole
    try:
        async with asyncio.timeout(0.06):
            await crawl("/page/1", max_concurrency=1)
    except TimeoutError:
        print("second crawl cancelled by its deadline")


asyncio.run(main())
