# collections.deque: both ends O(1) (a big popleft loop), indexing, rotate, insert/remove, maxlen, + and +=.
import collections
d = collections.deque()
for i in range(10): d.append(i)
d.appendleft(-1); d.appendleft(-2)
print(d, len(d), d[0], d[-1], d[3])
print(d.popleft(), d.pop(), d)
d.rotate(3); print(d)
d.rotate(-5); print(d)
d.insert(2, 'x'); print(d)
d.remove('x'); d.remove(5); print(d)
del d[1]; print(d)
d[0] = 'first'; print(d)
d.reverse(); print(d, list(reversed(d)))
e = collections.deque(range(5), maxlen=3); e.append(9); e.appendleft(7); print(e)
big = collections.deque()
for i in range(200000): big.append(i)
s = 0
while big: s += big.popleft()
print(s)
f = collections.deque(range(20))
for i in range(15): f.popleft(); f.append(i)
print(f, f.index(3), f.count(3), 3 in f)
print(d.copy(), d == collections.deque(d), collections.deque([1,2]) + collections.deque([3]))
d.clear(); print(d, bool(d))
try:
    d.popleft()
except IndexError as ex:
    print("IndexError", ex)
import collections
d=collections.deque([1]); d += [2,3]; print(d)
try:
    d + [1]
except TypeError as e: print(e)
