# Inline caches of global loads, attribute reads and method calls must notice every
# change: each loop runs long enough (N iterations) for the caches to be warm, then
# changes a binding part-way through.
import math
import sys

N = 3000


# ---------------------------------------------------------------- globals

def g_value():
    return 1


def read_global_loop():
    total = 0
    for i in range(N):
        total += counter + g_value()
    return total


counter = 5
print("global read", read_global_loop())


def reassign_in_loop():
    global counter
    total = 0
    for i in range(N):
        counter = i
        total += counter
    return total


print("global reassigned in loop", reassign_in_loop(), counter)


def rebind_function_mid_loop():
    global g_value
    total = 0
    for i in range(N):
        total += g_value()
        if i == N // 2:
            g_value = lambda: 100
    return total


print("global function rebound", rebind_function_mid_loop())


def builtin_shadowed_mid_loop():
    global len
    total = 0
    for i in range(N):
        total += len("abc")
        if i == N // 2:
            len = lambda s: 1000
    del len
    total += len("abc")
    return total


print("builtin shadowed by a global", builtin_shadowed_mid_loop())


def builtins_module_patched():
    import builtins
    saved = builtins.abs
    total = 0
    try:
        for i in range(N):
            total += abs(-2)
            if i == N // 2:
                builtins.abs = lambda x: 7
    finally:
        builtins.abs = saved
    return total + abs(-1)


print("builtins module patched", builtins_module_patched())


doomed = 1


def deleted_global():
    global doomed
    total = 0
    for i in range(N):
        total += doomed
        if i == N - 10:
            del doomed
            try:
                total += doomed
            except NameError as e:
                print("NameError:", e)
            doomed = 2
    return total


print("deleted global", deleted_global())


def new_global_defined_late():
    total = 0
    for i in range(N):
        total += late_value() if i >= N // 2 else 1
        if i == N // 2 - 1:
            globals()["late_value"] = lambda: 3
    return total


print("global defined late", new_global_defined_late())


def global_keys_churn():
    # new keys keep arriving in globals while a builtin is read
    total = 0
    for i in range(N):
        globals()["churn_" + str(i % 50)] = i
        total += min(i, 3)
        if i % 997 == 0:
            globals().pop("churn_" + str(i % 50))
    return total


print("globals churn", global_keys_churn())


# ---------------------------------------------------------------- methods of guest classes

class Base:
    def __init__(self, v):
        self.v = v

    def value(self):
        return self.v

    def twice(self, k=2):
        return self.v * k

    def gen(self, n):
        for i in range(n):
            yield self.v + i


class Child(Base):
    pass


def patch_class_method():
    objs = [Base(1), Child(2)]
    total = 0
    for i in range(N):
        for o in objs:
            total += o.value() + o.twice() + o.twice(3)
        if i == N // 3:
            Base.value = lambda self: 1000
        if i == 2 * N // 3:
            Child.value = lambda self: -5
    del Child.value
    del Base.value
    try:
        objs[0].value()
    except AttributeError as e:
        print("AttributeError:", e)
    Base.value = lambda self: self.v
    return total


print("patched class method", patch_class_method())


def instance_attr_shadows_method():
    a = Base(3)
    b = Base(4)
    total = 0
    for i in range(N):
        total += a.value() + b.value()
        if i == N // 2:
            a.value = lambda: 50
    del a.value
    total += a.value()
    return total


print("instance attribute shadows method", instance_attr_shadows_method())


def dict_write_shadows_method():
    a = Base(3)
    total = 0
    for i in range(N):
        total += a.value()
        if i == N // 2:
            vars(a)["value"] = lambda: 70
    return total


print("__dict__ write shadows method", dict_write_shadows_method())


def class_counter_and_methods():
    class Counted:
        n = 0
        label = "c"

        def bump(self):
            Counted.n += 1
            return self.n

    c = Counted()
    total = 0
    for i in range(N):
        total += c.bump()
        if i == N // 2:
            Counted.label = None
            Counted.n = 10 ** 20  # a big int is still plain data
    return total, c.label, Counted.n


print("class counter", class_counter_and_methods())


def generator_and_bound_methods():
    o = Child(10)
    total = 0
    for i in range(N):
        total += sum(o.gen(3))
        m = o.twice
        total += m() + m(k=1)
    print(o.gen(1).__class__.__name__, m.__self__ is o, m == o.twice)
    return total


print("generator methods", generator_and_bound_methods())


def class_changes():
    class P:
        def who(self):
            return "P"

    class Q:
        def who(self):
            return "Q"

    p = P()
    seen = []
    for i in range(N):
        w = p.who()
        if not seen or seen[-1] != w:
            seen.append(w)
        if i == N // 3:
            p.__class__ = Q
        if i == 2 * N // 3:
            p.__dict__ = {"who": lambda: "dict"}
    return seen


print("__class__ and __dict__ assignment", class_changes())


def base_gains_override():
    class A:
        def f(self):
            return "A"

    class B(A):
        pass

    class C(B):
        pass

    c = C()
    seen = []
    for i in range(N):
        r = c.f()
        if not seen or seen[-1] != r:
            seen.append(r)
        if i == N // 3:
            B.f = lambda self: "B"
        if i == 2 * N // 3:
            del B.f
    return seen


print("method added to a base", base_gains_override())


def descriptors_added_mid_loop():
    class D:
        def __init__(self):
            self.x = 1

    d = D()
    out = []
    for i in range(N):
        v = d.x
        if not out or out[-1] != v:
            out.append(v)
        if i == N // 4:
            D.x = property(lambda self: "property")
        if i == N // 2:
            del D.x
        if i == 3 * N // 4:
            del d.x
            D.__getattr__ = lambda self, name: "getattr " + name
    return out


print("descriptors added", descriptors_added_mid_loop())


def getattr_on_missing():
    class E:
        pass

    e = E()
    out = []
    for i in range(N):
        try:
            v = e.missing
        except AttributeError as ex:
            v = str(ex)
        if not out or out[-1] != v:
            out.append(v)
        if i == N // 2:
            e.missing = "set"
    return out


print("missing attribute", getattr_on_missing())


def slots_and_class_attrs():
    class S:
        __slots__ = ("a",)
        kind = "slotted"

        def get(self):
            return self.a

    s = S()
    s.a = 1
    total = 0
    for i in range(N):
        total += s.get() + len(s.kind)
        s.a = i
    try:
        s.b = 1
    except AttributeError as e:
        print("AttributeError:", e)
    return total


print("slots", slots_and_class_attrs())


def static_and_class_methods():
    class K:
        base = 1

        @staticmethod
        def s(x):
            return x + 1

        @classmethod
        def c(cls, x):
            return cls.base + x

    k = K()
    total = 0
    for i in range(N):
        total += k.s(i) + k.c(i) + K.s(1) + K.c(1)
        if i == N // 2:
            K.s = staticmethod(lambda x: 0)
    return total


print("static and class methods", static_and_class_methods())


def wrong_arguments():
    b = Base(1)
    for i in range(N):
        b.twice(1)
    for args in [(), (1, 2), (1, 2, 3)]:
        try:
            b.value(*args) if args else b.twice(1, 2)
        except TypeError as e:
            print("TypeError:", e)
    try:
        b.twice(1, 2)
    except TypeError as e:
        print("TypeError:", e)


wrong_arguments()


def attribute_stores():
    class W:
        def __init__(self):
            self.a = 0

    w = W()
    log = []
    for i in range(N):
        w.a = i
        w.b = -i
        if i == N // 4:
            W.a = property(lambda self: "prop", lambda self, v: log.append(v))
        if i == N // 2:
            del W.a
        if i == 3 * N // 4:
            def setattr_hook(self, name, value):
                log.append(name)
                object.__setattr__(self, name, value * 2)
            W.__setattr__ = setattr_hook
    return w.a, w.b, len(log), log[:3], log[-2:]


print("attribute stores", attribute_stores())


def slot_stores():
    class S:
        __slots__ = ("a", "b")

    s = S()
    for i in range(N):
        s.a = i
        s.b = s.a + 1
    try:
        s.c = 1
    except AttributeError as e:
        print("AttributeError:", e)
    return s.a, s.b


print("slot stores", slot_stores())


# ---------------------------------------------------------------- instantiation

def instantiation():
    class Point:
        def __init__(self, x, y=0):
            self.x = x
            self.y = y

    total = 0
    for i in range(N):
        p = Point(i, 1) if i % 2 else Point(i)
        total += p.x + p.y
        if i == N // 2:
            Point.__init__ = lambda self, x, y=5: setattr(self, "x", x) or setattr(self, "y", y)
    try:
        Point()
    except TypeError as e:
        print("TypeError:", e)

    class Bad:
        def __init__(self):
            return 1

    for i in range(3):
        try:
            Bad()
        except TypeError as e:
            print("TypeError:", e)

    class Singleton:
        inst = None

        def __init__(self):
            self.n = 1

    seen = set()
    for i in range(N):
        seen.add(type(Singleton()).__name__)
        if i == N // 2:
            def new(cls):
                if cls.inst is None:
                    cls.inst = object.__new__(cls)
                return cls.inst
            Singleton.__new__ = new
    print(Singleton() is Singleton())
    return total


print("instantiation", instantiation())


# ---------------------------------------------------------------- modules and builtin types

def module_function_replaced():
    total = 0.0
    saved = math.sqrt
    try:
        for i in range(N):
            total += math.sqrt(16) + math.floor(1.5)
            if i == N // 2:
                math.sqrt = lambda x: 1.0
    finally:
        math.sqrt = saved
    del math.floor
    try:
        math.floor(1.5)
    except AttributeError as e:
        print("AttributeError:", e)
    return total


print("module function replaced", module_function_replaced())


def this_module_attrs():
    me = sys.modules[__name__]
    total = 0
    for i in range(N):
        total += me.g_value() + me.counter
        if i == N // 2:
            me.counter = 1000
    return total


print("own module attributes", this_module_attrs())


def builtin_type_methods():
    class MyList(list):
        def append(self, x):
            list.append(self, x * 10)

    lists = [[], MyList()]
    d = {"a": 1}
    out = []
    for i in range(N):
        for l in lists:
            l.append(i % 3)
        out.append(d.get("a", 0) + d.get("b", 0))
        s = "-".join(["a", "b"])
        if i == N // 2:
            lists[1].append = lambda x: None
            d["b"] = 2
    return [len(l) for l in lists], sum(lists[0]), sum(lists[1]), sum(out), s


print("builtin type methods", builtin_type_methods())


def polymorphic_calls():
    class A:
        def f(self):
            return 1

    class B:
        def f(self):
            return 2

    class C:
        def f(self):
            return 3

    class D:
        def f(self):
            return 4

    class E:
        f = staticmethod(lambda: 5)

    objs = [A(), B(), C(), D(), E(), [1], "s"]
    total = 0
    for i in range(N):
        for o in objs[:5]:
            total += o.f()
        total += len(objs[5]) + len(objs[6])
    # one call site, many kinds of callee
    callees = [len, abs, str.upper, Base, Base(1).twice, lambda x: x, Child, g_value, repr]
    kinds = []
    for i in range(N):
        for f in callees:
            try:
                r = f("ab" if f in (len, str.upper) else 3)
            except TypeError as e:
                r = str(e)
            if i == 0:
                kinds.append(type(r).__name__ + ":" + str(r if not isinstance(r, Base) else r.v))
    print(kinds)
    return total


print("polymorphic", polymorphic_calls())


# ---------------------------------------------------------------- module-level loop (stores to globals)

acc = 0
for i in range(N):
    acc += i
    if i == N // 2:
        del acc
        acc = -1
print("module-level loop", acc)
