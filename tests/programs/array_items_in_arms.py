# differential-python: numpy
# An item of a list or dict of arrays read in a conditional expression's
# arms (`d[k][0] if c else d[j][1]`), at the top of a statement's value or
# inside it: each arm's item is read only when the arm is taken, so a
# missing key or an index out of range in the other arm raises nothing.
import numpy as np
from pycc import CC

cc = CC('array_items_in_arms')


@cc.export('dict_top', 'f8(f8[:], i8, i8)')
def dict_top(a, k, j):
    d = {}
    d[1] = a
    d[2] = a * 2.0
    return d[k][0] if j > 0 else d[j][1]


@cc.export('dict_inner', 'f8(f8[:], i8, i8)')
def dict_inner(a, k, j):
    d = {}
    d[1] = a
    d[2] = a * 2.0
    y = 1.0 + (d[k][0] if j > 0 else d[j][1] * 3.0)
    return y


@cc.export('list_aug', 'f8(f8[:], i8, i8)')
def list_aug(a, k, j):
    L = [a, a * 2.0]
    s = 0.5
    s += L[k].sum() if j > 0 else L[j][-1]
    return s


@cc.export('list_assign', 'f8(f8[:], i8, i8)')
def list_assign(a, k, j):
    L = []
    for i in range(3):
        L.append(a[i:])
    x = L[k][k] if j == 0 else (L[j][0] if j > 0 else -1.0)
    return x


A = np.array([0.5, 1.25, -3.0, 4.0])
CASES = {
    'dict_top': [(A, 1, 1), (A, 5, 0), (A, 5, 2), (A, 2, 1)],
    'dict_inner': [(A, 1, 1), (A, 5, 0), (A, 5, 2), (A, 2, 3)],
    'list_aug': [(A, 1, 1), (A, 5, 0), (A, 5, 1), (A, 0, 0)],
    'list_assign': [(A, 1, 0), (A, 9, 1), (A, 9, -1), (A, 2, 0), (A, 0, 7)],
}
