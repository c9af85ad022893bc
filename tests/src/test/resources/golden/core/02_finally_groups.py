# finally sees the propagating exception; exception groups keep their sequence; iterator hints
import sys
try:
    try:
        raise ValueError("original")
    finally:
        print("in finally:", repr(sys.exception()))
        raise TypeError("from finally")
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))
def ret():
    try:
        raise KeyError("k")
    finally:
        return "swallowed"
print(ret(), sys.exception())
for kind in ("ok", "break"):
    for i in range(2):
        try:
            if kind == "break":
                break
        finally:
            print("finally", kind, i)
g = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
print(repr(g), g.exceptions)
m, r = g.split(ValueError)
print(repr(m), repr(r))
try:
    raise ValueError("naked")
except* ValueError as eg:
    print(repr(eg))
it = iter([1, 2, 3])
next(it)
print(it.__length_hint__(), iter("abc").__length_hint__(), iter(range(5)).__length_hint__())
for args in ((), (1, 2, 3)):
    try:
        iter(*args)
    except TypeError as e:
        print(e)
