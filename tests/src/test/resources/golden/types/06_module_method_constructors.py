# The module and method classes are callable without importing types (type(sys), type(obj.m)),
# and a module made that way has CPython's attributes and repr.
import sys


M = type(sys)
m = M("made")
print(m, m.__name__, m.__doc__, m.__spec__, m.__loader__, m.__package__)
print(M("documented", "the doc").__doc__)
try:
    M()
except TypeError as e:
    print("TypeError")
m.value = 5
print(m.value, sorted(m.__dict__))


class A:
    def f(self):
        return "f of", type(self).__name__


MT = type(A().f)
bound = MT(lambda self, x: (self, x), 7)
print(bound(8))
for args in ((1, 2), (print, None)):
    try:
        MT(*args)
    except TypeError as e:
        print("TypeError", e)

import types

print(types.ModuleType is M, types.MethodType is MT)
print(types.ModuleType("again"))
