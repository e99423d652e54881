from pycc import CC
cc = CC('m')

@cc.export('f', 'i8(i8)')
def f(n):
    if n > 0:
        xs = [1]
    return xs[0] + len(xs)
