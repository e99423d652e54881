# differential-python: numpy
# list(it), sorted(it) and a[i, :] = list(b).
import numpy as np
from pycc import CC
cc = CC('containers_list_calls')


@cc.export('of_range', 'i8(i8)')
def of_range(n):
    xs = list(range(n))
    xs.append(7)
    return len(xs) * 100 + sum(xs)


@cc.export('of_array', 'f8(f8[:])')
def of_array(a):
    xs = list(a)
    t = 0.0
    for i in range(len(xs)):
        t = t * 2.0 + xs[i]
    return t + len(xs)


@cc.export('sorted_desc', 'f8(f8[:], b1)')
def sorted_desc(a, rev):
    xs = sorted(a, reverse=rev)
    t = 0.0
    for x in xs:
        t = t * 3.0 + x
    return t


@cc.export('sorted_list', 'i8(i8)')
def sorted_list(n):
    ys = [(i * 7) % 5 for i in range(n)]
    zs = sorted(ys)
    t = 0
    for z in zs:
        t = t * 10 + z
    return t + ys[0]


@cc.export('copy_list', 'i8(i8)')
def copy_list(n):
    a = [1, 2, 3]
    b = list(a)
    b[0] = n
    return a[0] * 10 + b[0]


@cc.export('row_store', 'f8(f8[:], i8)')
def row_store(v, k):
    m = np.zeros((3, v.shape[0]))
    m[k, :] = list(v)
    return m.sum() + m[k, 0]


CASES = {
    'of_range': [(0,), (5,)],
    'of_array': [(np.array([1.5, -2.0, 3.0]),), (np.zeros(0),)],
    'sorted_desc': [(np.array([3.0, 1.0, 2.0]), False), (np.array([3.0, 1.0, 2.0]), True)],
    'sorted_list': [(1,), (6,)],
    'copy_list': [(9,)],
    'row_store': [(np.array([1.0, 2.0]), 1), (np.array([1.0, 2.0]), -1), (np.array([1.0, 2.0]), 3)],
}
