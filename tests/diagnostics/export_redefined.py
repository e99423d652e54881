# A second top-level `def` of an exported function's name: the export is
# the first function, but `g`'s call of `f` runs the last (CPython, numba).
from pycc import CC
cc = CC('m')


@cc.export('f', 'i8(i8)')
def f(x):
    return x + 1


@cc.export('g', 'i8(i8)')
def g(x):
    return f(x) * 2


def f(x):
    return x + 100
