# Tracebacks show CPython 3.13's source lines and carets: ^ under the failing expression (the
# instruction's position), ~ and ^ for the operands and the operator, brackets or call parentheses,
# none where the expression is the whole statement, all lines of an expression over several lines.
import sys, traceback, asyncio


def show(fn, *args):
    try:
        fn(*args)
    except BaseException:
        print(traceback.format_exc().replace(__file__, "FILE"), end="")


class Obj:
    def meth(self, x):
        return x / 0

    @property
    def prop(self):
        return self.missing


def call_method():
    o = Obj()
    return o.meth(1)


def assign_call():
    r = Obj().meth(2)
    return r


def return_name_call():
    return helper(3)


def helper(v):
    return {}[v]


def pow_op(a, b):
    return (a) ** b


def floor(a):
    return a // 0


def compare(a):
    return a < "s"


def unary(a):
    return -a


def nested():
    print(len(helper(1)))


def subscript_store():
    d = []
    d[0] = 1


def aug():
    x = 1
    x += "s"


def iterate():
    for i in 5:
        pass


def multi():
    total = helper(
        4)
    return total


def multi2():
    return max(1,
               Obj().prop)


def lam():
    f = lambda q: q.nope
    return f(1)


def comp():
    return [z.nope for z in range(2)]


def fstr():
    return f"{helper(5)}"


def kw():
    return dict(a=1).pop("b")


def index_expr(a):
    return a[1:2][5]


def call_chain():
    return Obj().meth(1) + 1


async def coro_fail():
    raise KeyError("c")


async def awaiter():
    x = await coro_fail()
    return x


async def awaiter2():
    await coro_fail()


async def awaiter3():
    return 1 + await coro_fail()


def gen_fail():
    yield 1
    raise ValueError("g")


def yf():
    yield from gen_fail()


def uses_yf():
    return list(yf())


for f, a in [(call_method, ()), (assign_call, ()), (return_name_call, ()), (pow_op, ("a", 2)), (floor, (1,)), (compare, (1,)),
             (unary, ("s",)), (nested, ()), (subscript_store, ()), (aug, ()), (iterate, ()), (multi, ()), (multi2, ()),
             (lam, ()), (fstr, ()), (kw, ()), (index_expr, ([1, 2, 3],)), (call_chain, ()), (uses_yf, ())]:
    show(f, *a)

for c in (awaiter, awaiter2, awaiter3):
    co = c()
    try:
        co.send(None)
    except KeyError:
        print(traceback.format_exc().replace(__file__, "FILE"), end="")

try:
    try:
        helper(9)
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError:
    print(traceback.format_exc().replace(__file__, "FILE"), end="")



def show0(fn):
    try:
        fn()
    except BaseException:
        print(traceback.format_exc().replace(__file__, "FILE"), end="")
class S:
    __slots__ = ()
def a1():
    S().x = 1
def a2():
    o = S(); o.y = [1, 2][5]
def a3():
    t = (1,)
    t[0] = 2
def a4():
    for ch in None: pass
def a5():
    x = [1]
    x[1] += 1
def a6():
    return not_defined + 1
def a7():
    assert 1 == 2, "msg"
def a8():
    raise ValueError
def a9():
    d = {}
    return d["k"]["j"]
def a10():
    return (1).bit_length() + [][0]
def a11():
    import math
    return math.sqrt(-1)
def a12():
    return int("x") if True else 0
def a13():
    x = 1; y = x.foo
def a14():
    return [1, 2, 3][1:] + None
def a15():
    return 2 ** "x" // 3
for f in (a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15):
    show0(f)
