# differential-python: numpy
# np.power(x, k) of a float array and a literal 2, -1 or 0.5: numpy's power
# loop computes x * x, 1.0 / x and sqrt(x) for a scalar exponent (never
# pow), which pycc fuses into the expression's loop. TIES and INVERSES are
# where glibc's pow differs from x * x and 1 / x, and -0.0 / -inf where
# pow(x, 0.5) differs from sqrt(x): an array exponent (np.power(a, b))
# and the other exponents stay numpy's pow.
import numpy as np
from pycc import CC

cc = CC('np_power_fast')

TIES = [-106924597.0, -96863815.0, 119936919.0, -95172581.0, -125507377.0, 128293087.0]
INVERSES = [8.483404158728648e-06, 0.4457697380316614, 0.002226731374245994, 3.8953437904943424]
EDGE = [0.0, -0.0, 1.5, -2.0, 1e200, -1e-310, 5e-324, float('inf'), float('-inf'), float('nan')]
ALL = np.array(TIES + INVERSES + EDGE)


@cc.export('power_k', 'f8[:](f8[:], i8)')
def power_k(a, k):
    if k == 0:
        return np.power(a, 2)
    if k == 1:
        return np.power(a, -1)
    if k == 2:
        return np.power(a, 0.5)
    if k == 3:
        return np.power(a, 3)
    if k == 4:
        return np.power(a, -0.5)
    return np.power(a, 2.0)


@cc.export('power_array', 'f8[:](f8[:], f8[:])')
def power_array(a, b):
    return np.power(a, b)


@cc.export('fprime', 'f8[:, :](f8[:, :])')
def fprime(x):
    # numpy-benchmarks' slowparts: 1 - power(tanh(x), 2).
    return 1 - np.power(np.tanh(x), 2)


@cc.export('fused2d', 'f8[:, :](f8[:, :], f8[:])')
def fused2d(a, b):
    return np.power(a, 0.5) * 2.0 + np.power(b, -1) - np.power(a + b, 2)


@cc.export('power_f4', 'f4[:](f4[:], i8)')
def power_f4(a, k):
    if k == 0:
        return np.power(a, 2)
    if k == 1:
        return np.power(a, -1)
    return np.power(a, 0.5) + np.float32(1.0)


@cc.export('power_int', 'i8[:](i8[:], i8)')
def power_int(a, k):
    if k == 0:
        return np.power(a, 2)
    return np.power(a, -1)


@cc.export('power_into', 'void(f8[:, :], f8[:, :])')
def power_into(out, a):
    out[1:, :] = np.power(a[:-1, ::-1], 2)


CASES = {
    'power_k': [(lambda k=k: (ALL.copy(), k)) for k in range(6)]
    + [lambda: (ALL[::-3].copy(), 0), lambda: (ALL[::2], 2), lambda: (np.zeros(0), 1)],
    'power_array': [lambda: (ALL.copy(), np.full(ALL.shape, 2.0)), lambda: (ALL.copy(), np.full(ALL.shape, 0.5))],
    'fprime': [lambda: (ALL[:20].reshape(4, 5).copy(),), lambda: (np.linspace(-3, 3, 24).reshape(6, 4).T,)],
    'fused2d': [lambda: (ALL[:20].reshape(4, 5).copy(), ALL[20:25].copy()), lambda: (np.ones((2, 3)), np.ones(2))],
    'power_f4': [(lambda k=k: (ALL.astype(np.float32), k)) for k in range(3)],
    'power_int': [lambda: (np.array([3, -4, 2**32, 0]), 0), lambda: (np.array([3, 1]), 1), lambda: (np.array([2]), 1)],
    'power_into': [lambda: (np.zeros((4, 3)), ALL[:12].reshape(4, 3).copy())],
}
