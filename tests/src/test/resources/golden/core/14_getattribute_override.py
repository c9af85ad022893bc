# __getattribute__ defined in a class: every attribute read of its instances goes
# through it (method calls too); an AttributeError from it falls back to
# __getattr__; object.__getattribute__ and super() give the default lookup;
# special methods used by operators and builtins are looked up on the type.


class Logged:
    cls_attr = "class"

    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        print("  get", name)
        return super().__getattribute__(name)

    def method(self):
        return "method"

    def __len__(self):
        return 3


o = Logged()
print(o.x)
print(o.cls_attr)
print(o.method())
print(len(o))
print(hasattr(o, "x"), hasattr(o, "nope"))
print(getattr(o, "nope", "default"))
try:
    o.nope
except AttributeError as e:
    print("AttributeError", e)
print(object.__getattribute__(o, "x"))


class WithFallback:
    def __init__(self):
        self.real = "real"

    def __getattribute__(self, name):
        if name.startswith("virtual_"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback " + name


w = WithFallback()
print(w.real, w.virtual_a, w.missing)
try:
    object.__getattribute__(w, "missing")
except AttributeError as e:
    print("object.__getattribute__:", e)
print(getattr(w, "virtual_b", "unused"), hasattr(w, "virtual_c"))


class Raising:
    def __getattribute__(self, name):
        raise KeyError(name)

    def __getattr__(self, name):
        return "never"


r = Raising()
try:
    r.a
except KeyError as e:
    print("KeyError", e)
try:
    hasattr(r, "a")
except KeyError as e:
    print("hasattr KeyError", e)


class Computed:
    def __getattribute__(self, name):
        if name == "answer":
            return 42
        return super().__getattribute__(name)


class Child(Computed):
    pass


print(Computed().answer, Child().answer)
c = Child()
c.answer = 1
print(c.answer, c.__dict__)


class Later:
    def __init__(self):
        self.v = "v"


later = Later()
print(later.v)
Later.__getattribute__ = lambda self, name: "patched " + name
print(later.v, later.anything)
del Later.__getattribute__
print(later.v)


class Counting:
    def __init__(self):
        object.__setattr__(self, "reads", [])

    def __getattribute__(self, name):
        object.__getattribute__(self, "reads").append(name)
        return object.__getattribute__(self, name)

    def go(self):
        return self.helper() + 1

    def helper(self):
        return 1


k = Counting()
print(k.go(), object.__getattribute__(k, "reads"))
print([getattr(k, n) for n in ("helper",)][0](), object.__getattribute__(k, "reads")[-1])
