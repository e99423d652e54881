# differential-python: numpy
import numpy as np
from pycc import CC
cc = CC('nested_tuple_types')


@cc.export('slices', 'i8(i8, i8)')
def slices(a, b):
    L = [(3, 1), (1, 2), (1, 1), (4, 0), (1, 1)]
    lo = min(L[a:b])
    hi = max(L[a:b])
    n = [5, 2, 8, 2, 9]
    return lo[0] * 1000 + lo[1] * 100 + hi[0] * 10 + hi[1] + min(n[a:]) * 100000 + max(n[:b]) * 1000000


@cc.export('arrays', 'f8(f8[:], f8[:], i8)')
def arrays(x, y, k):
    t = (x, y, x)
    s = 0.0
    for j in range(3):
        a = t[j]
        s += a[0] * (j + 1)
    b = t[k]
    return s + b.sum()


@cc.export('nested_ret', 'Tuple((i8, UniTuple(f8, 2)))(i8, f8)')
def nested_ret(a, b):
    return (a * 2, (b, b + a))


def helper(t, k):
    (a, (b, c)) = t
    return a + b * c + t[1][k], ((a, k), c)


@cc.export('nested_arg', 'f8(i8, f8, f8)')
def nested_arg(a, b, c):
    r, ((x, y), z) = helper((a, (b, c)), 1)
    s, u = helper(((a * 2), (c, b)), 0)
    return r + x * 10 + y + z + s + u[1] + u[0][0]


@cc.export('infer_ret', '(i8,)')
def infer_ret(a):
    return ((a, a + 1), a + 2)


@cc.export('array_nested', '(f8[:], i8)')
def array_nested(a, k):
    return (a, k), k


@cc.export('array_loop', 'f8(f8[:], f8[:])')
def array_loop(a, b):
    t = (a, b, a)
    s = 0.0
    for x in t:
        s += x[0] + 1.0
    return s


CASES = {
    'array_nested': [(np.arange(3.0), 2)],
    'array_loop': [(np.arange(3.0) + 1.0, np.ones(2))],
    'slices': [(0, 5), (1, 4), (2, 3), (-3, -1), (0, 1), (-10, 10), (3, 3), (4, 2)],
    'arrays': [(np.arange(3.0), np.ones(2), 0), (np.arange(3.0), np.ones(2), 1), (np.arange(3.0), np.ones(2), -1), (np.arange(3.0), np.ones(2), 3)],
    'nested_ret': [(1, 2.5), (-3, 0.0)],
    'nested_arg': [(1, 2.0, 3.0), (0, -1.5, 2.0)],
    'infer_ret': [(1,), (5,)],
}
