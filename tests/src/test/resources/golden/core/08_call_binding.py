# Argument binding at cached call sites: defaults, keyword arguments, keyword-only parameters,
# *args and **kwargs, for functions, methods and classes; the same call site sees several shapes
# and functions, defaults replaced after the site was cached, and every binding error.


def f(a, b=2, c=3):
    return (a, b, c)


def g(a, /, b, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))


def h(*args, **kw):
    return (args, sorted(kw.items()))


def k(a, *, key=None):
    return (a, key)


class C:
    def __init__(self, x, y=10, *, z=20):
        self.v = (x, y, z)

    def m(self, p, q="q", *rest, r="r", **kw):
        return (p, q, rest, r, sorted(kw.items()))


def call_all(i):
    c = C(i)
    out = [
        f(i),
        f(i, 5),
        f(i, c=7),
        f(a=i),
        f(c=1, a=i, b=0),
        g(i, 2, c=3),
        g(i, 2, 3, 4, c=5, d=6, e=7),
        g(i, b=2, c=3, zz=9),
        h(),
        h(i, i),
        h(x=i),
        k(i),
        k(i, key=i),
        C(i, 1).v,
        C(i, z=0).v,
        C(x=i, y=2, z=3).v,
        c.m(i),
        c.m(i, r=1),
        c.m(i, "Q", 1, 2, r=0, s=9),
        c.m(p=i, q=1),
        c.v,
    ]
    return out


first = call_all(0)
for i in range(3000):
    r = call_all(i)
print(first)
print(r)

# one call site, several functions and shapes
def site(fn, *a, **kw):
    return fn(*a, **kw)


def kwsite(fn, x):
    return fn(x, c=x)


for fn in (f, lambda a, c=0: ("lam", a, c), lambda a, b=1, c=2, d=3: ("lam4", a, b, c, d)):
    for i in range(5):
        res = kwsite(fn, i)
    print(res)

# defaults replaced after the call sites were cached
f.__defaults__ = (20, 30)
print(call_all(1)[0:3])
f.__defaults__ = (99,)
try:
    print(call_all(1)[0])
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = (2, 3)
k.__kwdefaults__ = {"key": "new"}
print(k(1), k(1, key=2))
k.__kwdefaults__ = None
try:
    k(1)
except TypeError as e:
    print("TypeError:", e)


# binding errors, raised at sites that were fine before
def err(thunk):
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", e)


for i in range(3):
    err(lambda: f())
    err(lambda: f(1, 2, 3, 4))
    err(lambda: f(1, a=1))
    err(lambda: f(1, d=1))
    err(lambda: g(1, 2))
    err(lambda: g(a=1, b=2, c=3))
    err(lambda: k(1, 2))
    err(lambda: C())
    err(lambda: C(1, w=2))
    err(lambda: C(1).m())
    err(lambda: C(1).m(1, p=2))


# positional-only names may go to **kwargs
def po(a, /, **kw):
    return (a, kw)


for i in range(3):
    print(po(1, a=2))
err(lambda: po(a=2))
