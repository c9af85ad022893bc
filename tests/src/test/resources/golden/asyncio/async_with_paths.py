# async with: managers whose __aenter__/__aexit__ are plain coroutine functions (called directly in
# Kairos), exceptions passed to and suppressed by __aexit__, awaitables that are futures, a class
# patched after use, a missing __aexit__, and the stdlib managers (timeout, Lock).
import asyncio
class AC:
    def __init__(self, name, suppress=False):
        self.name = name; self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0)
        return self.name
    async def __aexit__(self, et, e, tb):
        print("exit", self.name, et.__name__ if et else None, repr(e), tb is not None)
        await asyncio.sleep(0)
        return self.suppress
class Fut:
    def __init__(self): self.log = []
    def __aenter__(self):
        f = asyncio.get_running_loop().create_future(); f.set_result("fut-enter"); return f
    def __aexit__(self, *a):
        f = asyncio.get_running_loop().create_future(); f.set_result(False); return f
async def use(n):
    for i in range(n):
        async with AC("a%d" % i) as v:
            print("body", v)
    try:
        async with AC("raise"):
            raise KeyError("x")
    except KeyError as e:
        print("propagated", repr(e))
    async with AC("sup", True):
        raise ValueError("swallowed")
    print("after suppress")
    async with Fut() as f:
        print("fut body", f)
    async def new_exit(self, et, e, tb):
        print("patched exit", self.name)
    AC.__aexit__ = new_exit
    async with AC("patched") as v:
        print("body", v)
    class Bad:
        async def __aenter__(self): return 1
    try:
        async with Bad():
            pass
    except TypeError as e:
        print("TE", e)
    async with asyncio.timeout(1):
        print("timeout ok")
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
asyncio.run(use(3))
