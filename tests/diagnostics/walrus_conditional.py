from pycc import CC

cc = CC('walrus_conditional')


@cc.export('f', 'i8(i8)')
def f(n):
    if n > 0 and (m := n * 2) > 3:
        return m
    return 0


@cc.export('g', 'i8(i8)')
def g(n):
    return n + (1 < n < (k := 4))


@cc.export('h', 'i8(i8)')
def h(n):
    while (n := n - 1) > 0:
        n -= 1
    else:
        n = 5
    return n
