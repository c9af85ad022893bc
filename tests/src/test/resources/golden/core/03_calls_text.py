# callee-named call errors, bytes % formatting, bytearray, codec errors, int digit limit
import sys
def one(x):
    return x
def kw(**k):
    return k
for f in (lambda: one(*5), lambda: one(**[1]), lambda: kw(a=1, **{"a": 2}), lambda: kw(**{1: 2}), lambda: one(0, *1)):
    try:
        f()
    except TypeError as e:
        print(e)
print(b"%s|%5b|%-4d|%x|%c%c|%r" % (b"ab", b"z", 7, 255, 65, b"B", "q"))
print(b"%(k)s" % {b"k": b"v"})
try:
    b"%s" % 5
except TypeError as e:
    print(e)
ba = bytearray(b"xy")
ba.append(122)
ba[0] = 88
print(ba, len(ba), ba[1], ba[:2], list(ba), ba == b"Xyz", ba.decode())
try:
    ba[9]
except IndexError as e:
    print(e)
for data, enc in ((b"\xc3(", "utf-8"), (b"\xe2\x82", "utf-8"), (b"\xff", "utf-8"), (b"abc", "utf-16-le")):
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(e, "|", e.start, e.end, e.reason)
try:
    "a\u20ac".encode("ascii")
except UnicodeEncodeError as e:
    print(e, "|", e.encoding, e.object, e.start, e.end)
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(6000)
print(len(str(10 ** 5000)), sys.get_int_max_str_digits())
nan = float("nan")
print(nan == nan, nan != nan, [nan] == [nan])
lst = [3, 1, 2]
try:
    lst.sort(key=lambda v: lst.append(0) or v)
except ValueError as e:
    print(e, lst)
