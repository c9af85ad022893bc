# Reads of local variables that may be unbound raise UnboundLocalError on every path where they
# are; reads that are always bound do not. Each case prints its result or the error.
import contextlib


def run(name, f, *args):
    try:
        print(name, f(*args))
    except UnboundLocalError as e:
        print(name, "UnboundLocalError:", e)


def del_param(x):
    del x
    return x


def del_param_maybe(x):
    if x:
        del x
    return x


def first_iteration(n):
    out = []
    for i in range(n):
        if i:
            out.append(y)
        y = i * 10
    return out


def for_else_target(items):
    for t in items:
        pass
    else:
        return t


def while_walrus(values):
    it = iter(values)
    while (v := next(it, None)) is not None:
        if v == 2:
            del v
            break
    return v


def try_body(fail):
    try:
        if fail:
            raise ValueError("x")
        z = 1
    except ValueError:
        return z
    return z


def except_name(fail):
    e = "before"
    try:
        if fail:
            raise KeyError("k")
    except KeyError as e:
        pass
    return e


def with_suppressed(fail):
    with contextlib.suppress(ZeroDivisionError):
        if fail:
            1 / 0
        w = "set"
    return w


def finally_read(fail):
    try:
        if fail:
            raise RuntimeError("r")
        q = "q"
    finally:
        print("  finally sees", q)
    return q


def and_walrus(a):
    if a and (y := "walrus"):
        pass
    return y


def ifexp_walrus(a):
    r = (y := "then") if a else "else"
    return r, y


def chain_walrus(a):
    _ = 0 < a < (y := 5)
    return y


def aug_unbound():
    total += 1
    return total


def loop_del(n):
    x = 0
    out = []
    for i in range(n):
        out.append(x)
        del x
        if i < n - 1:
            x = i
    return out


def unpack(seq):
    a, *b, c = seq
    return a, b, c


def nested(k):
    def inner(m):
        return m + k
    g = lambda p: p * 2
    return [inner(v) + g(v) for v in range(3)], inner.__name__


def gen_del(flag):
    v = 1
    yield v
    if flag:
        del v
    yield v


def imports():
    import math
    from collections import deque as dq
    return math.floor(2.5), dq([1]).pop()


def assert_msg(ok):
    try:
        assert ok, (m := "message")
    except AssertionError:
        pass
    return m


def while_else(n):
    while n > 0:
        n -= 1
        found = n
    else:
        pass
    return found


def try_else(fail):
    try:
        if fail:
            raise ValueError
    except ValueError:
        pass
    else:
        got = "else"
    return got


def handler_rebinds(fail):
    try:
        if fail:
            raise ValueError("v")
        r = "body"
    except ValueError:
        r = "handler"
    return r


run("del_param", del_param, 1)
run("del_param_maybe 0", del_param_maybe, 0)
run("del_param_maybe 1", del_param_maybe, 1)
run("first_iteration 1", first_iteration, 1)
run("first_iteration 3", first_iteration, 3)
run("for_else_target [1, 2]", for_else_target, [1, 2])
run("for_else_target []", for_else_target, [])
run("while_walrus [1, 3]", while_walrus, [1, 3])
run("while_walrus [1, 2, 3]", while_walrus, [1, 2, 3])
run("try_body ok", try_body, False)
run("try_body fail", try_body, True)
run("except_name ok", except_name, False)
run("except_name fail", except_name, True)
run("with_suppressed ok", with_suppressed, False)
run("with_suppressed fail", with_suppressed, True)
run("finally_read ok", finally_read, False)
try:
    run("finally_read fail", finally_read, True)
except RuntimeError as e:
    print("finally_read fail RuntimeError:", e)
run("and_walrus True", and_walrus, True)
run("and_walrus False", and_walrus, False)
run("ifexp_walrus True", ifexp_walrus, True)
run("ifexp_walrus False", ifexp_walrus, False)
run("chain_walrus 1", chain_walrus, 1)
run("chain_walrus -1", chain_walrus, -1)
run("aug_unbound", aug_unbound)
run("loop_del 1", loop_del, 1)
run("loop_del 3", loop_del, 3)
run("unpack", unpack, [1, 2, 3, 4])
run("nested", nested, 10)
run("gen_del False", lambda f: list(gen_del(f)), False)
run("gen_del True", lambda f: list(gen_del(f)), True)
run("imports", imports)
run("assert_msg True", assert_msg, True)
run("assert_msg False", assert_msg, False)
run("while_else 2", while_else, 2)
run("while_else 0", while_else, 0)
run("try_else ok", try_else, False)
run("try_else fail", try_else, True)
run("handler_rebinds ok", handler_rebinds, False)
run("handler_rebinds fail", handler_rebinds, True)
