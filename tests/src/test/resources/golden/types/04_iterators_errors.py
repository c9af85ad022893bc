it = iter([1, 2]); print(it.__next__(), next(it), it.__iter__() is it)
try: it.__next__()
except StopIteration as e: print("stop", e.args)
try: "abc"["x"]
except TypeError as e: print(e)
try: del (1,)[0]
except TypeError as e: print(e)
print(iter({1: 2}.items()).__next__(), iter("ab").__next__(), iter(range(3)).__next__())
