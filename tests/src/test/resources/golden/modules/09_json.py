import json
data = {"name": "x", "n": 1, "f": 2.5, "ok": True, "none": None, "list": [1, 2, {"a": []}], "t": (1, 2), "e": {}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, sort_keys=True, separators=(",", ":")))
print(json.dumps([1, [2, 3]], indent="\t"))
print(json.dumps({3: 1, 1.5: 2, True: 3, None: 4}))
print(json.dumps("h\u00e9llo \"q\" \\ \n\t\x01 \u4e2d"), json.dumps("h\u00e9llo", ensure_ascii=False))
print(json.dumps(float("nan")), json.dumps(float("inf")), json.dumps(-float("inf")), json.dumps(1e100), json.dumps(10**30))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({1, 2} and [1], default=list), json.dumps({"s": {1}}, default=sorted))
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError:", e)
print(json.loads('{"a": [1, 2.5, -3e2, true, false, null, "s\\n\\u00e9"], "b": {}}'))
print(json.loads("  [] "), json.loads('"x"'), json.loads("12345678901234567890"), json.loads("NaN"))
for bad in ["", "[1,]", "{'a': 1}", "[1 2]", "{\"a\" 1}", "[1] x", '"abc']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, isinstance(e, ValueError), e)
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.keys())))
print(json.loads(json.dumps(data)) == {**data, "t": [1, 2]})
