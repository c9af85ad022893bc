# Conditions comparing with an int constant on the right (one instruction: CompareTestConst):
# ints at the long limits, big ints, floats around 2**53, NaN, bools, str/None TypeErrors, and
# rich comparisons returning non-bools.
nan = float('nan')
vals = [0, 1, -1, 2, 2**63 - 1, -2**63, 2**70, -2**70, 0.5, 1.0, 2.0, -1.0, nan, float('inf'), True, False, 2**53 + 1, float(2**53), "s", None]
for v in vals:
    r = []
    try:
        if v < 1: r.append('<1')
        if v <= 1: r.append('<=1')
        if v == 1: r.append('==1')
        if v != 1: r.append('!=1')
        if v > 1: r.append('>1')
        if v >= 1: r.append('>=1')
        if v == 0: r.append('==0')
        if v > -1: r.append('>-1')
        if v < 9007199254740993: r.append('<2**53+1')
        if v >= -9223372036854775808: r.append('>=min')
    except TypeError as e:
        r.append('TypeError: ' + str(e))
    print(repr(v), r)
class R:
    def __lt__(self, o): return o
    def __eq__(self, o): return 0
print('lt' if R() < 1 else 'nlt', 'lt0' if R() < 0 else 'nlt0', 'eq' if R() == 1 else 'neq')
k = 0
while k < 5:
    k += 2
print(k)
