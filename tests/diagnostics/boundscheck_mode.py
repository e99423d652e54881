from pycc import CC
cc = CC('m')
cc.boundscheck = 'off'

@cc.export('f', 'f8(f8[::1])')
def f(a):
    return a[0]
