# differential-python: numpy
# `x = A if c else B` and `return A if c else B` with array arms (names,
# views, elementwise expressions, numpy constructors, nested conditional
# expressions), or with an arm that needs statements before it (an array
# temporary indexed, a list's pop): each arm computed only when chosen, as
# CPython, the result bound or returned as the array (a view stays a view
# of its base).
import numpy as np
from pycc import CC

cc = CC('ifexp_arrays')


@cc.export('pick', 'f8[:](f8[:], f8[:], b1)')
def pick(a, b, c):
    x = a if c else b
    return x * 2.0


@cc.export('pick_sum', 'f8(f8[:], b1)')
def pick_sum(a, c):
    y = (a + 1.0) if c else np.zeros(3)
    return y.sum()


@cc.export('row_or_col', 'f8(f8[:, :], b1)')
def row_or_col(m, c):
    r = m[0] if c else m[:, 0]
    return r[1] + r.sum()


@cc.export('nested', 'f8[:](f8[:], i8)')
def nested(a, n):
    return a[::-1] if n > 0 else (a * 2.0 if n < 0 else np.zeros(2))


@cc.export('in_loop', 'f8(f8[:], f8[:], b1)')
def in_loop(a, b, c):
    s = 0.0
    for i in range(a.shape[0]):
        z = a if (i % 2 == 0) == c else b
        s += z[i]
    return s


@cc.export('view_write', 'f8[:, :](f8[:, :], b1)')
def view_write(m, c):
    v = m[1:] if c else m[:, 1:]
    v[0, 0] = -1.0
    return m


@cc.export('only_chosen', 'i8(i8[:], i8)')
def only_chosen(a, k):
    # The other arm would raise IndexError.
    w = a[k:k + 2] if k < a.shape[0] else a[np.array([a.shape[0] + 5])]
    return w.sum()


@cc.export('temp_arm', 'i8(i8[:], i8)')
def temp_arm(a, k):
    x = np.argsort(a)[0] if k > 0 else np.cumsum(a)[k]
    return x


@cc.export('pop_arm', 'i8(i8)')
def pop_arm(n):
    h = [1, 2, 3]
    x = h.pop() if n > 0 else (h.pop(0) if n < 0 else 0)
    return x * 10 + len(h)


CASES = {
    'temp_arm': [(np.array([3, 1, 2], dtype=np.int64), 1), (np.array([3, 1, 2], dtype=np.int64), 0),
                 (np.array([3, 1, 2], dtype=np.int64), -9), (np.array([3, 1, 2], dtype=np.int64), -2)],
    'pop_arm': [(1,), (-1,), (0,)],
    'pick': [(np.arange(3.0), np.ones(3), True), (np.arange(3.0), np.ones(4), False)],
    'pick_sum': [(np.arange(3.0), True), (np.arange(3.0), False)],
    'row_or_col': [(np.arange(9.0).reshape(3, 3), True), (np.arange(9.0).reshape(3, 3), False)],
    'nested': [(np.arange(4.0), 1), (np.arange(4.0), -1), (np.arange(4.0), 0)],
    'in_loop': [(np.arange(5.0), np.ones(5), True), (np.arange(5.0), np.ones(5), False)],
    'view_write': [(np.zeros((3, 3)), True), (np.zeros((3, 3)), False)],
    'only_chosen': [(np.arange(6, dtype=np.int64), 2), (np.arange(6, dtype=np.int64), 9)],
}
