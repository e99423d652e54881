# differential-python: numpy
# The ufuncs under their operator names (np.add, np.less, ...) on arrays:
# the same elementwise code as the operators; compared with numpy itself.
import numpy as np
from pycc import CC

cc = CC('numpy_opufuncs_prog')


@cc.export('arith', '(f8[:], f8[:], i8)')
def arith(a, b, k):
    if k == 0:
        return np.add(a, b)
    if k == 1:
        return np.subtract(a, 2.0)
    if k == 2:
        return np.multiply(3.0, b)
    if k == 3:
        return np.divide(a, b)
    if k == 4:
        return np.true_divide(a, b)
    if k == 5:
        return np.floor_divide(a, b)
    return np.remainder(a, b) + np.mod(b, 1.5)


@cc.export('compare', '(f8[:], f8[:], i8)')
def compare(a, b, k):
    if k == 0:
        return np.less(a, b)
    if k == 1:
        return np.less_equal(a, 0.5)
    if k == 2:
        return np.greater(a, b)
    if k == 3:
        return np.greater_equal(a, b)
    if k == 4:
        return np.equal(a, b)
    return np.not_equal(a, b)


@cc.export('bits', '(i4[:], i4[:], i8)')
def bits(a, b, k):
    if k == 0:
        return np.bitwise_and(a, b)
    if k == 1:
        return np.bitwise_or(a, 6)
    if k == 2:
        return np.bitwise_xor(a, b)
    if k == 3:
        return np.left_shift(a, 3)
    return np.right_shift(a, b)


@cc.export('mask_count', '(f8[:, :], f8)')
def mask_count(z, horizon):
    n = np.zeros(z.shape, dtype=np.int64)
    i = np.less(np.abs(z), horizon)
    n[i] = 5
    return n


A = [0.5, -1.5, 3.0, 0.0, -0.0, np.inf, np.nan]
B = [2.0, 0.0, -3.0, 0.0, 7.0, 1.0, 1.0]
CASES = {
    'arith': [(lambda k=k: (np.array(A), np.array(B), k)) for k in range(7)] + [lambda: (np.ones(2), np.ones(3), 0)],
    'compare': [(lambda k=k: (np.array(A), np.array(B), k)) for k in range(6)],
    'bits': [(lambda k=k: (np.array([5, -7, 2**31 - 1, 0], np.int32), np.array([3, 1, 30, 33], np.int32), k)) for k in range(5)],
    'mask_count': [lambda: (np.linspace(-3, 3, 12).reshape(3, 4), 2.0)],
}
