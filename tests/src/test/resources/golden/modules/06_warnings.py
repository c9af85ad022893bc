import warnings
import sys, io
err = io.StringIO()
sys.stderr = err
print("before")
warnings.warn("careful")
warnings.warn("dep", DeprecationWarning)
warnings.warn("rt", RuntimeWarning)
for i in range(3):
    warnings.warn("loop")
warnings.simplefilter("ignore")
warnings.warn("hidden")
warnings.simplefilter("error")
try:
    warnings.warn("boom", UserWarning)
except UserWarning as e:
    print("caught", e)
print("after")
sys.stderr = sys.__stderr__
for line in err.getvalue().splitlines():
    k = line.find(".py:")
    if k >= 0:
        line = line[line.rfind("/", 0, k) + 1:]
    print(line)
