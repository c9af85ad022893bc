# Generator protocol edge cases: PEP 479, close() return value, ignored GeneratorExit, already executing, throw through yield from.
def stops():
    yield 1
    raise StopIteration("leaked")
g = stops()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "closing value"
g = returns_on_close()
next(g)
print("close() ->", g.close())
def ignores():
    while True:
        try:
            yield
        except GeneratorExit:
            pass
g = ignores()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def reentrant():
    yield me.send(None)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def inner():
    try:
        yield "inner-1"
    except KeyError as e:
        yield f"inner caught {e!r}"
    return "inner-done"
def outer():
    r = yield from inner()
    yield f"outer got {r}"
o = outer()
print(next(o), o.throw(KeyError("k")), next(o))
try:
    next(o)
except StopIteration as e:
    print("finished", e.value)
g = (x * 2 for x in range(3))
print(type(g).__name__, list(g), list(g))
def counter():
    total = 0
    while True:
        got = yield total
        if got is None:
            break
        total += got
    return total
c = counter()
next(c)
c.send(5)
c.send(7)
try:
    c.send(None)
except StopIteration as e:
    print("total", e.value)
try:
    counter().send(1)
except TypeError as e:
    print("TypeError:", e)
