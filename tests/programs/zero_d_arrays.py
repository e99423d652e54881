# differential-python: numpy
# 0-d arrays made from a number (`np.array(x)`, `np.asarray(x)`): numpy
# scalars of the number's dtype as operands (strong in numpy 2's
# promotion: a float64 one times a float32 array is float64), `z[()]`,
# `z.item()` (a Python number), float(z) / int(z), z.ndim, z.size;
# `dtype=` of a Python number (numpy's conversion, its OverflowError); the Kalman update step
# of a real numba.pycc file (0-d measurement and variance arrays).
import numpy as np
from pycc import CC

cc = CC("zero_d_arrays")


@cc.export("scalar_ops", "(f8, i8)")
def scalar_ops(x, k):
    z = np.array(x)
    n = np.asarray(k)
    return z * 2.0 + n, z[()] - 1.0, z.item(), n.item() * 3, float(n), int(z), n // 2


@cc.export("strong_operand", "(f8, f4[:])")
def strong_operand(x, b):
    z = np.array(x)
    return b * z


@cc.export("inline", "(f8[:], f8)")
def inline(a, x):
    return a - np.array(x), np.asarray(x * 2.0) + 1.0


@cc.export("element", "(f8[:], i8)")
def element(a, i):
    z = np.array(a[i])
    w = np.array(True)
    return z[()] + w, max(z.item(), 0.5), z.ndim, w.size


@cc.export("update", "Tuple((f8[:], f8[:,:]))(f8[:], f8, f8, f8[:,:], f8[:,:])")
def update(state, meas_value, meas_variance, P, H):
    z = np.array(meas_value)
    R = np.array(meas_variance)
    y = z - H.dot(state)
    S = H.dot(P).dot(H.T) + R
    K = P.dot(H.T).dot(np.linalg.inv(S))
    state = state + K.dot(y)
    P = (np.eye(2) - K.dot(H)).dot(P)
    return state, P


@cc.export("typed", "(f8, i8, f4[:])")
def typed(x, k, b):
    z = np.array(x, dtype=np.float32)
    n = np.asarray(k, dtype=np.int8)
    return b + z, z * 2.0, n + 1, np.array(x, dtype=np.int64) * 3


@cc.export("inline_item", "(f8, i8, f4[:])")
def inline_item(x, k, b):
    # `.item()` of arithmetic on numpy-made numbers (numpy scalars to CPython), `np.array(x)[()]` inline
    r0 = (np.array(x) * 2.0 + k).item()
    r1 = (-np.sum(b)).item()
    r2 = np.array(x)[()] * 3.0
    r3 = (b[0] * 2 + np.array(k)).item()
    return r0, r1, r2, r3, np.array(k)[()] // 2


H = np.array([[1.0, 0.0]])
P0 = np.array([[2.0, 0.5], [0.5, 1.0]])
CASES = {
    "scalar_ops": [(1.5, 7), (-0.0, -3)],
    "strong_operand": [(0.1, np.array([1.0, 2.5], dtype=np.float32))],
    "inline": [(np.array([1.0, 2.0]), 0.25)],
    "element": [(np.array([0.25, -4.0]), 1), (np.array([0.25, -4.0]), 0)],
    "typed": [(2.7, 5, np.ones(2, np.float32)), (1e40, -3, np.ones(1, np.float32)), (1.5, 300, np.ones(1, np.float32)), (float("nan"), 1, np.ones(1, np.float32))],
    "inline_item": [(1.5, 7, np.array([0.5, 2.25], np.float32)), (-0.0, -3, np.array([3.0], np.float32))],
    "update": [(np.array([1.0, 0.5]), 1.25, 0.5, P0, H)],
}
