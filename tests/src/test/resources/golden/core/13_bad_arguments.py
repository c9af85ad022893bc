# Builtins and library functions given arguments of the wrong kind: each raises CPython's error
# (found by calling every callable of the bundled modules with odd arguments; each of these
# was a Java exception, an internal error, before).
import asyncio
import collections
import functools
import operator
import random
import textwrap
import traceback
import types
import warnings


def attempt(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        # what comes back when the call is fine: its kind only (reprs of these differ in details)
        print(label, "->", r if isinstance(r, (bool, int, str, tuple)) or r is None else "an object")
    except BaseException as e:
        msg = str(e)
        if " at 0x" in msg:
            msg = msg[:msg.index(" at 0x")]
        print(label, "->", type(e).__name__ + ":", msg)


for bad in (5, None, "x", 1.5, b"x", [1], object()):
    name = type(bad).__name__
    attempt(f"super({name})", super, bad)
    attempt(f"methodcaller({name})", operator.methodcaller, bad)
    attempt(f"ModuleType({name})", types.ModuleType, bad)
    attempt(f"dedent({name})", textwrap.dedent, bad)
    attempt(f"format(1, {name})", format, 1, bad)
    if not isinstance(bad, str):  # open('x', 'x') would create a file
        attempt(f"open('x', {name})", open, "x", bad)
    attempt(f"bytes('x', {name})", bytes, "x", bad)
    attempt(f"bytearray('x', {name})", bytearray, "x", bad)
    attempt(f"bytes('x', 'utf-8', {name})", bytes, "x", "utf-8", bad)
    attempt(f"compile('1', {name}, 'eval')", compile, "1", bad, "eval")
    attempt(f"compile('1', 'f', {name})", compile, "1", "f", bad)
    if not isinstance(bad, bytes):
        attempt(f"indent({name}, '> ')", textwrap.indent, bad, "> ")
    attempt(f"indent('a\\nb', {name})", textwrap.indent, "a\nb", bad)
    attempt(f"warn('w', {name})", warnings.warn, "w", bad)
    attempt(f"simplefilter({name})", warnings.simplefilter, bad)
    attempt(f"filterwarnings('ignore', {name})", warnings.filterwarnings, "ignore", bad)
    attempt(f"filterwarnings('ignore', 'm', {name})", warnings.filterwarnings, "ignore", "m", bad)
    attempt(f"filterwarnings('ignore', module={name})", warnings.filterwarnings, "ignore", module=bad)
    attempt(f"simplefilter('ignore', lineno={name})", warnings.simplefilter, "ignore", lineno=bad)
    attempt(f"format_list([{name}])", traceback.format_list, [bad])
    attempt(f"namedtuple({name}, 'a b')", lambda t: collections.namedtuple(t, "a b")._fields, bad)
    attempt(f"namedtuple('P', {name})", collections.namedtuple, "P", bad)
    if not isinstance(bad, (str, bytes, list)):
        attempt(f"shuffle({name})", random.shuffle, bad)
    attempt(f"total_ordering({name}) is it", lambda x: functools.total_ordering(x) is x, bad)

# what still works: shuffles of any mutable sequence, inherited orderings
ba = bytearray(b"ab")
random.shuffle(ba)
print(sorted(ba), random.shuffle("x"), random.shuffle(b"x"))
attempt("shuffle('xy')", random.shuffle, "xy")


class Base:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v


@functools.total_ordering
class Child(Base):
    pass


print(Child(1) <= Child(2), Child(3) >= Child(2), Child(1) > Child(2), "__le__" in Child.__dict__)
attempt("total_ordering(object subclass)", functools.total_ordering, type("Plain", (), {}))
warnings.simplefilter("ignore", lineno=3)
attempt("simplefilter lineno -1", warnings.simplefilter, "ignore", lineno=-1)
attempt("simplefilter('all')", warnings.simplefilter, "all")
warnings.simplefilter("ignore")
attempt("warn(5)", warnings.warn, 5)

# asyncio's task bookkeeping takes any object as the loop, as CPython's does
tasks = getattr(asyncio, "tasks", asyncio)  # Kairos has the helpers on asyncio itself
loop = object()
print(tasks._enter_task(loop, "t1"), asyncio.current_task(loop))
attempt("enter again", tasks._enter_task, loop, "t2")
print(tasks._swap_current_task(loop, "t3"), asyncio.current_task(loop))
attempt("leave wrong", tasks._leave_task, loop, "t1")
print(tasks._leave_task(loop, "t3"), asyncio.current_task(loop))


# builtins that read their caller's frame, called as f(*args) (was an internal error)
def via_star(f, *args):
    return f(*args)


print(sorted(via_star(locals)))
warnings.simplefilter("ignore")
print(via_star(warnings.warn, "quiet"))


# methods of builtin types (found the same way: each was an internal error)
import io

for label, f, args in [
    ("object().__getattribute__(5)", object().__getattribute__, (5,)),
    ("object().__delattr__(None)", object().__delattr__, (None,)),
    ("object().__setattr__(5, None)", object().__setattr__, (5, None)),
    ("object().__format__(5)", object().__format__, (5,)),
    ("'abc'.__format__(5)", "abc".__format__, (5,)),
    ("(7).__format__(None)", (7).__format__, (None,)),
    ("(1.5).__format__(5)", (1.5).__format__, (5,)),
    ("list.__new__(5)", list.__new__, (5,)),
    ("object.__new__(5)", object.__new__, (5,)),
    ("dict.__new__(None)", dict.__new__, (None,)),
    ("int.__new__('x')", int.__new__, ("x",)),
    ("tuple.__new__(5)", tuple.__new__, (5,)),
    ("'abc'.encode(5)", "abc".encode, (5,)),
    ("'abc'.encode('utf-8', 5)", "abc".encode, ("utf-8", 5)),
    ("b'abc'.decode(5)", b"abc".decode, (5,)),
    ("b'abc'.decode('utf-8', 5)", b"abc".decode, ("utf-8", 5)),
    ("bytearray().decode(None)", bytearray().decode, (None,)),
    ("int.__subclasscheck__(5)", int.__subclasscheck__, (5,)),
    ("ExceptionGroup(...).derive(5)", ExceptionGroup("g", [ValueError()]).derive, (5,)),
    ("ExceptionGroup(...).derive(['x'])", ExceptionGroup("g", [ValueError()]).derive, (["x"],)),
    ("ExceptionGroup(...).derive([KeyError()])", lambda e: type(ExceptionGroup("g", [ValueError()]).derive(e)).__name__, ([KeyError()],)),
    ("(7).to_bytes(-1)", (7).to_bytes, (-1,)),
    ("(7).to_bytes(5, None)", (7).to_bytes, (5, None)),
    ("[1].__rmul__(2**70)", [1].__rmul__, (2**70,)),
    ("(1, 2) * 2**70", lambda n: (1, 2) * n, (2**70,)),
    ("(1, 2) * -2**70", lambda n: (1, 2) * n, (-2**70,)),
    ("'abc' * 2**62", lambda n: "abc" * n, (2**62,)),
    ("[1] * 2**62", lambda n: [1] * n, (2**62,)),
    ("StringIO().write(5)", io.StringIO("x").write, (5,)),
    ("StringIO().seek(-1)", io.StringIO("x").seek, (-1,)),
    ("type('x', 'x')", type, ("x", "x")),
    ("type('x', None, {})", type, ("x", None, {})),
    ("type('x', (), None)", type, ("x", (), None)),
    ("type('x', [object], {})", type, ("x", [object], {})),
    ("extract_tb(5)", traceback.extract_tb, (5,)),
    ("extract_tb(None, -1)", traceback.extract_tb, (None, -1)),
]:
    attempt(label, f, *args)


def fails():
    def inner():
        return 1 / 0
    return inner()


try:
    fails()
except ZeroDivisionError as e:
    tb = e.__traceback__
print([fs.name for fs in traceback.extract_tb(tb, -1)], [fs.name for fs in traceback.extract_tb(tb, 2)],
      [fs.name for fs in traceback.extract_tb(tb, -2)], len(traceback.format_tb(tb, -1)))
