# Int fast paths of the binary operators (&, |, ^, %, //, >>) agree with the generic path
# at the edges: negative operands, division by zero, overflow of -2**63 // -1, huge shifts.
vals = [0, 1, -1, 7, -7, 2**62, -2**63, 2**63-1, 3]
for a in vals:
    for b in vals:
        out = []
        for op in ("&", "|", "^", "%", "//", ">>"):
            try:
                out.append(eval(f"({a}) {op} ({b})"))
            except Exception as e:
                out.append(type(e).__name__)
        print(a, b, out)
def f(a, b):
    return (a & b, a | b, a ^ b, a % b if b else 0, a // b if b else 0, a >> b if b >= 0 else 0, True & False, True | 2)
t = []
for a in vals:
    for b in vals:
        for i in range(300):
            r = f(a, b)
        x = a
        x %= (b or 5)
        x //= (b or 3)
        t.append((r, x))
print(t)
print(-2**63 // -1, (-2**63) % -1, 5 >> 100, -5 >> 100)
