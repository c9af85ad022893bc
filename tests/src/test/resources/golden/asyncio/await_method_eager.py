# await obj.m(args) and await module.f(args) start a coroutine function found on the class or in the
# module inside the awaiting call in Kairos: instance attributes that shadow the method, patched
# classes and modules, static/class methods, futures, errors from the call and from the body.
import asyncio, types
class Svc:
    def __init__(self, k): self.k = k
    async def get(self, x):
        await asyncio.sleep(0)
        return self.k + x
    async def fast(self):
        return self.k
    def fut(self):
        f = asyncio.get_running_loop().create_future(); f.set_result("fut"); return f
    @staticmethod
    async def st(x): return ("static", x)
    @classmethod
    async def cm(cls, x): return (cls.__name__, x)
    async def boom(self):
        raise KeyError(self.k)
mod = types.ModuleType("m")
async def mf(x): return ("mf", x)
mod.f = mf
async def main():
    s = Svc(10)
    for i in range(3):
        print(await s.get(i), await s.fast(), await s.fut(), await s.st(i), await s.cm(i))
    async def shadow(): return "instance attr"
    s2 = Svc(1)
    s2.fast = shadow
    print(await s2.fast(), await s.fast())
    async def patched(self): return "patched"
    Svc.fast = patched
    print(await s.fast())
    for i in range(2):
        print(await mod.f(i))
        async def other(x): return ("other", x)
        mod.f = other
    print(await asyncio.sleep(0, "slept"))
    try:
        await s.boom()
    except KeyError as e:
        import traceback
        print("KE", e, [f.name for f in traceback.extract_tb(e.__traceback__)])
    try:
        await s.get()
    except TypeError as e:
        print("TE", e)
    try:
        await s.nothere()
    except AttributeError as e:
        print("AE", e)
    q = asyncio.Queue()
    await q.put(5)
    print(await q.get())
asyncio.run(main())
