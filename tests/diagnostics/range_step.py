from pycc import CC
cc = CC('m')

@cc.export('f', 'i8(i8, i8)')
def f(n, k):
    t = 0
    for i in range(0, n, k):
        t += i
    for j in range(0, n, 0):
        t += j
    return t
