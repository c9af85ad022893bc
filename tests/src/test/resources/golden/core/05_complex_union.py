# complex literals and arithmetic, X | Y unions, type.__name__ of builtin function classes
print(3 + 4j, abs(3 + 4j), 1j * 1j, (1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j), -(2 + 1j), 2j - 1, 1.5 + 0j, (1 + 1j) ** 2, (1 + 1j) ** 0.5, 2 ** 1j)
print(0j, -0j, 1e300j, type(2j).__name__, 2j == 2j, (1 + 0j) == 1)
try:
    (1 + 1j) / 0
except ZeroDivisionError as e:
    print(e)
u = int | str
print(u, int | None, None | int | str | int, type(u), u.__args__, (int | None).__args__)
print(isinstance(1, int | str), isinstance("s", int | None), isinstance(None, int | None), issubclass(bool, int | float), issubclass(str, int | float))
print(type(print).__name__, type(len).__qualname__, type(lambda: 0).__name__)
