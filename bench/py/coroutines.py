# coroutines: fib(25) computed through recursive coroutines (async def /
# await), driven by hand with coro.send(None) -- no event loop and no asyncio
# import, so it measures the bare coroutine call/await/return path.  In the
# spirit of pyperformance's "coroutines" benchmark (written from its
# description, not its code).
# ops = fib(25) evaluations (242785 coroutine calls each).
# usage: coroutines.py [N] [PASSES]   (pass 1 is a warm-up, the others are measured)
import sys
import time

NAME = "coroutines"
DEFAULT_N = 20
DEFAULT_PASSES = 4
FIB_ARG = 25
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


async def fib(n):
    if n <= 1:
        return n
    return await fib(n - 1) + await fib(n - 2)


def drive(coro):
    # Nothing in fib() ever suspends, so the first send() must finish it; a
    # coroutine that yields instead would be an interpreter bug.
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    coro.close()
    return -1


def one_pass(n):
    total = 0
    h = 0
    for i in range(n):
        r = drive(fib(FIB_ARG))
        total += r
        h = (h * 31 + r + i) % MOD
    return f"{n}:{total}:{h}"


def bench(n, passes):
    times = []
    checks = []
    for p in range(passes):
        t0 = time.perf_counter()
        c = one_pass(n)
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
