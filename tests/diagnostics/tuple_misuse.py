from pycc import CC
cc = CC('m')

def pair(x):
    return x, x

@cc.export('f', '(i8,)')
def f(a):
    p = (a, 1)
    p = (a, 1, 2)
    return pair(a) + divmod(a, 2)
