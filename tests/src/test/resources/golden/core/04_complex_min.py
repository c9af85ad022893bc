# minimal complex: negative ** fractional, complex(), repr, equality, hash, abs
z = (-8) ** (1 / 3)
print(z, z == z, type(z).__name__, (-8) ** 0.5, (-2.0) ** 1.5, abs((-4) ** 0.5))
print(complex(1, 2), complex(0, 1), complex(-1.5, -0.0), complex(3), complex(1, 2).real, complex(1, 2).conjugate(), abs(complex(3, 4)))
print(complex(2, 0) == 2, hash(complex(2, 0)) == hash(2), hash(complex(1, 2)), bool(complex(0, 0)), {complex(1, 1): 1})
