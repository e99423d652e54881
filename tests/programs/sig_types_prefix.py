# differential-python: numpy
# numba evaluates a signature string in the namespace of numba.core.types,
# which holds itself as `types`: `types.f8`, `types.Tuple((...))`,
# `types.float64[:]` name the same types as the bare names. An annotated
# module-level array of constants (`W: np.ndarray = np.array(...)`) is
# frozen as the plain binding is.
import numpy as np
from pycc import CC

cc = CC('sig_types_prefix')

W: np.ndarray = np.array([0.5, 1.5, -2.0])
N: int = 3


@cc.export('scale', 'types.float64(types.int64, types.f8[:])')
def scale(k, a):
    return k * a[0]


@cc.export('pair', 'types.Tuple((types.i8, f8))(types.f8[::1])')
def pair(a):
    return len(a), a.sum()


@cc.export('dot_w', 'f8(types.types.float64[:])')
def dot_w(a):
    s = 0.0
    for i in range(N):
        s += W[i] * a[i]
    return s


@cc.export('pick', 'f8(i8)')
def pick(i):
    return W[i]


A = np.array([1.0, 2.0, 4.0])
B = np.array([3.0, -1.0])

CASES = {
    'scale': [(2, A), (-3, B), (0, np.array([], dtype=np.float64))],
    'pair': [(A,), (np.zeros(0),)],
    'dot_w': [(A,), (np.array([1.0, 1.0]),)],
    'pick': [(0,), (2,), (-1,), (3,), (-4,)],
}
