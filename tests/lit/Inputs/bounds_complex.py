# Input of bounds-check-complex.mlir: a complex element is two part loads
# or stores at the same index, and a loop's range proves both in bounds.
from pycc import CC

cc = CC('bounds_complex')


@cc.export('csum', 'c16(c16[:])')
def csum(a):
    s = 0j
    for i in range(a.shape[0]):
        s += a[i]
    return s


@cc.export('cscale', 'void(c8[:, ::1], c8)')
def cscale(a, w):
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            a[i, j] *= w


@cc.export('cshifted', 'c16(c16[::1])')
def cshifted(a):
    s = 0j
    for i in range(a.shape[0]):
        s += a[i + 1]
    return s
