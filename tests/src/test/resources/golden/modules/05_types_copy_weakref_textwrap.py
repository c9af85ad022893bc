import types, importlib, copy, weakref, textwrap
ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns.a, ns.b)
ns.c = [1]
print(repr(ns), ns == types.SimpleNamespace(a=1, b="x", c=[1]), ns != types.SimpleNamespace())
print(types.SimpleNamespace({"q": 2}, r=3))
def f(): pass
class A:
    def m(self): return 42
print(isinstance(f, types.FunctionType), isinstance(A().m, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
print(types.FunctionType.__name__, types.MethodType.__name__, types.ModuleType.__name__)
bm = types.MethodType(lambda self, x: (self, x), "obj")
print(bm(5))
mod = types.ModuleType("mymod")
mod.x = 3
print(mod.__name__, mod.x)
m = importlib.import_module("math")
print(m.sqrt(16), importlib.import_module("collections").deque([1]))

l = [1, [2, 3], {"a": [4]}]
c = copy.copy(l)
d = copy.deepcopy(l)
print(c == l, c is l, c[1] is l[1], d[1] is l[1], d[2]["a"] is l[2]["a"], d == l)
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"
p = P(1, [2])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(p2, p3, p2.y is p.y, p3.y is p.y, type(p3).__name__)
class C:
    def __init__(self):
        self.v = [1]
    def __copy__(self):
        print("__copy__ called")
        return "copied"
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return "deep"
print(copy.copy(C()), copy.deepcopy([C()]))
shared = [1]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
rec = [1]
rec.append(rec)
r2 = copy.deepcopy(rec)
print(r2[1] is r2, r2 is not rec)
s = {1, 2}
print(copy.copy(s), copy.deepcopy({"k": {1}}))
from collections import defaultdict, OrderedDict, deque
dd = defaultdict(list, a=[1])
print(copy.copy(dd), copy.deepcopy(dd), copy.copy(deque([1, 2])))

o = A()
r = weakref.ref(o)
print(r() is o, r().m())
print(textwrap.dedent("""\
    hello
      world
    end
"""), end="")
print(repr(textwrap.dedent("  a\n\n  b\n   \n")))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.indent("a\nb", "+", lambda line: True))
