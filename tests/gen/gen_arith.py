"""Generates PyArithGeneratedTest.java (PyArith + PyHash) from the CPython running this script."""
import math, sys
from gen_math import emit
C = []
def f(j, p): C.append(("F", j, p))
def i(j, p): C.append(("I", j, p))
def b(j, p): C.append(("B", j, p))
def e(j, p): C.append(("E", j, p))
def s(j, p): C.append(("S", j, p))
def n(v): return f'n("{v}")'
big = 2**200
# floor div / mod / divmod for ints
for x, y in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (-2**63, -1), (-2**63, 1), (big, 3), (-big, 7), (big, -(10**25)), (-(2**64), 2**32), (10**400 + 7, 10), (3**100, 3**98), (-big, 10**20)]:
    i(f"PyArith.floorDiv({n(x)}, {n(y)})", f"{x} // {y}"); i(f"PyArith.floorMod({n(x)}, {n(y)})", f"{x} % {y}")
    i(f"PyArith.divmod({n(x)}, {n(y)})[0]", f"divmod({x}, {y})[0]"); i(f"PyArith.divmod({n(x)}, {n(y)})[1]", f"divmod({x}, {y})[1]")
i("PyArith.floorDiv(-7L, 2L)", "-7 // 2"); i("PyArith.floorMod(-7L, 3L)", "-7 % 3")
e("PyArith.floorDiv(1L, 0L)", "1 // 0"); e("PyArith.floorMod(1L, 0L)", "1 % 0"); e("PyArith.divmod(1L, 0L)", "divmod(1, 0)"); e(f"PyArith.floorMod({n(big)}, 0L)", f"{big} % 0")
i("PyArith.add(Long.MAX_VALUE, 1L)", "2**63 - 1 + 1"); i("PyArith.sub(Long.MIN_VALUE, 1L)", "-2**63 - 1"); i("PyArith.mul(Long.MAX_VALUE, 2L)", "(2**63 - 1) * 2")
i(f"PyArith.sub({n(2**63)}, 1L)", "2**63 - 1"); i("PyArith.neg(Long.MIN_VALUE)", "2**63"); i("PyArith.mul(true, 5L)", "True * 5"); i(f"PyArith.abs({n(-2**100)})", "abs(-2**100)")
# true division
for x, y in [(1, 3), (10**30, 10**10), (10**400, 10**399), (2**53 + 1, 1), (-(2**64 + 1), 3), (1, 2**1100), (3, 2**1076), (2**1023 * 3, 2), (7, -2), (0, -5), (123456789 * 10**40, 987654321), (1, 3 * 2**1074), (2**54 + 3, 2)]:
    f(f"PyArith.trueDivide({n(x)}, {n(y)})", f"{x} / {y}")
e("PyArith.trueDivide(1L, 0L)", "1 / 0"); e(f"PyArith.trueDivide({n(10**400)}, 3L)", "10**400 / 3"); e(f"PyArith.trueDivide({n(2**1024)}, 1L)", "2**1024 / 1")
# int powers
for x, y in [(2, 10), (2, 200), (3, 100), (-7, 21), (-1, 10**20), (-1, 10**20 + 1), (0, 0), (0, 5), (1, 10**30), (10, 18), (10, 19), (-2, 63), (-2, 64), (2, -1), (10, -3), (-2, -3)]:
    (f if y < 0 else i)(f"PyArith.pow({n(x)}, {n(y)})", f"({x}) ** ({y})")
e("PyArith.pow(0L, -1L)", "0 ** -1")
for x, y, m in [(7, 10**20, 10**9 + 7), (2, -1, 10**30 + 1), (3, 4, -5), (-3, 3, 7), (5, 0, 1), (4, -2, 7), (2, 100, -(10**10)), (0, 0, 3)]:
    i(f"PyArith.pow({n(x)}, {n(y)}, {n(m)})", f"pow({x}, {y}, {m})")
e("PyArith.pow(2L, -1L, 4L)", "pow(2, -1, 4)"); e("PyArith.pow(2L, 3L, 0L)", "pow(2, 3, 0)")
# float ops
for x, y in [("-7.5", "2"), ("7.0", "-3"), ("7.5", "2"), ("-0.0", "1.0"), ("0.0", "-1.0"), ("1e308", "1e-308"), ("5.0", "Double.POSITIVE_INFINITY"), ("-5.0", "Double.POSITIVE_INFINITY"), ("0.1", "0.01"), ("-1e-300", "3.0")]:
    py = y.replace("Double.POSITIVE_INFINITY", "math.inf")
    f(f"PyArith.floatFloorDiv({x}, {y})", f"{x} // {py}"); f(f"PyArith.floatMod({x}, {y})", f"{x} % {py}")
    f(f"PyArith.floatDivmod({x}, {y})[0]", f"divmod({x}, {py})[0]"); f(f"PyArith.floatDivmod({x}, {y})[1]", f"divmod({x}, {py})[1]")
e("PyArith.floatFloorDiv(1.0, 0.0)", "1.0 // 0"); e("PyArith.floatMod(1.0, 0.0)", "1.0 % 0"); e("PyArith.floatDivmod(1.0, 0.0)", "divmod(1.0, 0)"); e("PyArith.floatTrueDivide(1.0, 0.0)", "1.0 / 0")
for x, y in [("2.0", "10"), ("2.0", "-1"), ("-2.0", "3"), ("-8.0", "2"), ("-1.0", "Double.POSITIVE_INFINITY"), ("1.0", "Double.NaN"), ("Double.NaN", "0.0"), ("Double.NEGATIVE_INFINITY", "3.0"), ("Double.NEGATIVE_INFINITY", "-3.0"), ("-0.0", "3.0"), ("-0.0", "0.5"), ("0.5", "Double.NEGATIVE_INFINITY"), ("10.0", "-400.0"), ("1.5", "2.5")]:
    rp = lambda t: t.replace("Double.NaN", "math.nan").replace("Double.POSITIVE_INFINITY", "math.inf").replace("Double.NEGATIVE_INFINITY", "-math.inf")
    f(f"PyArith.floatPow({x}, {y})", f"({rp(x)}) ** ({rp(y)})")
e("PyArith.floatPow(0.0, -1.0)", "0.0 ** -1"); e("PyArith.floatPow(2.0, 10000.0)", "2.0 ** 10000")
b("PyArith.floatPow(-8.0, 1.0 / 3) == null", "isinstance((-8.0) ** (1/3), complex)")
# round
for x, d in [("2.675", 2), ("0.5", 0), ("-0.04", 1), ("1.5", 0), ("123.456", -1), ("1234.5", -2), ("0.125", 2), ("0.375", 2), ("5e-324", 323), ("1e300", -299), ("-1e-5", 2), ("0.1", 400), ("12345.678", -400), ("Math.PI", 4), ("2.5", 0)]:
    f(f"PyArith.round({x}, {d}L)", f"round({x.replace('Math.PI', 'math.pi')}, {d})")
for x in ["0.5", "1.5", "2.5", "-1.5", "-0.5", "1e20", "-2.5e25", "2.4999999999999996"]:
    i(f"PyArith.round({x})", f"round({x})")
e("PyArith.round(1.7e308, -308L)", "round(1.7e308, -308)"); e("PyArith.round(1.7976931348623157e308, -307L)", "round(1.7976931348623157e308, -307)"); e("PyArith.round(Double.NaN)", "round(math.nan)"); e("PyArith.round(Double.POSITIVE_INFINITY)", "round(math.inf)")
for x, d in [(1234, -2), (1250, -2), (1350, -2), (-1250, -2), (15, -1), (25, -1), (5, -1), (7, 3), (-(10**30) - 5 * 10**9, -10), (99, -5), (10**50, -60), (-(10**50), -51)]:
    i(f"PyArith.round({n(x)}, {n(d)})", f"round({x}, {d})")
# conversions
for v in ["1e20", "1.5e30", "-2.5e25", "-9.223372036854775808E18", "9.223372036854775808E18", "0.9", "-0.9"]:
    i(f"PyArith.floatToInt({v})", f"int({v})")
e("PyArith.floatToInt(Double.NaN)", "int(math.nan)"); e("PyArith.floatToInt(Double.NEGATIVE_INFINITY)", "int(-math.inf)")
for v in [2**100, 2**53 + 1, 2**1024 - 2**970 - 1, 2**1024 - 2**971, -(2**60 + 1)]:
    f(f"PyArith.toDouble({n(v)})", f"float({v})")
e(f"PyArith.toDouble({n(10**400)})", "float(10**400)"); e(f"PyArith.toDouble({n(2**1024 - 2**970)})", f"float({2**1024 - 2**970})")
e("PyArith.index(1.5)", "range(1.5)")
for v in [0, 1, -1, 255, -256, 2**63 - 1, -2**63, 2**200 - 1]:
    i(f"PyArith.bitLength({n(v)})", f"({v}).bit_length()"); i(f"PyArith.bitCount({n(v)})", f"({v}).bit_count()")
for v, L, bo, sg in [(1024, 2, "big", False), (1024, 4, "little", False), (-1, 2, "big", True), (-129, 2, "little", True), (255, 1, "big", False), (2**70, 9, "big", False), (0, 0, "big", False)]:
    s(f"java.util.HexFormat.of().formatHex(PyArith.toBytes({n(v)}, {L}L, \"{bo}\", {'true' if sg else 'false'}))", f"({v}).to_bytes({L}, '{bo}', signed={sg}).hex()")
e("PyArith.toBytes(256L, 1L, \"big\", false)", "(256).to_bytes(1, 'big')"); e("PyArith.toBytes(-1L, 1L, \"big\", false)", "(-1).to_bytes(1, 'big')"); e("PyArith.toBytes(128L, 1L, \"big\", true)", "(128).to_bytes(1, 'big', signed=True)")
for h, bo, sg in [("0400", "big", False), ("ffff", "big", True), ("ff7f", "little", True), ("", "big", True), ("ffffffffffffffffff", "big", False)]:
    i(f"PyArith.fromBytes(java.util.HexFormat.of().parseHex(\"{h}\"), \"{bo}\", {'true' if sg else 'false'})", f"int.from_bytes(bytes.fromhex('{h}'), '{bo}', signed={sg})")
for v in ["1.5", "0.1", "-0.25", "1e300", "5e-324", "0.0", "-3.0"]:
    i(f"PyArith.asIntegerRatio({v})[0]", f"({v}).as_integer_ratio()[0]"); i(f"PyArith.asIntegerRatio({v})[1]", f"({v}).as_integer_ratio()[1]")
    b(f"PyArith.isInteger({v})", f"({v}).is_integer()")
    s(f"PyArith.floatHex({v})", f"({v}).hex()")
e("PyArith.asIntegerRatio(Double.NaN)", "math.nan.as_integer_ratio()"); e("PyArith.asIntegerRatio(Double.POSITIVE_INFINITY)", "math.inf.as_integer_ratio()")
s("PyArith.floatHex(Double.NEGATIVE_INFINITY)", "(-math.inf).hex()"); s("PyArith.floatHex(-0.0)", "(-0.0).hex()")
for v in ["1e16", "1e15", "0.0001", "0.00001", "123.456", "-1.5e-7", "1.7976931348623157e308", "5e-324", "0.1", "100.0", "-0.0", "Double.NaN", "2.5e+16"]:
    s(f"PyArith.floatRepr({v})", f"repr({v.replace('Double.NaN', 'math.nan')})")
# hash
for v in [0, 1, -1, -2, 2**61 - 1, 2**61, 2**61 + 5, 10**20, -(10**20), 2**63 - 1, -2**63, 2**100, -(2**100), 2**61 - 2, -(2**61 - 2)]:
    i(f"PyHash.hashInt({n(v)})", f"hash({v})")
for v in ["0.5", "-0.0", "1.5", "-1.0", "1e20", "1267650600228229401496703205376.0", "0.1", "-2.5", "1e-300", "5e-324", "9.223372036854775808E18", "-9.223372036854775808E18", "1e308", "Double.POSITIVE_INFINITY", "Double.NEGATIVE_INFINITY", "3.14159", "-1e-10"]:
    i(f"PyHash.hashDouble({v})", f"hash({v.replace('Double.POSITIVE_INFINITY', 'math.inf').replace('Double.NEGATIVE_INFINITY', '-math.inf')})")
i("PyHash.hashInt(true)", "hash(True)")

if __name__ == "__main__":
    print(emit(C, "PyArithGeneratedTest"))
