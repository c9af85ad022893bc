# yield from chains resumed through their innermost frame: the frames between count as running,
# and a frame of a chain that is driven some other way (directly, thrown into, shared by two
# delegators, driven as the outer frame of its own chain) leaves the chain in the right state.
import sys

log = []


def leaf(name, n, probe=None):
    for i in range(n):
        if probe is not None:
            probe(name, i)
        yield f"{name}{i}"
    return f"{name}-done"


def mid(name, inner):
    r = yield from inner
    log.append(f"{name} got {r}")
    yield f"{name}-after"
    return f"{name}-ret"


def outer(inner):
    r = yield from inner
    log.append(f"outer got {r}")
    yield "outer-after"


# 1. while the innermost frame runs, the frames between are running
frames = {}


def probe(name, i):
    if i == 1:
        o, m = frames["o"], frames["m"]
        print("running:", o.gi_running, m.gi_running, "yieldfrom:", o.gi_yieldfrom, m.gi_yieldfrom)
        try:
            next(m)
        except ValueError as e:
            print("next(mid) inside:", e)
        try:
            next(o)
        except ValueError as e:
            print("next(outer) inside:", e)


m = mid("m", leaf("a", 3, probe))
o = outer(m)
frames["o"], frames["m"] = o, m
print(list(o), log)
log.clear()

# 2. the middle frame advanced directly between resumes of the outer one
inner = leaf("b", 4)
m = mid("m", inner)
o = outer(m)
print(next(o), next(o))
print("suspended:", o.gi_running, m.gi_running, m.gi_yieldfrom is inner)
print("direct:", next(m), next(m))
print("outer again:", list(o), log)
log.clear()

# 3. the innermost frame advanced directly, then finished directly
inner = leaf("c", 3)
m = mid("m", inner)
o = outer(m)
print(next(o), next(inner), next(o))
print("inner rest:", list(inner))
print("outer rest:", list(o), log)
log.clear()


# 4. thrown into the middle frame, which handles it and goes on with a new delegate
def catcher():
    try:
        yield from leaf("d", 5)
    except KeyError:
        log.append("caught KeyError")
        r = yield from leaf("e", 2)
        log.append(f"then {r}")
    yield "catcher-end"


c = catcher()
o = outer(c)
print(next(o), next(o), c.throw(KeyError), next(o))
print(list(o), log)
log.clear()

# 5. one generator delegated to by two frames
shared = leaf("s", 6)
a = outer(shared)
b = outer(shared)
print([next(a), next(b), next(a), next(b), next(b), next(a)])
print(list(a), list(b), log)
log.clear()

# 6. a middle frame driven as the outer frame of its own chain, then the outer one
inner = leaf("f", 6)
m2 = mid("m2", inner)
m1 = mid("m1", m2)
o = outer(m1)
print(next(o), m2.send(None), m1.send(None), next(o), next(m2), next(o))
print(list(o), log)
log.clear()


# 7. a frame handling an exception in the chain: the delegate sees it
def handler():
    try:
        raise LookupError("in handler")
    except LookupError:
        yield from reporter()
        yield "handler-end"


def reporter():
    for i in range(2):
        yield f"exc={sys.exception()!r}"


h = handler()
o = outer(h)
print(list(o))


# 8. closing and throwing through a recorded chain
def guarded(name):
    try:
        yield from leaf(name, 10)
    finally:
        log.append(f"{name} finally")


o = outer(mid("m", guarded("g")))
print(next(o), next(o))
o.close()
print("closed:", log, o.gi_running)
log.clear()
o = outer(mid("m", guarded("h")))
print(next(o), next(o))
try:
    o.throw(ValueError("boom"))
except ValueError as e:
    print("thrown:", e, log)
log.clear()


# 9. a deep tree walk: chains that finish and grow again between values
def walk(node):
    if node is None:
        return
    yield from walk(node[0])
    yield node[1]
    yield from walk(node[2])


def build(lo, hi):
    if lo >= hi:
        return None
    m = (lo + hi) // 2
    return [build(lo, m), m, build(m + 1, hi)]


vals = list(walk(build(0, 300)))
print(len(vals), vals == list(range(300)))
it = walk(build(0, 40))
got = [next(it) for _ in range(10)]
frame_depth = 0
g = it
while g is not None:
    frame_depth += 1
    g = g.gi_yieldfrom
print(got, frame_depth, list(it)[:5])


# 10. coroutines: an awaitable that yields, driven by send
class Yielder:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        v = yield self.tag
        return v


async def c_inner():
    a = await Yielder("x")
    b = await Yielder("y")
    return a + b


async def c_mid():
    r = await c_inner()
    return r * 2


async def c_outer(box):
    r = await c_mid()
    box.append(r)
    return r


box = []
co = c_outer(box)
print(co.send(None), co.cr_running, type(co.cr_await).__name__)
print(co.send(3))
try:
    co.send(4)
except StopIteration as e:
    print("returned:", e.value, box)
