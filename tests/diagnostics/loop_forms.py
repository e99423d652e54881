from pycc import CC
cc = CC('m')

@cc.export('rev_step', 'i8(i8, i8)')
def rev_step(n, s):
    t = 0
    for i in reversed(range(0, n, s)):
        t += i
    return t

@cc.export('zip_range', 'f8(f8[:])')
def zip_range(a):
    t = 0.0
    for i, x in zip(range(3), a):
        t += x
    return t

@cc.export('starred', 'f8(f8, f8)')
def starred(x, y):
    [*p] = x, y
    return x
