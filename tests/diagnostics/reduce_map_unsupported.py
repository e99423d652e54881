import functools

from pycc import CC

cc = CC('reduce_map_unsupported')


def add(a, b):
    return a + b


@cc.export('nested_reduce', 'i8(i8)')
def nested_reduce(n):
    xs = [i for i in range(n)]
    return 1 + functools.reduce(add, xs, 0)


@cc.export('map_object', 'i8(i8)')
def map_object(n):
    xs = [i for i in range(n)]
    m = map(abs, xs)
    return sum(m)
