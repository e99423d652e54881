# numba's signature forms, used wrongly: each error points into the signature.
from numba import float64, types
from pycc import CC

cc = CC('sig_forms')


@cc.export('ro', 'void(Array(f8, 1, "C", readonly=True), i8)')
def ro(a, i):
    a[i] = 1.0
    if i > 0:
        a[0] += 2.0


@cc.export('no_layout', 'f8(Array(f8, 2))')
def no_layout(a):
    return a[0, 0]


@cc.export('single', 'f8')
def single(x):
    return x


@cc.export('obj', float64(types.Array(float64, 2, 'Q')))
def obj(a):
    return a[0, 0]
