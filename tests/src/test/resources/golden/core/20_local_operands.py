# Comparisons and + / - of a local with an int constant, run as fused instructions reading the
# local directly: every kind of value the local may hold.


class Weird:
    def __le__(self, other):
        return "yes" if other > 0 else ""

    def __sub__(self, other):
        return ("sub", other)

    def __radd__(self, other):
        return ("radd", other)

    def __add__(self, other):
        return NotImplemented


def compare(x):
    r = []
    if x <= 1:
        r.append("le")
    if x < 1:
        r.append("lt")
    if x == 1:
        r.append("eq")
    if x != 1:
        r.append("ne")
    if x > 1:
        r.append("gt")
    if x >= 1:
        r.append("ge")
    return r


for v in [0, 1, 2, -5, 2**70, -(2**70), 1.0, 0.5, float("nan"), float("inf"), True, False]:
    print(repr(v), compare(v))

w = Weird()


def weird_compare(x):
    if x <= 1:
        return "truthy"
    return "falsy"


print(weird_compare(w))


def weird_neg(x):
    if x <= -1:
        return "truthy"
    return "falsy"


print(weird_neg(w))

for bad in ["s", None, [1]]:
    try:
        compare(bad)
    except TypeError as e:
        print("TypeError", e)


def arith(x):
    return x + 1, x - 1, x + 0, x - (-3)


for v in [0, 41, 2**63 - 1, -(2**63), 2**63, 1.5, True, False, -0.0]:
    print(repr(v), arith(v))

print(arith(w) if False else "skip")


def weird_arith(x):
    return x - 1


print(weird_arith(w))

for bad in ["s", None, [1], (1,)]:
    try:
        arith(bad)
    except TypeError as e:
        print("TypeError", e)


def countdown(n):
    out = []
    while n > 0:
        out.append(n)
        n = n - 1
    return out


print(countdown(5), countdown(0), countdown(2.5))


def fib(n):
    if n <= 1:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(20))


def mixed(n):
    # the local changes kind between the operations
    out = []
    for i in range(4):
        if i == 2:
            n = 1.5
        if i == 3:
            n = 2**80
        out.append(n + 1)
        out.append(n - 1 <= 5)
    return out


print(mixed(3))


def gen_ops():
    # locals that live across yields (the frame keeps them as objects)
    x = 5
    yield x
    x += 1
    yield x
    y = x + 1
    yield y, x - 1
    x -= 2
    yield x
    z = 2**62
    yield z
    z += 2**62
    yield z, z + 1, z - 1
    w = -(2**63)
    yield w
    w -= 1
    yield w, w - 1
    f = 1.5
    yield f
    f += 1
    yield f, f + 1, f - 1
    s = 3
    yield s
    s *= 4
    s += s
    s //= 5
    s %= 3
    yield s
    t = 7
    yield t
    t += 2**63
    yield t
    if s <= 100:
        yield "le"
    for i in range(3):
        yield i
        i += 10
        yield i
    yield i + 1


print(list(gen_ops()))


async def coro_ops(n):
    acc = 0
    for i in range(n):
        acc += i
        await noop()
        acc = acc + 1
        await noop()
        acc -= 1
    return acc, acc - 1, acc <= 10


async def noop():
    pass


c = coro_ops(5)
try:
    c.send(None)
except StopIteration as e:
    print("coro", e.value)


def last(x):
    return x - 1


last("text")
