w = ["bb", "a", "cc", "d", "eee", "ff"]
w.sort(key=len, reverse=True); print(w)
w.sort(key=len); print(w)
s = ["b", "\U0001F600", "\uffff", "a", "B"]; s.sort(); print([hex(ord(c[0])) if False else len(c) for c in s], s[:2])
n = [3, -1, 2**70, 0, -2**70]; n.sort(); print(n)
f = [2.5, 1, True, -0.5]; f.sort(); print(f)
