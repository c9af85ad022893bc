# Loops whose target is a plain local, in-place operators on locals and x[c] of a local: the
# interpreter runs these as fused instructions; the results must be CPython's.
import sys


def loops():
    out = []
    for i in range(3):
        out.append(i)
    print(out, i)
    for ch in "ab":
        out.append(ch)
    print(out, ch)
    for k in {"x": 1, "y": 2}:
        out.append(k)
    print(k)
    for v in (n * n for n in range(4)):
        out.append(v)
    print(v, out[-1])
    for t in [1, "a", 2.5, True, None, 10**30]:
        print(type(t).__name__, t)
    print(t)
    for j in []:
        pass
    try:
        print(j)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    for m in range(5):
        if m == 2:
            break
    else:
        print("not reached")
    print("break at", m)
    for m in range(2):
        m = "reassigned"
    else:
        print("else", m)


loops()


def gen_loops():
    def inner():
        yield 1
        yield from [2, 3]
        return 9

    total = 0
    for x in inner():
        total += x
        yield x
    yield total


print(list(gen_loops()))


def failing_iterator():
    class It:
        def __init__(self):
            self.n = 0

        def __iter__(self):
            return self

        def __next__(self):
            self.n += 1
            if self.n > 2:
                raise ValueError("boom at " + str(self.n))
            return self.n

    got = []
    try:
        for q in It():
            got.append(q)
    except ValueError as e:
        print("ValueError", e, got, q)


failing_iterator()


def comprehensions():
    print([x * 2 for x in range(4)])
    print({k: v for k, v in [("a", 1), ("b", 2)]})
    print([(a, b) for a in range(2) for b in "xy"])
    print(sorted({c for c in "hello"}))


comprehensions()


def inplace():
    a = 2**63 - 2
    a += 1
    print(a, type(a).__name__)
    a += 1
    print(a)
    a -= 2**64
    print(a)
    b = -(2**63) + 1
    b -= 1
    print(b)
    b -= 1
    print(b)
    f = 1.5
    f += 1
    f -= 3
    print(f)
    s = "ab"
    s += "c"
    print(s)
    lst = [1]
    alias = lst
    lst += [2, 3]
    print(lst, alias is lst)
    tup = (1,)
    other = tup
    tup += (2,)
    print(tup, other, other is tup)
    n = 7
    n *= 3
    n //= 2
    n %= 4
    print(n)
    n <<= 70
    print(n)
    n >>= 69
    print(n)
    z = 5
    z |= 2
    z &= 6
    z ^= 15
    print(z)
    t = True
    t += 1
    print(t, type(t).__name__)
    u = 3
    u **= 50
    print(u)
    w = 10
    w /= 4
    print(w)
    x = 1
    x += (x := 5)
    print("walrus", x)
    y = 1
    y -= -y
    print(y)
    big = 10**20
    big += 1
    big -= 10**20
    print(big, type(big).__name__)
    acc = 0
    for i in range(5):
        acc += i * i
    print(acc)
    st = {1, 2}
    st |= {3}
    st -= {1}
    print(sorted(st))


inplace()


class Counter:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, other):
        print("__iadd__", other)
        self.v += other
        return self

    def __isub__(self, other):
        return "isub result"

    def __add__(self, other):
        return Counter(self.v + other)

    def __repr__(self):
        return f"Counter({self.v})"


def dunders():
    c = Counter(1)
    keep = c
    c += 5
    print(c, keep is c)
    c -= 1
    print(c)
    d = Counter(2)
    d *= 2 if False else 1 if False else None or 1


try:
    dunders()
except TypeError as e:
    print("TypeError", e)


def errors():
    r = 1
    try:
        r += "x"
    except TypeError as e:
        print("TypeError", e, r)
    r2 = "x"
    try:
        r2 -= 1
    except TypeError as e:
        print("TypeError", e, r2)
    q = 5
    try:
        q //= 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e, q)
    q2 = 5
    try:
        q2 %= 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e, q2)


errors()


def subscripts():
    lst = [10, 20, 30]
    tup = ("a", "b")
    d = {0: "zero", -1: "minus one"}
    s = "xyz"
    print(lst[0], lst[2], lst[-1], tup[1], tup[-2], d[0], d[-1], s[1], s[-1])
    r = range(5, 10)
    print(r[0], r[-1])

    class L(list):
        def __getitem__(self, i):
            return ("L", i)

    class T(tuple):
        pass

    sub = L([1, 2])
    print(sub[0], sub[5])
    tt = T((7, 8))
    print(tt[0], tt[1])
    for bad, label in ((lst, "list"), (tup, "tuple"), (s, "str")):
        try:
            print(bad[3])
        except IndexError as e:
            print(label, "IndexError", e)
    try:
        print(lst[5])
    except IndexError as e:
        print("IndexError", e)
    try:
        print(d[1])
    except KeyError as e:
        print("KeyError", e)
    n = None
    try:
        print(n[0])
    except TypeError as e:
        print("TypeError", e)
    big = [0] * 3
    big[1] = "one"
    print(big[1])


subscripts()


def walk(node):
    if node[0] is not None:
        yield from walk(node[0])
    yield node[1]
    if node[2] is not None:
        yield from walk(node[2])


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return [build(lo, mid), mid, build(mid + 1, hi)]


count = 0
total = 0
for v in walk(build(0, 100)):
    count += 1
    total += v
print(count, total)


def unbound():
    try:
        z += 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    if False:
        y = [1]
    try:
        print(y[0])
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


unbound()


def final_error():
    vals = [1, 2]
    vals[0] += 1
    k = 3
    k += vals
    return k


final_error()
