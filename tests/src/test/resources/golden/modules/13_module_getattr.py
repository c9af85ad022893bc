# PEP 562: a module-level __getattr__ answers missing attributes (attribute access, hasattr/getattr,
# from-import including its __path__ probe); its own AttributeError message is kept.
import sys, types
m = types.ModuleType("lazymod")
calls = []
exec('''
def __getattr__(name):
    calls.append(name)
    if name == "answer":
        return 42
    if name == "boom":
        raise KeyError(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
''', m.__dict__)
m.__dict__["calls"] = calls
m.present = "here"
print(m.answer, m.present)
print(m.answer + 1)
print(hasattr(m, "answer"), hasattr(m, "missing"), getattr(m, "missing", "dflt"))
try:
    m.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    m.boom
except KeyError as e:
    print("KeyError:", e)
sys.modules["lazymod"] = m
from lazymod import answer
print("from-import", answer)
try:
    from lazymod import nothing
except ImportError as e:
    print("ImportError:", e)
print(m.answer.bit_length())
print(calls)
