# Two CCs of one name would write one file, the second over the first: the
# first's exports would be missing from the module Python imports.
from numba.pycc import CC

a = CC('same')
b = CC('same')


@a.export('f', 'i8(i8)')
def f(x):
    return x


@b.export('g', 'i8(i8)')
def g(x):
    return x + 1
