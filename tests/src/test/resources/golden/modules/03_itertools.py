from itertools import *
import itertools
c = count(5)
print(repr(c), next(c), next(c), repr(c))
print(repr(count(2, 3)), repr(count(1.5)), repr(count(2, 1.0)))
print(list(islice(count(1, 2), 5)))
print(list(islice(cycle("ab"), 5)))
print(list(repeat("x", 3)), repr(repeat(1, 3)), repr(repeat(2)), repr(repeat(1, -2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=10)), list(accumulate([], initial=5)))
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3]])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])))
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
gs = list(groupby("aabb"))
print([list(g) for k, g in gs])
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)), list(islice("ABCDEFG", 0, None, 2)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
for args in [(), ([], -1), ([], 1, -1), ([], 0, 1, 0), ([], "a"), ([], 1, 2, 3, 4)]:
    try:
        islice(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(list(starmap(pow, [(2, 5), (3, 2)])))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(a), list(b))
print(len(tee([1], 3)))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()), list(zip_longest([1], [])))
print(list(product("ab", range(2))), list(product([0, 1], repeat=2)), list(product()), list(product([], [1])))
print(list(permutations("ABC", 2)), len(list(permutations(range(4)))), list(permutations([1, 2], 3)))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations([1], 2)), list(combinations([1, 2], 0)))
print(list(combinations_with_replacement("ABC", 2)))
print(list(pairwise("ABCDE")), list(pairwise("A")))
print(list(batched("ABCDEFG", 3)))
try:
    list(batched("ABCD", 3, strict=True))
except ValueError as e:
    print(e)
for f in [lambda: batched([], 0), lambda: combinations([1], -1), lambda: tee([], -1)]:
    try:
        f()
    except ValueError as e:
        print(e)
print(type(chain()).__name__, iter(c) is c, next(chain([7])))
