# List, set and dict comprehensions run inline in their frame (PEP 709): a traceback shows no
# <listcomp> frame, the enclosing function at the position inside the comprehension instead.
import sys, traceback
def show(fn):
    try:
        fn()
    except BaseException as e:
        print(traceback.format_exc().replace(__file__, "FILE"), end="")
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print(names)
def c1():
    return [z.nope for z in range(2)]
def c2():
    rows = [[1], [2, None]]
    return [[x + 1 for x in r] for r in rows]
def c3():
    return {k: 1 / k for k in (1, 0)}
def c4():
    return list(x.nope for x in [1])
def c5():
    return {s.nope
            for s in "ab"}
def c6():
    try:
        [1 / 0 for _ in "a"]
    except ZeroDivisionError:
        raise KeyError("again")
for f in (c1, c2, c3, c4, c5, c6):
    show(f)
