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


def last(x):
    return x - 1


last("text")
