from pycc import CC

cc = CC('star_call')


def g(a, b):
    return a + b


def h(a, b=1):
    return a + b


@cc.export('inside', 'i8(i8)')
def inside(n):
    xs = [n, n]
    return 1 + g(*xs)


@cc.export('defaults', 'i8(i8)')
def defaults(n):
    xs = [n]
    return h(*xs)


@cc.export('repeat', 'i8(i8)')
def repeat(n):
    t = (1, 2)
    u = t * n
    return u[0]


@cc.export('of_dict', 'i8(i8)')
def of_dict(n):
    d = {1: 2, 3: n}
    return g(*d)
