# Sends into a chain of frames suspended in yield from (resumed innermost first in Kairos):
# gi_running of the frames between, values and returns passed up, exceptions and their
# tracebacks, re-entrancy, PEP 479 inside the chain, and a handled exception kept per frame.
import sys
holder = {}
def inner(n):
    o = holder["o"]
    for i in range(n):
        print("inner", i, o.gi_running, holder["m"] and holder["m"].gi_running)
        x = yield i
        print("got", x)
    return "inner-done"
def mid():
    r = yield from inner(3)
    print("mid got", r)
    r2 = yield from inner(1)
    return r2
def outer():
    r = yield from mid()
    print("outer got", r)
    yield "last"
o = outer()
holder["o"] = o
holder["m"] = None
print(next(o))
holder["m"] = o.gi_yieldfrom
print(o.send("a"), o.gi_running)
print(o.send("b"))
print(o.send("c"))
print(o.send("d"))
try:
    o.send("e")
except StopIteration as e:
    print("stop", e.value)
def bad():
    yield 1
    raise ValueError("boom")
def m2():
    yield from bad()
def o2():
    try:
        yield from m2()
    except ValueError as e:
        import traceback
        print([(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])
        yield "caught"
g = o2()
print(next(g)); print(next(g))
def o3():
    yield from m2()
g = o3(); next(g)
try:
    next(g)
except ValueError as e:
    import traceback
    print([(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])
def reent():
    yield 1
    next(holder["t"])
def mid3(): yield from reent()
def top3(): yield from mid3()
t = top3(); holder["t"] = t; next(t)
try:
    next(t)
except ValueError as e:
    print("VE", e)
def stopper():
    yield 1
    raise StopIteration
def m4(): yield from stopper()
def t4(): yield from m4()
t = t4(); next(t)
try: next(t)
except RuntimeError as e: print("RE", e, repr(e.__cause__))

def show_exc():
    print("  exc_info:", repr(sys.exc_info()[1]))
    yield 1
    print("  exc_info:", repr(sys.exc_info()[1]))
    yield 2
def handler():
    try:
        raise KeyError("held")
    except KeyError:
        yield from show_exc()
        print("  handler still sees:", repr(sys.exc_info()[1]))
def top5():
    yield from handler()
t = top5()
print(next(t)); print(next(t))
print(next(t, "end"))
async def leaf():
    return 7
class Later:
    def __await__(self):
        v = yield "parked"
        return v
async def c_mid():
    x = await Later()
    return x + await leaf()
async def c_top():
    return await c_mid()
c = c_top()
print(c.send(None))
try:
    c.send(35)
except StopIteration as e:
    print("coroutine result", e.value)
