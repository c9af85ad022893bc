# Comparisons of floats with ints, exact at the edges of double precision, at sites that see
# one pair of types (specialized) and at sites that see many (generic).
import math

big = 2 ** 63
values = [0, 1, -1, 0.0, -0.0, 0.5, -0.5, 1.0, 2 ** 53, 2 ** 53 + 1, float(2 ** 53), 2.0 ** 53 + 2,
          2 ** 63 - 1, -2 ** 63, float(2 ** 63), -float(2 ** 63), big, big + 1, 2 ** 64, float(2 ** 64),
          10 ** 400, -10 ** 400, 1e308, math.inf, -math.inf, math.nan, True, False]


def row(a, b):
    return "".join("1" if r else "0" for r in (a < b, a <= b, a > b, a >= b, a == b, a != b))


lines = []
for a in values:
    lines.append(" ".join(row(a, b) for b in values))
for line in lines:
    print(line)


# Each site sees a single pair of types, so it stays specialized.
def f_l(x, y):
    return x < y, x <= y, x > y, x >= y, x == y, x != y


def l_f(x, y):
    return x < y, x <= y, x > y, x >= y, x == y, x != y


def f_f(x, y):
    return x < y, x <= y, x > y, x >= y, x == y, x != y


for i in range(-3, 4):
    print(i, f_l(i * 0.5, 1), l_f(i, 0.5), f_f(i * 0.25, 0.5))
print(f_l(float(2 ** 53), 2 ** 53 + 1), l_f(2 ** 53 + 1, float(2 ** 53)))
print(f_l(float(2 ** 63), 2 ** 63 - 1), l_f(2 ** 63 - 1, float(2 ** 63)))
print(f_l(math.nan, 0), l_f(0, math.nan), f_f(math.nan, math.nan))
print(f_l(-0.0, 0), l_f(0, -0.0), f_f(-0.0, 0.0))
print(sorted([3, 1.5, 2, -0.5, 2 ** 53 + 1, float(2 ** 53)]))
print(max(1, 1.0), min(1.0, 1), 0.1 + 0.2 > 0.3, 1e16 == 10 ** 16, 1e23 == 10 ** 23)
