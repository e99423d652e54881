# numba raises KeyError for two exports of one name: both are shown.
from pycc import CC

cc = CC('dup')


@cc.export('f', 'f8(f8)')
def f(x):
    return x


@cc.export('f', 'i8(i8)')
def g(x):
    return x
