from contextlib import suppress, nullcontext, closing, ExitStack
from abc import ABC, abstractmethod, ABCMeta
with suppress(KeyError, IndexError):
    {}["x"]
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print("not suppressed")
with nullcontext(5) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)
class Res:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("close", self.name)
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False
with closing(Res("c")) as r:
    print("using", r.name)
with ExitStack() as stack:
    a = stack.enter_context(Res("a"))
    b = stack.enter_context(Res("b"))
    stack.callback(print, "callback", 1, sep="-")
    stack.push(lambda *e: print("pushed", e[0]))
    print("body", a.name, b.name)
try:
    with ExitStack() as stack:
        stack.enter_context(Res("x"))
        stack.push(lambda t, e, tb: True)
        raise ValueError("v")
    print("after suppressed")
except ValueError:
    print("not expected")
try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError("k")
except ZeroDivisionError as e:
    print("replaced", type(e.__context__).__name__)
s = ExitStack()
s.callback(print, "closed later")
s2 = s.pop_all()
s.close()
s2.close()

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name()} {self.area()}"
class Half(Shape):
    def area(self):
        return 1
class Sq(Half):
    def name(self):
        return "sq"
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
print(Sq().describe(), sorted(Shape.__abstractmethods__), Sq.__abstractmethods__ == frozenset(), type(Shape).__name__)
print(isinstance(Sq(), Shape), Shape.area.__isabstractmethod__)
class M(metaclass=ABCMeta):
    @abstractmethod
    def f(self): pass
try:
    M()
except TypeError as e:
    print(e)
class Plain(ABC):
    pass
print(type(Plain()).__name__)
