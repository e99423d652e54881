# differential-python: numpy
# `np.sum(e, axis=1)` of an elementwise expression of several operands whose
# result numpy makes Fortran ordered (order 'K': every operand spanning both
# axes transposed): numpy sums each row in that memory order, one by one,
# not pairwise, so the fused row sums must not be used there (found by
# fuzz3: `np.sum(A.T + v, axis=1)` was off in the last place for n >= 8).
import numpy as np
from pycc import CC

cc = CC('numpy_korder_rows_prog')


@cc.export('rows', 'f8[:](f8[:, :], f8[:, :], f8[:], i8)')
def rows(A, B, v, k):
    if k == 0:
        return np.sum(A.T + v, axis=1)
    if k == 1:
        return np.sum(A.T + B.T, axis=1)
    if k == 2:
        return np.sum(np.sqrt(np.abs(A.T + v)) * 1.5, axis=1)
    if k == 3:
        return np.sum(A.T * (B.T - v), axis=1)
    if k == 4:
        return np.sum(A.T[:, ::-1] + v, axis=-1)
    if k == 5:
        return np.sum(A.T - B.T.copy(), axis=1)
    return np.sum(np.maximum(A.T, B.T) - v, axis=1)


def R(n, m, seed):
    return np.random.default_rng(seed).standard_normal((n, m))


SHAPES = [(3, 3), (9, 9), (20, 20), (1, 5), (5, 1), (13, 9), (40, 17)]
CASES = {
    'rows': [
        (lambda k=k, n=n, m=m: (R(m, n, n + m), R(m, n, 7), R(1, m, 3)[0], k))
        for k in range(7)
        for (n, m) in SHAPES
    ]
    + [lambda: (np.asfortranarray(R(9, 9, 1)), R(9, 9, 2), R(1, 9, 3)[0], 0)],
}
