from pycc import CC

cc = CC('unit_nest_lit')


@cc.export('isum', 'i8(i8[:])')
def isum(a):
    s = 0
    for i in range(a.shape[0]):
        s += a[i]
    return s


@cc.export('fsum', 'f8(f8[:, :])')
def fsum(m):
    s = 0.0
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            s += m[i, j]
    return s


@cc.export('smooth', 'void(f8[:], f8[:])')
def smooth(a, out):
    for i in range(1, a.shape[0] - 1):
        out[i] = a[i - 1] + a[i + 1]


@cc.export('colsum', 'i8(i8[:, :])')
def colsum(m):
    s = 0
    for j in range(m.shape[1]):
        for i in range(m.shape[0]):
            s += m[i, j]
    return s
