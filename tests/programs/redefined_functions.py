# differential-python: numpy
# A file that defines a helper twice: CPython binds the name to the last
# `def`, so every call (also from a function defined between the two)
# runs the last one. And a uint64 with a signed int in arithmetic: CPython's
# exact int, which pycc's int64 gives while the result fits (numba would
# type it float64: README Deviations).
from pycc import CC

cc = CC('redefined_functions')


def step(x):
    return x + 1


@cc.export('twice', 'i8(i8)')
def twice(x):
    return step(step(x))


def step(x):
    return x * 10


@cc.export('mixed_sign', 'i8(u8, i8)')
def mixed_sign(a, b):
    return a + b * 2 - 1


CASES = {
    'twice': [(0,), (3,), (-2,)],
    'mixed_sign': [(5, -3), (0, 7), (2**62, -2**61)],
}
