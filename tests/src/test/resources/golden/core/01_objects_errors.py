# __slots__, bare object(), OSError subclasses by errno, super() and descriptor errors, unbound names
import sys
class Slotted:
    __slots__ = ("a",)
s = Slotted()
s.a = 1
for f in (lambda: setattr(s, "b", 2), lambda: s.__dict__, lambda: setattr(object(), "x", 1)):
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)
e = OSError(2, "No such file", "f.txt")
print(type(e).__name__, e, repr(e), e.errno, e.strerror, e.filename, e.args)
print(type(OSError(13, "denied")).__name__, str(OSError(17, "exists")), OSError("plain").errno)
try:
    open("/nonexistent/kairos.txt")
except FileNotFoundError as ex:
    print(ex.errno, ex.filename)
class A:
    pass
try:
    super(A, 5)
except TypeError as ex:
    print(ex)
try:
    str.upper(5)
except TypeError as ex:
    print(ex)
def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as ex:
    print(ex)
try:
    raise ValueError("gone")
except ValueError as err:
    pass
print("err" in globals())
def loc(a, b=2):
    c = a + b
    return sorted(locals())
print(loc(1))
def outer():
    v = 1
    def inner():
        return v
    return inner
print(outer.__code__.co_cellvars, outer().__code__.co_freevars)
def ann(a: int, *rest: str, k: float = 1.0) -> list:
    pass
print(ann.__annotations__, loc.__annotations__)
