# differential-python: numpy
# Forms the `typed` kind of fuzz/programs found: a list display as the one
# index of an array inside a numpy call (`np.cumsum(m[::-1][[0, -1]],
# axis=0)` keeps m's ndim: an index list selects rows, numpy's fancy
# indexing, no view and no axis dropped), in a reduction and in arithmetic;
# a view with an int index as the left operand of an array made by a numpy
# call (`T[::-1, 1] + np.argmin(X, axis=1)`): CPython takes the view first,
# so its IndexError comes before the call's ValueError.
import numpy as np
from pycc import CC

cc = CC("fuzz_typed_forms")


@cc.export("rows_cumsum", "(i8[:, :, :, :], f8[:])")
def rows_cumsum(Q, a):
    r0 = np.cumsum(Q[0, :, 1, :][::-1][[0, -1]], axis=0)
    r1 = np.sum(a[[0, -1, 0]]) + a[::-1][[0]].sum()
    r2 = np.max(Q[[0, -1]], axis=1) * 2
    r3 = np.cumsum(a[[-1, 0]])
    return r0, r1, r2, r3


@cc.export("view_first", "(f4[:, :, :], i8[:, :, :, :])")
def view_first(T, Q):
    return T[::-1, 1] + np.argmin(Q[:, 1:].mean(axis=3), axis=1), T[0][-1] * np.sort(Q[0, 0, :, 0])


Q = np.arange(48, dtype=np.int64).reshape(2, 3, 2, 4) - 20
CASES = {
    "view_first": [
        (np.ones((2, 1, 2), np.float32), np.ones((2, 1, 2, 2), np.int64)),
        (np.arange(12, dtype=np.float32).reshape(2, 3, 2), Q),
    ],
    "rows_cumsum": [(Q, np.array([1.5, -2.0, 0.25])), (Q[:, :1].copy(), np.array([3.0]))],
}
