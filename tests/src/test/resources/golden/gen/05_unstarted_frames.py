# Generators and coroutines that have not run yet: what a plain call makes before the first
# resume (state, frame, arguments, throw/close/send, errors at the first resume, tasks).
import inspect
import sys


def gen(a, b=2, *rest, k=3, **kw):
    total = a + b + k + len(rest) + len(kw)
    got = yield total
    yield got


def show(label, g):
    print(label, inspect.getgeneratorstate(g), g.gi_running, g.gi_suspended, g.gi_yieldfrom)


g = gen(1)
show("created", g)
print("locals", sorted(g.gi_frame.f_locals.items()), g.gi_frame.f_lineno == gen.__code__.co_firstlineno)
print(next(g), g.send("x"))
show("after", g)

g = gen(1, 2, 3, 4, k=5, z=6)
print("kw", next(g))

# arguments are bound at the call, not at the first resume
try:
    gen()
except TypeError as e:
    print("bind", e)

# send a value, throw, close before the first resume
g = gen(1)
try:
    g.send(1)
except TypeError as e:
    print("send", e)
print("still", inspect.getgeneratorstate(g), next(g))

g = gen(1)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("throw", repr(e), inspect.getgeneratorstate(g))
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("tb", names)

g = gen(1)
print("close", g.close(), inspect.getgeneratorstate(g), next(g, "end"))


# errors at the first resume
def bad(x):
    y = 1 / x
    yield y


g = bad(0)
try:
    next(g)
except ZeroDivisionError as e:
    print("first", e, inspect.getgeneratorstate(g))


def leaky():
    raise StopIteration("s")
    yield


try:
    next(leaky())
except RuntimeError as e:
    print("pep479", e, repr(e.__cause__))


# the argument values are the ones of the call, whatever happens in between
items = [1, 2]
g = (lambda: None) and gen(len(items))
items.append(3)
print("bound", next(g))


# closures and cells
def outer():
    n = 10

    def inner(m):
        def get():
            return m
        yield n + m
        yield get()
    made = inner(5)
    n = 20
    return made


print("closure", list(outer()))


# made in one place, started in another, re-entered while running
def selfish():
    yield me.gi_running
    try:
        next(me)
    except ValueError as e:
        yield str(e)


me = selfish()
print("running", list(me))


# a generator started from inside another generator's frame
def consumer(it):
    for v in it:
        yield v if v is None else v * 10


print("nested", list(consumer(gen(0, 0, k=1))))


# coroutines
async def co(x):
    return x + 1


c = co(1)
print(c.cr_running, c.cr_suspended, inspect.getcoroutinestate(c), type(c.cr_frame).__name__, sorted(c.cr_frame.f_locals.items()))
try:
    c.send(None)
except StopIteration as e:
    print("co", e.value, inspect.getcoroutinestate(c))
try:
    c.send(None)
except RuntimeError as e:
    print("again", e)

c = co(2)
c.close()
print("closed", inspect.getcoroutinestate(c))

c = co(3)
try:
    c.throw(ValueError("v"))
except ValueError as e:
    print("co throw", e, inspect.getcoroutinestate(c))


async def outer_co():
    inner = co(10)
    first = await inner
    return first, inspect.getcoroutinestate(inner)


try:
    outer_co().send(None)
except StopIteration as e:
    print("await", e.value)

import asyncio


async def step(i):
    await asyncio.sleep(0)
    return i


async def main():
    c = step(1)
    print("task coro", inspect.getcoroutinestate(c))
    t = asyncio.create_task(c)
    print("task", repr(t).startswith("<Task pending"), inspect.getcoroutinestate(c))
    await asyncio.sleep(0)
    print("stepped", inspect.getcoroutinestate(c))
    r = await t
    print("result", r, inspect.getcoroutinestate(c))
    t2 = asyncio.create_task(step(2))
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("cancelled before start", t2.cancelled())
    print(await asyncio.gather(step(3), step(4)))


asyncio.run(main())
print("done")
