"""Generates PyMathGeneratedTest.java: every expected value is computed by the CPython running this
script (use CPython 3.13). Each case pairs a Java expression with the equivalent Python one."""
import math, sys

# (kind, java expression, python expression); kind: F float, I int, B bool, E error, FS float pair, S string
C = []
def f(j, p): C.append(("F", j, p))
def i(j, p): C.append(("I", j, p))
def b(j, p): C.append(("B", j, p))
def e(j, p): C.append(("E", j, p))
def s(j, p): C.append(("S", j, p))

big = lambda v: f'n("{v}")'
# --- floor/ceil/trunc
for v in ["2.7", "-2.7", "2.5", "1e20", "-1.5e30", "0.0", "-0.5"]:
    i(f"PyMath.floor({v})", f"math.floor({v})"); i(f"PyMath.ceil({v})", f"math.ceil({v})"); i(f"PyMath.trunc({v})", f"math.trunc({v})")
i("PyMath.floor(5L)", "math.floor(5)"); i("PyMath.ceil(true)", "math.ceil(True)"); i(f"PyMath.floor({big(2**100)})", "math.floor(2**100)")
e("PyMath.floor(Double.NaN)", "math.floor(math.nan)"); e("PyMath.ceil(Double.POSITIVE_INFINITY)", "math.ceil(math.inf)")
# --- sqrt/isqrt/gcd/lcm
f("PyMath.sqrt(16L)", "math.sqrt(16)"); f("PyMath.sqrt(2.0)", "math.sqrt(2)"); e("PyMath.sqrt(-1.0)", "math.sqrt(-1)"); e(f"PyMath.sqrt({big(10**400)})", "math.sqrt(10**400)")
f(f"PyMath.sqrt({big(10**300)})", "math.sqrt(10**300)")
for v in [17, 0, 1, 10**40 + 1, 2**127, 10**100 - 1, 2**64]:
    i(f"PyMath.isqrt({big(v)})", f"math.isqrt({v})")
e("PyMath.isqrt(-1L)", "math.isqrt(-1)"); e("PyMath.isqrt(2.0)", "math.isqrt(2.0)")
i("PyMath.gcd(12L, 18L)", "math.gcd(12, 18)"); i("PyMath.gcd(0L, 5L)", "math.gcd(0, 5)"); i("PyMath.gcd()", "math.gcd()"); i("PyMath.gcd(24L, 36L, 60L)", "math.gcd(24, 36, 60)")
i("PyMath.gcd(-12L, 8L)", "math.gcd(-12, 8)"); i(f"PyMath.gcd({big(2**100)}, {big(6**50)})", "math.gcd(2**100, 6**50)"); i("PyMath.gcd(Long.MIN_VALUE, 0L)", "math.gcd(-2**63, 0)")
i("PyMath.lcm(4L, 6L)", "math.lcm(4, 6)"); i("PyMath.lcm(3L, 5L, 7L)", "math.lcm(3, 5, 7)"); i("PyMath.lcm()", "math.lcm()"); i("PyMath.lcm(-4L, 0L, 6L)", "math.lcm(-4, 0, 6)")
e("PyMath.gcd(1.5)", "math.gcd(1.5)")
# --- factorial/comb/perm
for v in [0, 1, 10, 20, 21, 30, 100]:
    i(f"PyMath.factorial({v}L)", f"math.factorial({v})")
e("PyMath.factorial(-1L)", "math.factorial(-1)"); e("PyMath.factorial(1.5)", "math.factorial(1.5)")
for n, k in [(10, 3), (100, 50), (5, 7), (0, 0), (60, 30), (10**20, 3)]:
    i(f"PyMath.comb({big(n)}, {k}L)", f"math.comb({n}, {k})")
for n, k in [(5, 2), (20, 10), (5, 9), (7, 0), (10**20, 2)]:
    i(f"PyMath.perm({big(n)}, {k}L)", f"math.perm({n}, {k})")
i("PyMath.perm(5L, null)", "math.perm(5)")
e("PyMath.perm(-1L, null)", "math.perm(-1)"); e("PyMath.perm(5L, -1L)", "math.perm(5, -1)"); e("PyMath.comb(-1L, 2L)", "math.comb(-1, 2)"); e("PyMath.comb(5L, -1L)", "math.comb(5, -1)")
# --- fsum/prod
f("PyMath.fsum(Collections.nCopies(10, 0.1))", "math.fsum([0.1]*10)")
f("PyMath.fsum(List.of(1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50))", "math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])")
f("PyMath.fsum(List.of(1.0, 1e-16, 1e-16))", "math.fsum([1.0, 1e-16, 1e-16])")
f("PyMath.fsum(List.of(1L, 2L, 0.5))", "math.fsum([1, 2, 0.5])")
f("PyMath.fsum(List.of())", "math.fsum([])")
f("PyMath.fsum(List.of(Double.POSITIVE_INFINITY, 1.0))", "math.fsum([math.inf, 1.0])")
f("PyMath.fsum(List.of(Double.NaN, 1.0))", "math.fsum([math.nan, 1.0])")
f("PyMath.fsum(List.of(1.7976931348623157e308, -1e292, 1e292))", "math.fsum([1.7976931348623157e308, -1e292, 1e292])")
f("PyMath.fsum(List.of(2.0**53, 1.0, 2.0**-60))" .replace("2.0**53", "9007199254740992.0").replace("2.0**-60", "0x1p-60"), "math.fsum([2.0**53, 1.0, 2.0**-60])")
f("PyMath.fsum(List.of(9007199254740992.0, 1.0))", "math.fsum([2.0**53, 1.0])")
f("PyMath.fsum(List.of(9007199254740992.0, 3.0, -0x1p-60))", "math.fsum([2.0**53, 3.0, -2.0**-60])")
e("PyMath.fsum(List.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY))", "math.fsum([math.inf, -math.inf])")
e("PyMath.fsum(List.of(1e308, 1e308))", "math.fsum([1e308, 1e308])")
i("PyMath.prod(List.of(1L, 2L, 3L, 4L), 1L)", "math.prod([1, 2, 3, 4])"); i("PyMath.prod(List.of(), 1L)", "math.prod([])")
f("PyMath.prod(List.of(2L, 0.5), 1L)", "math.prod([2, 0.5])"); i("PyMath.prod(List.of(1L, 2L, 3L, 4L, 5L), 10L)", "math.prod(range(1, 6), start=10)")
i("PyMath.prod(Collections.nCopies(5, 1L << 40), 1L)", "math.prod([2**40]*5)"); i("PyMath.prod(List.of(true, 3L), 1L)", "math.prod([True, 3])")
# --- isclose/hypot/dist
b("PyMath.isclose(0.1 + 0.2, 0.3)", "math.isclose(0.1 + 0.2, 0.3)"); b("PyMath.isclose(1.0, 1.001)", "math.isclose(1.0, 1.001)")
b("PyMath.isclose(1.0, 1.001, 1e-2, 0.0)", "math.isclose(1.0, 1.001, rel_tol=1e-2)"); b("PyMath.isclose(0.0, 1e-10)", "math.isclose(0.0, 1e-10)")
b("PyMath.isclose(0.0, 1e-10, 1e-9, 1e-9)", "math.isclose(0.0, 1e-10, abs_tol=1e-9)"); b("PyMath.isclose(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY)", "math.isclose(math.inf, math.inf)")
b("PyMath.isclose(Double.NaN, Double.NaN)", "math.isclose(math.nan, math.nan)")
e("PyMath.isclose(1.0, 2.0, -1.0, 0.0)", "math.isclose(1, 2, rel_tol=-1)")
for args in ["3, 4", "1, 2, 2", "1e308, 1e308", "5e-324, 5e-324", "0.1, 0.2, 0.3", "1.5, 2.25, 3.125, 7.0", "", "-0.0", "1e-320, 3e-321", "7.0, 1e-17", "0.7, 1.3, 2.9, 1e3, 3.3e-5"]:
    f(f"PyMath.hypot({', '.join(a + ('' if '.' in a or 'e' in a else '.0') for a in args.split(', ')) if args else ''})", f"math.hypot({args})")
f("PyMath.hypot(Double.NaN, Double.POSITIVE_INFINITY)", "math.hypot(math.nan, math.inf)"); f("PyMath.hypot(Double.NaN, 1.0)", "math.hypot(math.nan, 1)")
f("PyMath.dist(new double[] {0, 0}, new double[] {3, 4})", "math.dist((0, 0), (3, 4))"); f("PyMath.dist(new double[] {1.5, -2.25, 3}, new double[] {0.1, 0.2, 0.3})", "math.dist((1.5, -2.25, 3), (0.1, 0.2, 0.3))")
e("PyMath.dist(new double[] {1}, new double[] {1, 2})", "math.dist((1,), (1, 2))")
# --- logs/exp/pow
for v in ["8L", "1L", "1000L", "1024L", "2.5", "1e-300", "Math.E", "7L", "0.1"]:
    pv = v.rstrip("L").replace("Math.E", "math.e")
    f(f"PyMath.log({v})", f"math.log({pv})"); f(f"PyMath.log10({v})", f"math.log10({pv})"); f(f"PyMath.log2({v})", f"math.log2({pv})")
f("PyMath.log(8L, 2L)", "math.log(8, 2)"); f("PyMath.log(100L, 10L)", "math.log(100, 10)"); f("PyMath.log(2.0, 0.5)", "math.log(2.0, 0.5)")
for v in [10**400, 2**2000, 3**1000 + 1]:
    f(f"PyMath.log({big(v)})", f"math.log({v})"); f(f"PyMath.log10({big(v)})", f"math.log10({v})"); f(f"PyMath.log2({big(v)})", f"math.log2({v})")
f(f"PyMath.log({big(10**400)}, 10L)", "math.log(10**400, 10)")
for x in ["0L", "-1L", "-1.5", "0.0", big(-10**400)]:
    e(f"PyMath.log({x})", f"math.log({x.rstrip('L').replace('n(', '(').replace(chr(34), '')})")
e("PyMath.log(8L, 1L)", "math.log(8, 1)"); e("PyMath.log10(0L)", "math.log10(0)"); e("PyMath.log2(-1L)", "math.log2(-1)")
f("PyMath.log(Double.POSITIVE_INFINITY)", "math.log(math.inf)")
for v in ["0", "1", "-1", "10.5", "700", "-745.2"]:
    f(f"PyMath.exp({v})", f"math.exp({v})")
e("PyMath.exp(1000)", "math.exp(1000)")
for x, y in [("2", "10"), ("2", "0.5"), ("-2", "3"), ("-8", "2"), ("0", "0"), ("Double.NaN", "0"), ("1", "Double.NaN"), ("-1", "Double.POSITIVE_INFINITY"), ("0.5", "Double.NEGATIVE_INFINITY"),
             ("Double.NEGATIVE_INFINITY", "3"), ("Double.NEGATIVE_INFINITY", "-3"), ("Double.NEGATIVE_INFINITY", "2"), ("0", "Double.NEGATIVE_INFINITY"), ("-0.0", "3"), ("-0.0", "2"), ("1.0000001", "1e9"), ("10", "-400")]:
    px, py = (x.replace("Double.NaN", "math.nan").replace("Double.POSITIVE_INFINITY", "math.inf").replace("Double.NEGATIVE_INFINITY", "-math.inf"),
              y.replace("Double.NaN", "math.nan").replace("Double.POSITIVE_INFINITY", "math.inf").replace("Double.NEGATIVE_INFINITY", "-math.inf"))
    f(f"PyMath.pow({x}, {y})", f"math.pow({px}, {py})")
e("PyMath.pow(0, -1)", "math.pow(0, -1)"); e("PyMath.pow(-8, 1.0 / 3)", "math.pow(-8, 1/3)"); e("PyMath.pow(10, 400)", "math.pow(10, 400)")
# --- float manipulation
for x, y in [("7", "3"), ("-7", "3"), ("7", "-3"), ("5.5", "Double.POSITIVE_INFINITY"), ("-0.0", "1")]:
    py = y.replace("Double.POSITIVE_INFINITY", "math.inf")
    f(f"PyMath.fmod({x}, {y})", f"math.fmod({x}, {py})"); f(f"PyMath.remainder({x}, {y})", f"math.remainder({x}, {py})")
f("PyMath.remainder(5, 2)", "math.remainder(5, 2)"); f("PyMath.remainder(7, 2)", "math.remainder(7, 2)"); f("PyMath.remainder(-5, 2)", "math.remainder(-5, 2)")
e("PyMath.fmod(1, 0)", "math.fmod(1, 0)"); e("PyMath.fmod(Double.POSITIVE_INFINITY, 1)", "math.fmod(math.inf, 1)"); e("PyMath.remainder(1, 0)", "math.remainder(1, 0)")
f("PyMath.copysign(3, -0.0)", "math.copysign(3, -0.0)"); f("PyMath.fabs(-4)", "math.fabs(-4)")
for v in ["3.75", "-2.5", "-0.0", "Double.POSITIVE_INFINITY", "5.0"]:
    pv = v.replace("Double.POSITIVE_INFINITY", "math.inf")
    f(f"PyMath.modf({v})[0]", f"math.modf({pv})[0]"); f(f"PyMath.modf({v})[1]", f"math.modf({pv})[1]")
for v in ["8.0", "0.3", "-5e-324", "1e308", "0.0", "-3.0"]:
    f(f"PyMath.frexp({v}).mantissa()", f"math.frexp({v})[0]"); i(f"PyMath.frexp({v}).exponent()", f"math.frexp({v})[1]")
f("PyMath.ldexp(0.5, 4L)", "math.ldexp(0.5, 4)"); f("PyMath.ldexp(1.0, -1074L)", "math.ldexp(1.0, -1074)"); f("PyMath.ldexp(1.5, -1075L)", "math.ldexp(1.5, -1075)")
f("PyMath.ldexp(3.0, -1076L)", "math.ldexp(3.0, -1076)"); f(f"PyMath.ldexp(-1.0, {big(-10**30)})", "math.ldexp(-1.0, -10**30)")
e("PyMath.ldexp(1.0, 100000L)", "math.ldexp(1, 10**5)"); e("PyMath.ldexp(1.0, 2.0)", "math.ldexp(1.0, 2.0)")
# --- trig
for v in ["Math.PI / 6", "1.0", "-0.5", "100.0"]:
    pv = v.replace("Math.PI", "math.pi")
    for fn in ["sin", "cos", "tan", "atan", "sinh", "cosh", "tanh", "asinh"]:
        f(f"PyMath.{fn}({v})", f"math.{fn}({pv})")
for v in ["0.5", "-1.0", "0.0"]:
    f(f"PyMath.asin({v})", f"math.asin({v})"); f(f"PyMath.acos({v})", f"math.acos({v})"); f(f"PyMath.atanh({v} / 2)", f"math.atanh({v} / 2)")
f("PyMath.acosh(2.5)", "math.acosh(2.5)"); f("PyMath.atan2(1, 1)", "math.atan2(1, 1)"); f("PyMath.atan2(-0.0, -1)", "math.atan2(-0.0, -1)")
f("PyMath.degrees(Math.PI)", "math.degrees(math.pi)"); f("PyMath.radians(180)", "math.radians(180)"); f("PyMath.degrees(1.0)", "math.degrees(1.0)"); f("PyMath.radians(45.5)", "math.radians(45.5)")
e("PyMath.sin(Double.POSITIVE_INFINITY)", "math.sin(math.inf)"); e("PyMath.acos(2)", "math.acos(2)"); e("PyMath.cosh(1000)", "math.cosh(1000)"); e("PyMath.acosh(0.5)", "math.acosh(0.5)")
for v in ["710.0", "-710.3", "25.0", "1e-30", "0.2", "-3.0"]:
    f(f"PyMath.sinh({v})", f"math.sinh({v})"); f(f"PyMath.cosh({v})", f"math.cosh({v})"); f(f"PyMath.tanh({v})", f"math.tanh({v})")
e("PyMath.sinh(711.0)", "math.sinh(711.0)")
f("PyMath.ulp(1.0)", "math.ulp(1.0)"); f("PyMath.nextafter(1.0, 2.0)", "math.nextafter(1.0, 2.0)"); f("PyMath.exp2(10)", "math.exp2(10)")
f("PyMath.expm1(1e-10)", "math.expm1(1e-10)"); f("PyMath.log1p(1e-10)", "math.log1p(1e-10)")
b("PyMath.isfinite(1e308)", "math.isfinite(1e308)"); b("PyMath.isinf(1e308 * 10)", "math.isinf(1e308 * 10)"); b("PyMath.isnan(PyMath.NAN)", "math.isnan(math.nan)")
f("PyMath.PI", "math.pi"); f("PyMath.E", "math.e"); f("PyMath.TAU", "math.tau"); f("PyMath.INF", "math.inf")

def jlit(v):
    r = repr(v)
    if r == "inf": return "Double.POSITIVE_INFINITY"
    if r == "-inf": return "Double.NEGATIVE_INFINITY"
    if r == "nan": return "Double.NaN"
    return r

def emit(cases, cls, extra_imports="", ns=None):
    out = [f"""package org.kairos.tests.lib;

import static org.kairos.tests.lib.LibAssert.*;

import java.util.Collections;
import java.util.List;
{extra_imports}import org.junit.jupiter.api.Test;
import org.kairos.runtime.lib.*;

/** Generated by tests/gen/{sys.argv[0].split('/')[-1]} from CPython {sys.version.split()[0]}; do not edit by hand. */
class {cls} {{"""]
    per = 40
    for chunk in range(0, len(cases), per):
        out.append(f"    @Test\n    void part{chunk // per}() {{")
        for kind, j, p in cases[chunk:chunk + per]:
            try:
                v = eval(p, ns if ns is not None else globals())
                if kind == "E":
                    raise SystemExit(f"expected error from {p}, got {v!r}")
                if kind == "F":
                    out.append(f"        F({jlit(float(v))}, {j}); // {p}")
                elif kind == "I":
                    out.append(f'        I("{v}", {j}); // {p}')
                elif kind == "B":
                    out.append(f"        assertBool({'true' if v else 'false'}, {j}); // {p}")
                elif kind == "S":
                    out.append(f'        S({jstr(v)}, {j}); // {p}')
            except SystemExit:
                raise
            except Exception as ex:
                if kind != "E":
                    raise SystemExit(f"{p} raised {ex!r}")
                out.append(f'        E("{type(ex).__name__}", {jstr(str(ex))}, () -> {j}); // {p}')
        out.append("    }\n")
    out.append("}\n")
    return "\n".join(out)

def jstr(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'

if __name__ == "__main__":
    print(emit(C, "PyMathGeneratedTest"))
