print((255).bit_length(), (7).bit_count(), (10).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(2, "big", signed=True))
print(True & False, True | False, (5).real, (5).denominator, (3).__add__(4), (3).__radd__(4), (3).__add__("a"))
print((2.675).__round__(2), (0.5).__round__(), (1.5).__round__(), (-2.5).__round__(), (2.5).__round__(), (1234).__round__(-2), (1250).__round__(-2))
print((0.5).as_integer_ratio(), (1.5).hex(), float.fromhex("0x1.8p+0"), (3.0).is_integer(), (2.7).__floor__(), (2.2).__ceil__(), (-2.7).__trunc__())
print(range(1, 10, 2).start, range(1, 10, 2).stop, range(1, 10, 2).step, range(10).index(3), range(10).count(3), list(range(5).__reversed__()))
print(slice(1, 10, 2).indices(5), slice(None, 3).start)
print(bytes(3), bytes([65, 66]), bytes("hé", "utf-8"), b"abc".decode(), b"ab".hex(), b"a,b".split(b","), b" x ".strip(), b"Ab".upper(), b"-".join([b"a", b"b"]))
print(b"abc".startswith(b"ab"), b"abc".find(b"c"), len(b"abc"), b"abc"[1], list(b"ab"), bytes.fromhex("ff 00"))
try: b"\xff".decode()
except UnicodeDecodeError as e: print(e)
def f(a, b=2, *, c=3):
    "doc"
    return a
print(f.__name__, f.__qualname__, f.__module__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_varnames)
f.__name__ = "g"; print(f.__name__, f.__closure__)
class C:
    def m(self): pass
    @property
    def p(self): return 1
    @p.setter
    def p(self, v): self._p = v
    @staticmethod
    def s(): pass
c = C(); c.p = 5
print(c.m.__self__ is c, c.m.__func__.__name__, c.m.__name__, c.m.__qualname__, len.__name__, "x".upper.__self__, c._p, C.p.fget.__name__, C.__dict__["s"].__func__.__name__)
try:
    raise ValueError
except ValueError as e:
    print(e.__traceback__.tb_lineno, e.__traceback__.tb_next)
print("%s" .__mod__(3), [1,2] + [3], [1] * 2, (1,) + (2,), {1: 2}.__or__({3: 4}), "ab" < "b", [1, 2] < [1, 3])
