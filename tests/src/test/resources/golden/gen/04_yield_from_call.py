# yield from f(args) / obj.m(args) / module.f(args): a generator function's body starts in the
# delegating frame's step, without a separate start; everything a script can see stays as in
# CPython (values, return values, gi_* state, errors and their tracebacks, throw and close).
import sys
import traceback
import types


def walk(n):
    if n > 0:
        yield from walk(n - 1)
    yield n
    if n > 1:
        r = yield from walk(n - 2)
        yield ("sub", r)
    return n * 10


print(list(walk(4)))


def inner(tag="d"):
    x = yield 1
    print("inner got", x, tag)
    return "ret-" + tag


def outer():
    r = yield from inner()
    print("outer got", r)
    r = yield from inner("e")
    print("outer got", r)


g = outer()
print(next(g))
print(g.send("hello"))
try:
    g.send("again")
except StopIteration as e:
    print("stop", e.value)


def state():
    print("outer running:", o.gi_running, "outer yieldfrom:", o.gi_yieldfrom)
    yield 1
    print("outer running:", o.gi_running, "outer yieldfrom:", o.gi_yieldfrom)
    yield 2


def outer_state():
    yield from state()


o = outer_state()
print(next(o), type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.gi_running, o.gi_yieldfrom.gi_frame is not None)
print(next(o))


def bad(k):
    if k:
        raise ValueError("boom %d" % k)
    yield


def deleg(k):
    yield from bad(k)


try:
    list(deleg(3))
except ValueError as e:
    print("ValueError", e, [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])


def stopper():
    raise StopIteration(5)
    yield


def d2():
    yield from stopper()


try:
    list(d2())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


async def co():
    return 1


def gen_from_coro():
    c = co()
    try:
        yield from co_holder(c)
    finally:
        c.close()


def co_holder(c):
    return c


try:
    list(gen_from_coro())
except TypeError as e:
    print("TypeError", e)


def plain_gen():
    yield "p"


async def await_plain():
    return await plain_gen()


try:
    await_plain().send(None)
except TypeError as e:
    print("TypeError", e)


@types.coroutine
def tc():
    v = yield from tgen()
    return v


def tgen():
    got = yield "x"
    return got * 2


async def awaiter():
    return await tc()


c = awaiter()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print("awaiter", e.value)


class Tree:
    def __init__(self, k):
        self.k = k

    def items(self, n, step=1):
        if n:
            yield from self.items(n - step)
        yield (self.k, n)


print(list(Tree("a").items(3)))
print(list(Tree("b").items(4, 2)))

mod = types.ModuleType("m")


def mgen(a, b=0):
    yield a
    yield b
    return a + b


mod.mgen = mgen


def use_mod():
    r = yield from mod.mgen(1, 2)
    yield r
    r = yield from mod.mgen(5)
    yield r


print(list(use_mod()))


def kw(a, b=2):
    yield a + b


def use_kw():
    yield from kw(1)
    yield from kw(1, b=5)
    yield from kw(*[3])


print(list(use_kw()))


def nongen(x):
    return iter([x, x])


def use_ng():
    r = yield from nongen(9)
    print("list delegate returns", r)


print(list(use_ng()))


def throwy():
    try:
        yield 1
    except KeyError:
        yield "caught"
    finally:
        print("throwy finally")


def th():
    yield from throwy()


t = th()
next(t)
print(t.throw(KeyError))
t.close()

t = th()
next(t)
t.close()
print("closed", t.gi_frame is None)


def counter():
    n = 0
    while True:
        n += 1
        got = yield n
        if got == "stop":
            return n


def drive():
    total = yield from counter()
    yield ("total", total)


d = drive()
print(next(d), d.send(None), d.send(None), d.send("stop"))


def sometimes(i):
    if i % 2:
        return iter(("odd", i))
    return walk(1)


def mixed():
    for i in range(4):
        yield from sometimes(i)


print(list(mixed()))


def redefined():
    yield "first"


def calls_redefined():
    yield from redefined()


print(list(calls_redefined()))


def redefined():
    yield "second"
    yield "def"


print(list(calls_redefined()))


def nested_handled():
    try:
        raise KeyError("k")
    except KeyError:
        yield from ctx_gen()


def ctx_gen():
    print("handled inside:", repr(sys.exc_info()[1]))
    yield 1
    print("handled after resume:", repr(sys.exc_info()[1]))


print(list(nested_handled()))
print("outside:", sys.exc_info()[1])


@types.coroutine
def suspend():
    yield "susp"


async def leaf_co():
    print("cr_await:", top.cr_await, "cr_running:", top.cr_running)
    await suspend()
    print("cr_await:", top.cr_await, "cr_running:", top.cr_running)


async def mid_co():
    await leaf_co()


async def top_co():
    await mid_co()


top = top_co()
print(top.send(None), type(top.cr_await).__name__, top.cr_running)
try:
    top.send(None)
except StopIteration:
    print("done", top.cr_await)
