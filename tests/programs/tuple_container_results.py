# differential-python: numpy
# An export's tuple result holding lists and strs (issue 16, forms of real
# numba.pycc files): `return arr, L` (a list of numbers), `return (L1,
# L2)`, `return Xi, 'Neu', t` (a str item), a list of arrays beside a
# number; each item boxed as it would be returned alone.
import numpy as np
from pycc import CC

cc = CC('tuple_container_results')


@cc.export('arr_list', '(f8[:],)')
def arr_list(a):
    L = []
    for x in a:
        if x > 0:
            L.append(float(x))
    return a * 2.0, L


@cc.export('lists2', '(i8,)')
def lists2(n):
    L1 = [0] * n
    L2 = [1.5] * n
    L1.append(3)
    return (L1, L2)


@cc.export('with_str', '(f8,)')
def with_str(t):
    Xi = np.zeros(2) + t
    if t > 1.0:
        kind = 'Dir'
    else:
        kind = 'Neu'
    return Xi, kind, t


@cc.export('literal_str', '(i8,)')
def literal_str(n):
    return n, 'Neu', [n > 0, n > 1]


@cc.export('arrays_count', '(f8[:], i8)')
def arrays_count(a, k):
    parts = []
    for j in range(k):
        parts.append(a[j:] * 1.0)
    return len(parts), parts


@cc.export('display_list', '(i8,)')
def display_list(n):
    return [n, n + 1], [i * 0.5 for i in range(n)]


A = np.array([1.5, -2.0, 3.25, 0.5])
CASES = {
    'arr_list': [(A,), (A[:0],), (-A,)],
    'lists2': [(0,), (3,)],
    'with_str': [(0.5,), (2.0,)],
    'literal_str': [(0,), (5,)],
    'arrays_count': [(A, 2), (A, 0)],
    'display_list': [(3,), (0,)],
}
