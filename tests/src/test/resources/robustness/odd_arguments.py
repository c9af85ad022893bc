# Calls every callable of the bundled modules, and every method of builtin and library objects,
# with arguments of the wrong kind. Whatever Python error each raises is fine; a Java exception
# ("kairos: internal error", exit status 70) is a bug. LauncherTest.oddArgumentsRaisePythonErrors
# runs it (in a temporary directory) and expects DONE. The calls with side effects on the
# process (exiting, sleeping, signals, files, threads, the event loop) are left out.
import asyncio
import collections
import contextvars
import functools
import io
import itertools
import sys
import warnings

MODULES = ["builtins", "asyncio", "inspect", "math", "itertools", "functools", "collections", "contextvars",
           "time", "random", "heapq", "bisect", "operator", "string", "textwrap", "types", "weakref", "copy",
           "json", "re", "cmath", "statistics", "queue", "traceback", "warnings", "enum", "dataclasses",
           "typing", "abc", "struct", "array", "fractions", "decimal", "datetime"]
SKIP = {"exit", "quit", "input", "breakpoint", "help", "sleep", "run", "open", "print", "wait", "excepthook",
        "set_event_loop_policy", "set_event_loop", "new_event_loop", "get_event_loop", "print_exc", "print_stack",
        "print_exception", "print_last", "print_tb", "run_forever", "run_until_complete", "close", "stop",
        "read", "readline", "readlines", "__next__", "acquire", "get", "join", "put", "__aenter__", "__aexit__",
        "__enter__", "__exit__", "__del__", "shutdown_asyncgens", "shutdown_default_executor", "run_in_executor",
        "getaddrinfo", "simplefilter", "filterwarnings", "resetwarnings", "seed", "setstate", "to_thread"}
ARGS = [(), (5,), (None,), ("x",), (object(),), (5, None), ("x", 5), (None, None, None), (-1,), (2**70,), (1.5,),
        (b"x",), ([1],), (5, 5), ("x", "x"), (None, 5), ([1], [1]), (1.5, None), (-1, -1), ({},), ((),), ("x", None, 5),
        (5, "x", None), (b"x", b"x"), (0,), (2**63,), (-2**63 - 1,), ("",), (float("nan"),), (float("inf"),),
        (1, 2, 3, 4), (True,), (range(3),)]


def callables():
    for name in MODULES:
        try:
            m = __import__(name)
        except ImportError:
            continue
        for attr in sorted(dir(m)):
            if attr in SKIP or attr.startswith("__"):
                continue
            try:
                f = getattr(m, attr)
            except Exception:
                continue
            if callable(f) and not (isinstance(f, type) and issubclass(f, BaseException)):
                yield f"{name}.{attr}", f
    loop = asyncio.new_event_loop()
    objects = [("str", "abc"), ("bytes", b"abc"), ("bytearray", bytearray(b"abc")), ("list", [1, 2]),
               ("tuple", (1, 2)), ("dict", {"a": 1}), ("set", {1}), ("frozenset", frozenset({1})), ("int", 7),
               ("float", 1.5), ("complex", 1j), ("bool", True), ("range", range(3)), ("slice", slice(1, 2)),
               ("deque", collections.deque([1])), ("defaultdict", collections.defaultdict(list)),
               ("OrderedDict", collections.OrderedDict(a=1)), ("Counter", collections.Counter("aab")),
               ("future", loop.create_future()), ("loop", loop), ("event", asyncio.Event()), ("lock", asyncio.Lock()),
               ("queue", asyncio.Queue()), ("semaphore", asyncio.Semaphore()), ("condition", asyncio.Condition()),
               ("taskgroup", asyncio.TaskGroup()), ("contextvar", contextvars.ContextVar("v")),
               ("context", contextvars.copy_context()), ("stringio", io.StringIO("x")), ("type", int),
               ("object", object()), ("function", lambda x: x), ("generator", (x for x in [1])),
               ("exception", ValueError("e")), ("group", ExceptionGroup("g", [ValueError()])),
               ("partial", functools.partial(max, 1)), ("count", itertools.count())]
    for oname, o in objects:
        for attr in sorted(dir(o)):
            if attr in SKIP:
                continue
            try:
                f = getattr(o, attr)
            except Exception:
                continue
            if callable(f):
                yield f"{oname}.{attr}", f


warnings.simplefilter("ignore")
calls = 0
for name, f in list(callables()):
    for args in ARGS:
        calls += 1
        try:
            r = f(*args)
            if type(r).__name__ == "coroutine":
                r.close()
        except BaseException:
            pass
print("DONE", calls > 30000)
