from pycc import CC
cc = CC('m')

def forever(n):
    # Every return recurses: nothing to infer the return type from.
    return forever(n - 1) + 1

def show(x):
    return None

@cc.export('f', 'i8(i8)')
def f(n):
    return forever(n) + show(n)
