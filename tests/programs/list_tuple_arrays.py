# differential-python: numpy
# Lists of tuples holding arrays (numba's lists of tuples of arrays), as a
# suffix-array builder keeps its levels: `st.append((a, b))`, `a, b =
# st.pop()`, `st[i]`, `for a, n in st`, nested tuples; the items are views
# of the arrays put in (a store through one is seen by the array), layouts
# join to any-strides; `pop()` of an empty list and an index out of range
# raise CPython's IndexError.
import numpy as np
from pycc import CC

cc = CC('list_tuple_arrays')


@cc.export('levels', 'f8(f8[:], i8)')
def levels(a, k):
    st = []
    for i in range(k):
        st.append((a, a * i))
        a = a[1:]
    total = 0.0
    while st:
        x, y = st.pop()
        total = total * 2.0 + x.sum() + y.sum() + len(x)
    return total


@cc.export('pairs', 'i8(i8[:], i8)')
def pairs(a, n):
    st = [(a, 0)]
    for i in range(1, n):
        st.append((a[i:], i))
    s = 0
    for x, j in st:
        s += x[0] * 10 + j + len(x)
    return s


@cc.export('view_store', 'f8(f8[:])')
def view_store(a):
    b = np.zeros(3)
    st = [(b, a)]
    x, y = st[0]
    x[1] = 7.5
    y[0] = -1.0
    return b[1] + a[0]


@cc.export('nested', 'f8(f8[:], f8[:, :])')
def nested(v, m):
    st = []
    st.append(((v, m), 2.5))
    st.append(((v[::2], m[1:]), -1.0))
    (p, q), w = st[1]
    (r, t), u = st[-2]
    return p.sum() * w + q.sum() + r[0] * u + t[0, 0]


@cc.export('pop_empty', 'i8(i8[:], i8)')
def pop_empty(a, n):
    st = []
    for i in range(n):
        st.append((a, i))
    x, i = st.pop()
    return x[0] + i


@cc.export('index_out', 'i8(i8[:], i8)')
def index_out(a, k):
    st = [(a, 1), (a[1:], 2)]
    x, i = st[k]
    return x[0] * i


A = np.array([1.0, 2.0, 4.0, 8.0, 16.0])
I = np.array([3, 1, 4, 1, 5, 9], dtype=np.int64)
M = np.arange(12.0).reshape(3, 4)

CASES = {
    'levels': [(A, 0), (A, 1), (A, 3), (A, 5)],
    'pairs': [(I, 1), (I, 4), (I, 6)],
    'view_store': [lambda: (A.copy(),)],
    'nested': [(A, M)],
    'pop_empty': [(I, 2), (I, 0)],
    'index_out': [(I, 0), (I, 1), (I, -1), (I, -2), (I, 2), (I, -3)],
}
