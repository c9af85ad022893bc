# obj[c] with an int constant c (one instruction: GetItemConst): lists, tuples, their subclasses
# with __getitem__, other types, dicts with int keys, negative and out-of-range indices.
class L(list):
    def __getitem__(self, i): return ("L", i)
class T(tuple):
    def __getitem__(self, i): return ("T", i)
class D:
    def __getitem__(self, i): return ("D", i)
objs = [[10, 20, 30], (1, 2), L([5, 6]), T((7, 8)), D(), "abc", {0: "zero", 1: "one", -1: "m1"}, range(5), b"xy", [], ()]
for o in objs:
    r = []
    for f in (lambda o: o[0], lambda o: o[1], lambda o: o[-1], lambda o: o[2], lambda o: o[9223372036854775807], lambda o: o[-9223372036854775808]):
        try:
            r.append(f(o))
        except (IndexError, KeyError, TypeError) as e:
            r.append(type(e).__name__ + ": " + str(e))
    print(type(o).__name__, r)
try:
    n = None
    n[0]
except TypeError as e:
    print(e)
x = [1, 2, 3]
x[0] += 5
print(x, x[0], x[2])
