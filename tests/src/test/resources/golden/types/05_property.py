class C:
    @property
    def p(self): return 1
c = C()
for act in (lambda: setattr(c, "p", 2), lambda: C.p.__set__(c, 2), lambda: C.p.__delete__(c)):
    try: act()
    except AttributeError as e: print(e)
print(hasattr(str, "__radd__"), hasattr(str, "__rmul__"), hasattr(list, "__radd__"), C.p.__get__(c, C), C.p.__get__(None, C) is C.p)
print(type(C.p.getter(lambda s: 5)).__name__, C.p.setter(None).fset, C.p.fget.__name__)
