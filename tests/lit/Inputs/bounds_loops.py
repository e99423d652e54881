# Input of bounds-check-loops.mlir: loops whose indices the range proves in
# bounds (no check), and indices it does not (the check stays).
from pycc import CC

cc = CC('bounds_loops')


@cc.export('sum_shape', 'f8(f8[::1])')
def sum_shape(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i]
    return s


@cc.export('sum_len', 'f8(f8[:])')
def sum_len(a):
    s = 0.0
    for i in range(len(a)):
        s += a[i]
    return s


@cc.export('sum_2d', 'f8(f8[:, :])')
def sum_2d(a):
    s = 0.0
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            s += a[i, j]
    return s


@cc.export('smooth', 'void(f8[::1])')
def smooth(a):
    for i in range(1, a.shape[0] - 1):
        a[i] = a[i - 1] + a[i + 1]


@cc.export('aliased', 'void(f8[::1])')
def aliased(a):
    # n names the extent: assigned once, from a.shape[0].
    n = a.shape[0]
    for i in range(1, n):
        a[i] += a[i - 1]


@cc.export('diagonal', 'f8(f8[:, :])')
def diagonal(a):
    # n, m = a.shape; min(n, m) bounds both axes.
    n, m = a.shape
    s = 0.0
    for i in range(min(n, m)):
        s += a[i, i]
    return s


@cc.export('shifted', 'f8(f8[::1])')
def shifted(a):
    # i + 1 reaches a.shape[0]: IndexError on the last iteration.
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i + 1]
    return s


@cc.export('other', 'f8(f8[::1], f8[::1])')
def other(a, b):
    # b's extent is not a's.
    s = 0.0
    for i in range(a.shape[0]):
        s += b[i]
    return s


@cc.export('swapped', 'f8(f8[:, :])')
def swapped(a):
    # i runs over axis 0 but indexes axis 1.
    s = 0.0
    for i in range(a.shape[0]):
        s += a[0, i]
    return s


@cc.export('realiased', 'f8(f8[::1], i8)')
def realiased(a, k):
    # n is assigned twice: it is not the extent.
    n = a.shape[0]
    if k > 0:
        n = k
    s = 0.0
    for i in range(n):
        s += a[i]
    return s


@cc.export('rebound', 'f8(f8[::1])')
def rebound(a):
    # The body moves i: the range no longer bounds it.
    s = 0.0
    for i in range(a.shape[0]):
        i = i * 2
        s += a[i]
    return s


@cc.export('iadd_rows', 'void(f8[:, :], f8[:])')
def iadd_rows(a, r):
    # numpy's in-place add, r broadcast over the rows: the loops run over
    # a's own extents, so neither access needs a check.
    a += r


@cc.export('scaled_sum', 'f8[:](f8[:], f8[:])')
def scaled_sum(a, b):
    # A new array from broadcast operands: every load and store is indexed
    # by loops over the broadcast shape.
    return a * 2.0 + b
