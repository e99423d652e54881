# List arguments and results of exported functions (numba's reflected
# lists, signature spellings List(int64), List(f8, reflected=True),
# ListType(b1)): the caller's Python list is converted, changes (appends,
# pops, item stores) are written back when the call returns (also when it
# raises, as CPython's in-place changes), and a returned list is a new
# Python list. Callable cases give each side fresh lists, compared after.
from pycc import CC

cc = CC('lists_args')


@cc.export('total', 'i8(List(int64))')
def total(xs):
    s = 0
    for x in xs:
        s += x
    return s * 10 + len(xs)


@cc.export('push', 'i8(List(i8), i8)')
def push(xs, n):
    for i in range(n):
        xs.append(i * i)
    if len(xs) > 1:
        xs[0] = -xs[0]
    return len(xs)


@cc.export('pop_some', 'f8(List(f8, reflected=True), i8)')
def pop_some(xs, k):
    s = 0.0
    for _ in range(k):
        s += xs.pop()
    return s


@cc.export('scale', 'void(List(float64), f8)')
def scale(xs, a):
    for i in range(len(xs)):
        xs[i] *= a


@cc.export('flags', 'i8(ListType(b1))')
def flags(bs):
    n = 0
    for b in bs:
        if b:
            n += 1
    bs.append(n > 1)
    return n


@cc.export('squares', 'List(int64)(i8)')
def squares(n):
    return [i * i for i in range(n)]


@cc.export('halves', '(List(f8), i8)')
def halves(xs, n):
    out = [x / 2 for x in xs]
    out.append(float(n))
    return out


@cc.export('raise_after', 'i8(List(i8))')
def raise_after(xs):
    xs.append(7)
    return xs[10]


CASES = {
    # (['a'],): a TypeError both ways; a float item, a tuple or an int
    # beyond int64 is pycc's TypeError/OverflowError (README), not compared.
    'total': [([],), ([1, 2, 3],), ([True, 5],), (['a'],)],
    'push': [lambda: ([], 3), lambda: ([5], 0), lambda: ([1, 2], 2)],
    'pop_some': [lambda: ([1.0, 2.5, 3.0], 2), lambda: ([1.0], 2)],
    'scale': [lambda: ([1.0, -2.0], 0.5), lambda: ([], 3.0), lambda: ([3, 1.5], 2.0)],
    'flags': [lambda: ([True, False, True],), lambda: ([],)],
    'squares': [(0,), (4,)],
    'halves': [lambda: ([1.0, 3.0], 2), lambda: ([], 0)],
    'raise_after': [lambda: ([1, 2],)],
}

CASES['rebind'] = [lambda: ([4, 5],)]


@cc.export('rebind', 'i8(List(int64))')
def rebind(xs):
    xs.append(1)
    ys = xs
    xs = [7, 8, 9]
    xs.append(10)
    ys.append(2)
    return len(xs) * 10 + len(ys)
