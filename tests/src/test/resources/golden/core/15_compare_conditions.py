# Comparisons tested by if/while/conditional expressions (one instruction: CompareTest):
# ints, big ints, floats, NaN, infinities, bools, rich comparisons returning non-bools,
# a __bool__ that raises, and the TypeError of an unsupported comparison.
nan = float('nan')
vals = [0, 1, -1, 2**70, -2**70, 0.5, -0.5, 1.0, nan, float('inf'), float('-inf'), True, False, 2**53 + 1, float(2**53)]
out = []
for a in vals:
    for b in vals:
        r = []
        if a < b: r.append('<')
        if a <= b: r.append('<=')
        if a == b: r.append('==')
        if a != b: r.append('!=')
        if a > b: r.append('>')
        if a >= b: r.append('>=')
        out.append(''.join(r))
print(len(out), out)
class W:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v  # non-bool result
    def __eq__(self, o): return [] if self.v else [1]
for v in (0, 1, [], [0], None):
    w = W(v)
    print(v, 'lt' if w < 3 else 'not-lt', 'eq' if w == 3 else 'not-eq', 'ne' if w != 3 else 'not-ne')
class Bad:
    def __bool__(self): raise ValueError("bad bool")
class C:
    def __lt__(self, o): return Bad()
try:
    if C() < 1: print("x")
except ValueError as e: print("ValueError", e)
i = 0
while i < 3:
    i += 1
print(i, 'a' < 'b', ('a' if 'x' < 'y' else 'b'))
try:
    if 1 < 'a': pass
except TypeError as e: print(e)
