# differential-python: numpy
# The memory order of a 2-d result of several operands (numpy's order 'K':
# Fortran order when every operand spanning both axes is transposed, C order
# on a conflict): a later reduction sums in memory order, so `np.sum(A.T - v)`
# is bit for bit numpy's only with numpy's order. Found by random programs.
import numpy as np
from pycc import CC

cc = CC('numpy_korder_prog')


@cc.export('sums', 'f8(f8[:, :], f8[:, :], f8[:], i8)')
def sums(A, B, v, k):
    if k == 0:
        C = A.T - v
    elif k == 1:
        C = A.T + B.T
    elif k == 2:
        C = A.T * B
    elif k == 3:
        C = (A.T - v) * 1.5 + v
    elif k == 4:
        C = np.maximum(A.T, B.T)
    elif k == 5:
        C = np.where(A.T > 0.0, A.T, v)
    elif k == 6:
        C = A.T - v[0]
    else:
        C = B + A.T
    return np.sum(C) + np.sum(C, axis=0)[0] + np.mean(C)


@cc.export('result', 'f8[:, :](f8[:, :], f8[:])')
def result(A, v):
    return np.sqrt(np.abs(A.T - v)) + v


def R(n, m, seed):
    return np.random.default_rng(seed).standard_normal((n, m))


SHAPES = [(3, 3), (7, 5), (20, 20), (1, 5), (5, 1), (13, 9)]
CASES = {
    'sums': [
        (lambda k=k, n=n, m=m: (R(m, n, n + m), R(m, n, 7), R(1, n, 3)[0], k))
        for k in range(8)
        for (n, m) in SHAPES
    ]
    + [lambda: (np.asfortranarray(R(9, 9, 1)), R(9, 9, 2), R(1, 9, 3)[0], 0)],
    'result': [(lambda n=n, m=m: (R(m, n, 5), R(1, n, 6)[0])) for (n, m) in SHAPES],
}
