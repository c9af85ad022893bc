import math, functools, operator
from collections import deque, namedtuple, Counter
print(sum([0.1] * 10), sum([1, 2, 3], 10), min([3, 1, 2]), max("abc", key=ord), max([], default=7))
print(sorted([3, 1, 2], reverse=True), list(reversed([1, 2, 3])), list(enumerate("ab", 1)), list(zip("ab", [1, 2])))
print(list(map(lambda x, y: x * y, [1, 2], [3, 4])), list(filter(None, [0, 1, 2])), any([0, 1]), all([]))
print(round(2.5), round(2.675, 2), round(15, -1), divmod(-17, 5), pow(3, 4, 5), hex(255), bin(-10), oct(8))
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
print(math.floor(-2.5), math.gcd(12, 18), math.isclose(0.1 + 0.2, 0.3), math.prod([1, 2, 3]), math.factorial(5))
p = functools.partial(int, base=2)
print(p("101"), repr(p), functools.reduce(operator.add, [1, 2, 3]))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20), fib.cache_info())
d = deque([1, 2, 3], maxlen=3)
d.append(4)
d.rotate(1)
print(d, len(d), d[0])
P = namedtuple("P", "x y")
print(P(1, 2), P(1, 2)._asdict(), Counter("abca").most_common(1))
