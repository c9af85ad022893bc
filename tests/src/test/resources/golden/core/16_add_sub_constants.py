# "x + 1", "x - 1" and "i += 1" with an int constant on the right (one instruction: BinaryConst):
# ints at the long limits, big ints, floats, bools, NaN, in-place list +=, TypeErrors, and dunders.
import sys
vals = [0, 1, -1, 2**63 - 1, -2**63, 2**70, 1.5, -0.0, True, False, float('nan'), float('inf')]
for v in vals:
    a = v + 1
    b = v - 1
    c = v + 0
    d = v - -5
    e = v
    e += 7
    f = v
    f -= 9223372036854775807
    print(repr(v), repr(a), repr(b), repr(c), repr(d), repr(e), repr(f), type(a).__name__, type(f).__name__)
x = [1]
x += [2]
print(x)
for bad in ([1], "s", None, (1,)):
    for fn in (lambda y: y + 1, lambda y: y - 1):
        try:
            fn(bad)
        except TypeError as err:
            print("TypeError", err)
    try:
        z = bad
        z += 1
    except TypeError as err:
        print("TypeError", err)
class N:
    def __add__(self, o): return ("add", o)
    def __sub__(self, o): return ("sub", o)
    def __iadd__(self, o): return ("iadd", o)
n = N()
print(n + 1, n - 2)
n += 3
print(n)
i = 0
while i < 10:
    i += 3
print(i)
