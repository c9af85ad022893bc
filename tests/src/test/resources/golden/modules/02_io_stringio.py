import io
s = io.StringIO()
print(s.write("hello\n"), s.write("world\n"))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.read(3)), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(0)
for line in s:
    print("line:", repr(line))
s.seek(2)
s.write("XY")
print(repr(s.getvalue()))
print(s.truncate(4), repr(s.getvalue()), s.tell())
print(s.closed)
s.close()
print(s.closed)
try:
    s.getvalue()
except ValueError as e:
    print("ValueError:", e)
with io.StringIO("a\nb\nc") as f:
    print(list(f))
    print(f.read())
print(f.closed)
buf = io.StringIO()
print("x", 1, 2.5, sep="-", file=buf)
print("y", file=buf, end="")
print(repr(buf.getvalue()))
try:
    buf.write(5)
except TypeError as e:
    print("TypeError:", e)
s = io.StringIO("abc")
s.seek(0, 2)
s.write("def")
print(s.getvalue(), s.tell())
try:
    s.seek(1, 1)
except OSError as e:
    print(type(e).__name__, e)
b = io.BytesIO(b"abc")
b.seek(0, 2)
b.write(b"\x00\xffz")
print(b.getvalue(), b.tell())
b.seek(0)
print(b.read(2), b.read())
print(type(s).__name__, type(b).__name__)
