# Coroutines driven by hand: await chains, custom awaitables, cr_await/cr_running, reuse errors, async generators and async with/for.
import types
class Tick:
    def __await__(self):
        got = yield "tick"
        return f"tick->{got}"
@types.coroutine
def legacy():
    v = yield "legacy"
    return v
async def leaf(n):
    a = await Tick()
    b = await legacy()
    return n, a, b
async def middle():
    return await leaf(1)
c = middle()
print(c.send(None), c.cr_await is not None, c.cr_running)
print(c.send("x"))
try:
    c.send("y")
except StopIteration as e:
    print("result", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
async def bad():
    await 5
try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)
class CM:
    async def __aenter__(self):
        print("  aenter")
        return "cm"
    async def __aexit__(self, et, ev, tb):
        print("  aexit", et.__name__ if et else None)
        return True
async def agen(n):
    for i in range(n):
        yield i * 10
async def main():
    async with CM() as v:
        print("  body", v)
        raise ValueError("suppressed")
    out = [x async for x in agen(3)]
    async for x in agen(2):
        out.append(-x)
    else:
        out.append("else")
    return out
m = main()
try:
    m.send(None)
except StopIteration as e:
    print(e.value)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def use_anext():
    it = agen(1)
    first = await anext(it)
    return first, await anext(it, "default")
print(run(use_anext()))
