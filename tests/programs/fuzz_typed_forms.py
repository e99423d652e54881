# differential-python: numpy
# Forms the `typed` kind of fuzz/programs found: a list display as the one
# index of an array inside a numpy call (`np.cumsum(m[::-1][[0, -1]],
# axis=0)` keeps m's ndim: an index list selects rows, numpy's fancy
# indexing, no view and no axis dropped), in a reduction and in arithmetic.
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


Q = np.arange(48, dtype=np.int64).reshape(2, 3, 2, 4) - 20
CASES = {
    "rows_cumsum": [(Q, np.array([1.5, -2.0, 0.25])), (Q[:, :1].copy(), np.array([3.0]))],
}
