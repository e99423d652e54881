# Export names that would break the module, and arguments numba's
# `CC.export(exported_name, sig)` does not take.
from pycc import CC

cc = CC('names')


@cc.export('__name__', 'f8(f8)')
def a(x):
    return x


@cc.export('not-an-identifier', 'f8(f8)')
def b(x):
    return x


@cc.export('c', 'f8(f8)', 'extra')
def c(x):
    return x


@cc.export('d', 'f8(f8)', nopython=True)
def d(x):
    return x


@cc.export(sig='f8(f8)', exported_name='e')
def e(x):
    return x
