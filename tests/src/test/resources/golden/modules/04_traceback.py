import traceback
import io
import sys

def show(text):
    for line in text.splitlines(True):
        if "^" not in line:
            i = line.find('File "')
            if i >= 0:
                j = line.find('"', i + 6)
                path = line[i + 6:j]
                line = line[:i + 6] + path[path.rfind("/") + 1:] + line[j:]
            print(line, end="")

def f():
    raise ValueError("bad value")

try:
    f()
except ValueError:
    s = traceback.format_exc()
    show(s)
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == s)

try:
    f()
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines), lines[0], end="")
    show(lines[-2])
    print(lines[-1], end="")
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    tb = traceback.extract_tb(e.__traceback__)
    print(len(tb), [fs.name for fs in tb], [fs.lineno for fs in tb], tb[-1].line)
    for fn, ln, name, line in tb:
        print(fn.endswith(".py"), ln, name, line)
    print("".join(traceback.format_tb(e.__traceback__)).count("File"))
    buf = io.StringIO()
    traceback.print_exception(e, file=buf)
    show(buf.getvalue())

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError("k") from z
except KeyError as e:
    show("".join(traceback.format_exception(e)))
print(repr(traceback.format_exc()))
