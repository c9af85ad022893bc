from collections import ChainMap
import random
import copy
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
cm = ChainMap(a, b)
print(cm, cm["x"], cm["y"], cm["z"], len(cm), list(cm), sorted(cm.items()))
print("z" in cm, "w" in cm, cm.get("w", 0), cm.get("z"))
cm["w"] = 5
print(a, cm.maps[0] is a)
try:
    del cm["z"]
except KeyError as e:
    print("KeyError", e)
child = cm.new_child()
child["x"] = 100
print(child["x"], cm["x"], child.parents == cm, len(child.maps))
print(ChainMap(), bool(ChainMap()), bool(cm), dict(cm))
try:
    ChainMap({})["q"]
except KeyError as e:
    print("KeyError", e)
print(cm.pop("w"), a, list(cm.keys()), list(cm.values()))
c2 = copy.copy(cm)
c2["new"] = 1
print("new" in cm, "new" in c2)
print(ChainMap({"a": 1}).new_child({"b": 2}))

r1 = random.Random(42)
r2 = random.Random(42)
print(r1.random() == r2.random(), r1.randint(1, 100), r2.randint(1, 100))
random.seed(42)
r3 = random.Random(42)
print(random.random() == r3.random(), random.randint(1, 10) == r3.randint(1, 10))
l1 = list(range(10)); l2 = list(range(10))
r1.shuffle(l1); r2.shuffle(l2)
print(l1 == l2, r1.choice("abc") == r2.choice("abc"), r1.sample(range(100), 3) == r2.sample(range(100), 3))
r4 = random.Random()
r4.seed(7)
print(r4.random() == random.Random(7).random(), type(r4).__name__)
x = random.Random(1)
print(round(x.random(), 6), x.randrange(10), round(x.uniform(1, 2), 6), x.choices("ab", k=3))
