# The chain-record semantics of 06_chain_records, run 3,000 rounds so that the JIT compiles the resume
# paths while it runs: running flags seen from the innermost frame, a middle frame advanced directly,
# a shared delegate and a throw into a suspended middle frame must give the same results every round.
def leaf(n, probe=None):
    for i in range(n):
        if probe is not None:
            probe(i)
        yield i
    return n


def mid(inner):
    r = yield from inner
    yield -r
    return r * 10


def outer(inner):
    r = yield from inner
    yield -1000 - (r or 0)


def run_once(k):
    out = []
    # running flags seen from the innermost frame
    box = {}

    def probe(i):
        if i == k % 3:
            o, m = box["o"], box["m"]
            out.append((o.gi_running, m.gi_running, o.gi_yieldfrom is None, m.gi_yieldfrom is None))
            try:
                next(m)
            except ValueError:
                out.append("busy")
    m = mid(leaf(4, probe))
    o = outer(m)
    box["o"], box["m"] = o, m
    out.append(list(o))
    # direct advance of the middle frame between resumes
    inner = leaf(6)
    m = mid(inner)
    o = outer(m)
    a = [next(o) for _ in range(k % 3 + 1)]
    b = next(m)
    c = list(o)
    out.append((a, b, c, m.gi_running))
    # shared delegate
    s = leaf(5)
    x, y = outer(s), outer(s)
    seq = []
    for j in range(5):
        seq.append(next(x if (j + k) % 2 else y))
    out.append((seq, list(x), list(y)))
    # throw into the middle while suspended
    def catcher():
        try:
            yield from leaf(5)
        except KeyError:
            yield from leaf(2)
        yield "end"
    cc = catcher()
    o = outer(cc)
    first = [next(o) for _ in range(k % 4 + 1)]
    t = cc.throw(KeyError)
    out.append((first, t, list(o)))
    return out


ref = run_once(0)
refs = [run_once(k) for k in range(12)]
bad = 0
for it in range(3000):
    k = it % 12
    if run_once(k) != refs[k]:
        bad += 1
print("mismatches:", bad)
for r in refs[:3]:
    print(r)
