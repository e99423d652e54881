from pycc import CC

cc = CC('tuple_ops_unsupported')


def g(a, b):
    return a + b


@cc.export('variable_count', 'i8(i8)')
def variable_count(n):
    t = (1, 2)
    u = t * n
    return u[0]


@cc.export('variable_bound', 'i8(i8)')
def variable_bound(n):
    t = (1, 2, 3)
    u = t[n:]
    return u[0]


@cc.export('empty_result', 'i8(i8)')
def empty_result(n):
    t = (n, 2)
    u = t[5:]
    return n


@cc.export('star_list', 'i8(i8)')
def star_list(n):
    xs = [n, 2]
    return g(*xs)
