# traceback.format_tb / extract_tb / format_list: FrameSummary positions (end_lineno, colno,
# end_colno) and the same source lines and carets as a printed traceback; tuples have none.
import traceback
def inner(d):
    return d["k"] + 1
def outer():
    return [inner({}) for _ in "a"]
try:
    x = outer()
except KeyError as e:
    tb = e.__traceback__
    for line in traceback.format_tb(tb):
        print(line.replace(__file__, "FILE"), end="")
    for fs in traceback.extract_tb(tb):
        print(fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, repr(fs.line))
    print("".join(traceback.format_list([("f.py", 3, "g", "x = 1")])), end="")
    fs = traceback.FrameSummary("nofile.py", 3, "h", line="y = 2")
    print(fs.colno, fs.end_colno, "".join(traceback.format_list([fs])), end="")
