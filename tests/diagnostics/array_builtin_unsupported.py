from pycc import CC
cc = CC('m')


@cc.export('f', 'f8(f8[:, :], c16[:])')
def f(a, z):
    x = sum(z)
    m = max(a)
    return m + x
