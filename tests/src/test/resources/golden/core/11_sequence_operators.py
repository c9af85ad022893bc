# Sequence concatenation and repetition, in place and not: results and CPython's TypeError messages
cases = [("s", "x", 1, "+"), ("t", (1,), 1, "+"), ("l", [1], 1, "+"), ("s", "x", 1.5, "*"), ("t", (1,), "a", "*"), ("l", [1], 2.0, "*"),
         ("i", 1, "a", "+"), ("i", 1, "a", "**"), ("f", 1.0, [1], "*"), ("n", 2, "ab", "*"), ("b", b"x", "y", "+"), ("d", {}, 1, "|")]
for name, a, b, op in cases:
    try:
        x = a
        if op == "+": x += b
        elif op == "*": x *= b
        elif op == "**": x **= b
        elif op == "|": x |= b
        print(name, op, repr(x))
    except TypeError as e:
        print(name, op, "TypeError:", e)

for a, b in [([1], 2.0), ((1,), 2.0), ("s", 2.0), (2.0, [1]), (b"x", "y"), ("y", b"x"), (bytearray(b"x"), "y"), ([1], (1,)), ((1,), [1])]:
    try:
        print(a + b if isinstance(b, (str, bytes, tuple, list)) and not isinstance(a, float) else a * b)
    except TypeError as e:
        print("TypeError:", e)

l = [1]; l *= 3; print(l)
l += (2, 3); print(l)
l += "ab"; print(l)
s = {1}; s |= {2}; s &= {2, 3}; print(s)
s -= frozenset({2}); print(s)
try:
    s |= [1]
except TypeError as e: print(e)
d = {1: 2}; d |= [(3, 4)]; print(d)
class L(list):
    def __iadd__(self, o):
        print("iadd"); return self
x = L(); x += [1]; print(type(x).__name__, x)
b = bytearray(b"a"); b += b"b"; print(b)
t = (1,); t *= 2; print(t)
print(bytearray(b"ab") * 2, 2 * bytearray(b"x"), b"a" + bytearray(b"b"), bytearray(b"a") + bytearray(b"c"))
c = bytearray(b"xy"); d = c; c *= 2; print(c, d is c, c + b"", len(c))
try:
    bytearray(b"a") + "s"
except TypeError as e: print(e)
