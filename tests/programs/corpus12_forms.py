# differential-python: numpy
# corpus12's forms of real numba.pycc files: an export's tuple result
# holding strs beside numbers and arrays (`return Xi, 'Neu', ts[i]`, a
# reflected-Brownian step), on several paths, from literals, arguments
# and str variables; `x = np.split(x, [..], axis=1)` used as numpy's list
# (`del x[4]`, `x[i]` with a loop index; a wind-tunnel integration), the
# name rebinding an array.
import numpy as np
from pycc import CC

cc = CC("corpus12_forms")


@cc.export("exited", "(f8, f8[:], f8[:])")
def exited(p, x0, x1):
    if x1[0] < 0 or x1[0] > 1:
        v = x1 - x0
        t = -x0[0] / v[0] if x1[0] < 0 else (1 - x0[0]) / v[0]
        xi = np.array([0.0 if x1[0] < 0 else 1.0, x0[1] + t * v[1]])
        if xi[1] > p:
            return xi, 'Dir', t
        return xi, 'Neu', t
    return x1, 'Non', 1.0


@cc.export("labelled", "(i8, unicode_type)")
def labelled(n, name):
    tag = name + '!'
    if n < 0:
        return name, n, tag
    return 'pos', n * 2, name


@cc.export("all_strs", "(i8,)")
def all_strs(k):
    if k % 2 == 0:
        return 'even', 'x'
    return 'odd', 'y'


@cc.export("split_del", "(f8[:, :], i8, i8)")
def split_del(a, m, s):
    x = a * 2.0
    x = np.split(x, [m, m + s, 2 * m + s], axis=1)
    del x[3]
    total = 0.0
    for i, w in enumerate((1.0, 10.0, 100.0)):
        total += np.sum(x[i]) * w
    return total, len(x)


@cc.export("split_rows", "(f8[:, :], i8)")
def split_rows(a, k):
    parts = np.split(a, (1, k))
    out = np.zeros(len(parts))
    for i in range(len(parts)):
        out[i] = parts[i].sum() if parts[i].size > 0 else -1.0
    del parts[0]
    return out, parts[0].shape[0]


@cc.export("split_neg", "(f8[:],)")
def split_neg(a):
    p = np.split(a, [-2, 5])
    del p[-1]
    return p[0].sum() + p[1].sum()


CASES = {
    "exited": [(0.5, np.array([0.5, 0.5]), np.array([1.2, 0.9])),
               (0.5, np.array([0.5, 0.5]), np.array([1.2, 0.1])),
               (0.5, np.array([0.5, 0.5]), np.array([-0.2, 0.4])),
               (0.5, np.array([0.5, 0.5]), np.array([0.6, 0.4]))],
    "labelled": [(3, "ab"), (-1, "cd"), (0, "")],
    "all_strs": [(2,), (3,)],
    "split_del": [(np.arange(24.0).reshape(3, 8), 2, 1), (np.arange(12.0).reshape(2, 6), 1, 3),
                  (np.ones((2, 3)), 2, 2)],
    "split_rows": [(np.arange(12.0).reshape(4, 3), 3), (np.arange(6.0).reshape(2, 3), 5),
                   (np.arange(6.0).reshape(3, 2), 0)],
    "split_neg": [(np.arange(7.0),), (np.arange(3.0),)],
}
