class Stack(list):
    def __init__(self, items):
        super().__init__(items)
    def push(self, x):
        self.append(x)
    def __getitem__(self, i):
        return super().__getitem__(i) * 10
s = Stack([1, 2]); s.push(3); print(s, s[0], len(s), s.pop(), 2 in s, s + [9])
class LD(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
d = LD(); d["a"] = 1; print(d, d["a"], d.get("a"), list(d.items()))
class Counter(dict):
    def __missing__(self, k): return 0
c = Counter(); c["x"] += 1; print(c, c["y"])
print(dict.get({1: 2}, 1), list.__len__([1, 2]), str.upper("a"), str.join(",", "ab"), int.__add__(1, 2), float.__mul__(2.0, 3))
print([3, 1, 2].sort() is None, sorted_ok := [1], "x".__class__.__name__)
print({1, 2} <= {1, 2, 3}, {1}.isdisjoint([2]), frozenset({1, 2}) | {3}, {1, 2}.symmetric_difference([2, 3]), {1, 2, 3}.intersection([2, 3], (3,)))
s = {1, 2, 3}; s.intersection_update([1, 2]); s.difference_update([1]); s.update([5], [6]); print(s)
s2 = {1}; s2.symmetric_difference_update({1, 2}); print(s2, s2.copy(), set().union())
print("  a  b ".split(None, 1), "a-b-c".rsplit("-", 1), "abc".center(2), "x".ljust(3, "-"), "x".rjust(3), "TeSt".casefold(), "tab\tx".expandtabs(4))
print("ab".removeprefix("a"), "ab".removesuffix("b"), "%5.2f|%-3s|" % (3.14159, "a"), "{0:>5}".format("x"), "{a}".format_map({"a": 1}))
print(str.maketrans({"a": "b"}), "aaa".replace("a", "b", 2), "hello"[1:3], "a" * 3, "abc"[::-1], "x".__mul__(2))
try: "a".startswith(1)
except TypeError as e: print(e)
try: "abc".split("")
except ValueError as e: print(e)
print((1).__eq__(1.0), (1).__lt__("a"), "a".__eq__(1), [1].__eq__([1]), (1,) .__hash__() == hash((1,)))
print((10).__divmod__(3), (7.5).__divmod__(2), (-7).__floordiv__(2), (2).__pow__(10), (5).__truediv__(2), True.__and__(True), (True ^ True))
print(range(0, 10, 3)[1], range(5)[-1], range(10)[2:8:2], 3 in range(5), len(range(0, 100, 7)))
l = [5, 3, 8]; l[1:2] = [7, 7]; del l[0]; l += [1]; l *= 2; print(l, l.index(7, 1), l.copy() == l)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]; pairs.sort(key=lambda p: p[0]); print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True); print(pairs)
print(dict(a=1) == {"a": 1}, {"a": 1} != {"a": 2}, {1: 1}.copy(), {1: 1}.__contains__(1), list({1: 2, 3: 4}.__reversed__()))
d = {1: 1}; d |= {2: 2}; print(d, d.popitem(), d, dict.fromkeys([1, 2]))
print((3.5).hex(), (0.1).as_integer_ratio(), (-0.0).hex(), float.fromhex("-0x1p-2"), (1e300).__round__(-299), (2.5).__round__(0), (0.125).__round__(2))
print(b"a b".split(), b"abc".replace(b"b", b"x"), b"abc" + b"d", b"ab" * 2, b"a" in b"abc", b"abc".count(b"a"), bytes(b"x"), b"x" == b"x", b"a" < b"b")
