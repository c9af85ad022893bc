# generators: a balanced binary tree of N nodes walked in order by recursive
# generators (yield from), consumed by a plain for loop.  Every value is
# handed up through about log2(N) generator frames, so this measures
# generator resumption and yield-from delegation.  In the spirit of
# pyperformance's "generators" benchmark (written from its description).
# A node is a list [left, value, right] (no classes in the benchmark subset);
# the tree is built once, outside the timed passes.
# ops = nodes visited.
# usage: generators.py [N] [PASSES]   (pass 1 is a warm-up, the others are measured)
import sys
import time

NAME = "generators"
DEFAULT_N = 1000000
DEFAULT_PASSES = 4
MOD = 1000000007


def report(n, times, checks, extra):
    # times[0] is the warm-up pass; best/last are over the measured passes.
    measured = times[1:]
    best = measured[0]
    for t in measured:
        if t < best:
            best = t
    last = measured[len(measured) - 1]
    ops = 0
    if best > 0:
        ops = int(n / best)
    all_s = ""
    for t in times:
        if all_s != "":
            all_s = all_s + ","
        all_s = all_s + f"{t:.4f}"
    print(f"RESULT name={NAME} n={n} passes={len(times)} first_s={times[0]:.6f} best_s={best:.6f} last_s={last:.6f} ops_per_s={ops}{extra} times_s={all_s}")
    same = True
    for c in checks:
        if c != checks[0]:
            same = False
    if same:
        print(f"CHECKSUM name={NAME} n={n} value={checks[0]}")
        return 0
    joined = "/".join(checks)
    print(f"CHECKSUM name={NAME} n={n} value=MISMATCH_BETWEEN_PASSES:{joined}")
    return 1


def build(lo, hi):
    # the node for the keys lo..hi-1; the middle key at the root keeps the
    # depth at ceil(log2(N+1)) whatever N is
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return [build(lo, mid), mid, build(mid + 1, hi)]


def walk(node):
    if node[0] is not None:
        yield from walk(node[0])
    yield node[1]
    if node[2] is not None:
        yield from walk(node[2])


def one_pass(tree):
    count = 0
    total = 0
    h = 0
    disorder = 0  # an in-order walk of this tree must yield 0, 1, 2, ...
    for v in walk(tree):
        if v != count:
            disorder += 1
        count += 1
        total += v
        h = (h * 31 + v) % MOD
    return f"{count}:{total}:{h}:{disorder}"


def bench(n, passes):
    tree = build(0, n)
    times = []
    checks = []
    for p in range(passes):
        t0 = time.perf_counter()
        c = one_pass(tree)
        t1 = time.perf_counter()
        times.append(t1 - t0)
        checks.append(c)
    return report(n, times, checks, "")


def main():
    n = DEFAULT_N
    passes = DEFAULT_PASSES
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    if len(sys.argv) > 2:
        passes = int(sys.argv[2])
    if passes < 2:
        passes = 2
    return bench(n, passes)


sys.exit(main())
