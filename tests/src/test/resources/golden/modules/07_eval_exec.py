x = 10
print(eval("x + 1"), eval("  2 * 3"), eval("[i for i in range(3)]"))
print(eval("a + b", {"a": 1, "b": 2}), eval("a * b", {"a": 2}, {"b": 5}))
def f(y):
    return eval("x + y")
print(f(5))
exec("z = x * 2")
print(z)
g = {}
exec("def sq(n):\n    return n * n\nres = sq(7)", g)
print(g["res"], g["sq"](3), "__builtins__" in g)
loc = {}
exec("w = 42", {}, loc)
print(loc)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    exec("raise ValueError('inside')")
except ValueError as e:
    print("ValueError", e)
c = compile("q = 5", "<test>", "exec")
ns = {}
exec(c, ns)
print(ns["q"], eval(compile("3 + 4", "<e>", "eval")))
print(eval("len('abc')"), exec("pass"))
