# contextlib.contextmanager / asynccontextmanager built on generators and async generators.
from contextlib import contextmanager, asynccontextmanager, suppress
@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")
with tag("a") as t:
    print("inside", t)
try:
    with tag("b"):
        raise ValueError("x")
except ValueError as e:
    print("propagated", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print("swallowed")
with swallow():
    raise KeyError(1)
@asynccontextmanager
async def res():
    print("open")
    yield 5
    print("close")
async def main():
    async with res() as r:
        print("got", r)
c = main()
try:
    c.send(None)
except StopIteration:
    pass
print(tag.__name__)
