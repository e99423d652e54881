from numba.pycc import CC
cc = CC('m')

@cc.export('count', 'i8(i8)')
def count(n):
    while n > 0:
        n -= 1
    return n
