# differential-python: numpy
# A list unpacked into names (`A, B, C = [x[i::3] for i in range(3)]`, the
# AtCoder idiom for columns of a flat input): the items of a list of arrays
# are arrays (views of the list's arrays), of a list of nested tuples
# tuples of that shape; a list of the wrong length is ValueError before any
# item is read.
import numpy as np
from pycc import CC

cc = CC('unpack_list_items')


@cc.export('columns', '(i8[:],)')
def columns(data):
    A, B, C = [data[i::3] for i in range(3)]
    s = np.unique(np.concatenate((A, C, np.array([-1, 0]))))
    B[0] = 100
    return s, A.sum() - C.sum(), data[1]


@cc.export('pairs', 'f8(f8[:], f8[:], i8)')
def pairs(a, b, n):
    rows = [a * k for k in range(n)]
    x, y = rows
    return x.sum() + 10.0 * y[-1] + b[0]


@cc.export('nested', 'i8(i8)')
def nested(n):
    items = [(i, (i * i, -i)) for i in range(n)]
    p, q = items
    a, (b, c) = q
    return p[0] + a * 100 + b * 10 + c


CASES = {
    'columns': [lambda: (np.array([1, 2, 3, 4, 5, 6, 7, 8, 9], np.int64),),
                lambda: (np.array([5, 1, 5, 5, 2], np.int64),),
                lambda: (np.array([4, 4], np.int64),)],
    'pairs': [(np.array([1.0, 2.0]), np.array([0.5]), 2), (np.array([1.0]), np.array([3.0]), 3),
              (np.array([1.0]), np.array([3.0]), 1), (np.array([1.0]), np.array([3.0]), 0)],
    'nested': [(2,), (3,), (1,)],
}
