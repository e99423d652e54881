from pycc import CC

cc = CC('star_unpack')


@cc.export('of_list', 'i8(i8)')
def of_list(n):
    xs = [n, 1, 2]
    a, *rest = xs
    return a


@cc.export('too_short', 'i8(i8)')
def too_short(n):
    t = (n, 1)
    a, b, *c, d = t
    return a


@cc.export('mixed', 'f8(i8)')
def mixed(n):
    t = (n, 1.5, 2)
    a, *rest = t
    return a


@cc.export('nothing_between', 'i8(i8)')
def nothing_between(n):
    t = (n, 1)
    a, *rest, b = t
    return len(rest)


@cc.export('float_index', 'i8(f8)')
def float_index(x):
    t = (0.5, x)
    return t.index(x)
