# co_varnames, co_cellvars and the order of locals() against CPython 3.13
def f(a, b=2, /, c=3, *args, k, m=5, **kw):
    x = 1
    def inner():
        return x + a
    y = inner()
    return locals()
print(f.__code__.co_varnames, f.__code__.co_cellvars)
print([(n, v) for n, v in f(1, 2, 3, 4, k=9, z=0).items() if n != 'inner'])
def g(*r, k=1):
    z = 2
    return locals()
print(g.__code__.co_varnames, g(1))
def h(p, q):
    for i in range(2):
        t = i
    return locals()
print(h.__code__.co_varnames, h(1, 2))
lam = lambda u, *v, w=1: locals()
print(lam.__code__.co_varnames, lam(1, 2))
def gen(a, *r, kw=3):
    yield locals()
print(next(gen(1, 2)), gen.__code__.co_varnames)
async def co(a, *, b):
    c = a + b
    return locals()
import asyncio
print(asyncio.run(co(1, b=2)), co.__code__.co_varnames)
class C:
    def m(self, *a, key=None):
        return sorted(locals())
print(C().m(1), C.m.__code__.co_varnames)

def z(zp, bp, *, kk):
    b2 = 1
    a1 = 2
    def i():
        return zp + b2 + a1 + kk
    return i()
print(z.__code__.co_varnames, z.__code__.co_cellvars, z(1, 2, kk=3))
