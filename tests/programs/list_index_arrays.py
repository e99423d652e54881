# differential-python: numpy
# A list of ints or bools as an array index, as numpy takes it: `real[idx]`
# with `idx = [i * step for i in range(n)]` (a signal-feature module).
import numpy as np
from pycc import CC

cc = CC('list_index_arrays')


@cc.export('sampled', 'f8[:](f8[:], i8)')
def sampled(x, k):
    idx = [i * (len(x) // k) for i in range(k)]
    return x[idx]


@cc.export('rows', 'f8[:,:](f8[:,:], i8)')
def rows(m, r):
    picks = [r, 0, -1]
    return m[picks]


@cc.export('masked', 'f8(f8[:])')
def masked(x):
    keep = []
    for v in x:
        keep.append(v > 0.5)
    return x[keep].sum()


@cc.export('bumped', 'i8[:](i8[:], i8)')
def bumped(a, j):
    where = [0, j]
    a[where] += 10
    b = a.copy()
    b[where] = -1
    return b


CASES = {
    'sampled': [(np.arange(10.0), 3), (np.linspace(0.0, 1.0, 7), 7), (np.arange(4.0), 0)],
    'rows': [(np.arange(12.0).reshape(4, 3), 2), (np.arange(12.0).reshape(4, 3), 5)],
    'masked': [(np.array([0.1, 0.9, 0.7, 0.2]),), (np.array([]),)],
    'bumped': [lambda: (np.arange(5), 3), lambda: (np.arange(5), 0), lambda: (np.arange(5), 9)],
}
