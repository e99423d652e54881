from pycc import CC
cc = CC('m')


@cc.export('f', 'i8(i8)')
def f(n):
    count = 0

    def bump(x):
        nonlocal count
        count += x
        return count

    def g(x):
        return x + n

    h = g
    return bump(n) + h(1)
