tests = [lambda: "a".split(1), lambda: "x".join(5), lambda: "abc".center("x"),
         lambda: dict().pop("k"), lambda: set().remove([]), lambda: (1,).index(3),
         lambda: "abc".find(1), lambda: [3, "a", 1].sort(), lambda: sorted_missing, lambda: "a".strip(1), lambda: (5).to_bytes(1, "middle"),
         lambda: (256).to_bytes(1, "big"), lambda: (1.5).__round__("x"), lambda: float.fromhex("zz"), lambda: b"a".decode("nope"), lambda: bytes(-1),
         lambda: "a".encode("ascii", "strict") + "é".encode("ascii"), lambda: [].pop(3), lambda: [1].pop(3), lambda: range(3).index(7), lambda: {1}.pop() and set().pop(),
         lambda: "abc".startswith(("a", 1)), lambda: ",".join(["a", None]), lambda: {}.fromkeys(1), lambda: dict().update(1), lambda: dict().update([(1, 2, 3)])]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
