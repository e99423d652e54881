# differential-python: numpy
# Module-level names bound once to a function or constant of math or numpy
# (`aca = np.ascontiguousarray`, `sqrt = math.sqrt`, `TAU = math.tau`) and
# to a numpy submodule (`la = np.linalg`), as pydsge's kernels write them:
# each is that name imported, as numba freezes the global. Module-level
# constants from `sys` (`EPS = sys.float_info.epsilon`, `sys.maxsize`).
import math
import sys
import numpy as np
import numpy.linalg as nl
from pycc import CC

cc = CC("module_function_aliases")

aca = np.ascontiguousarray
sqrt = math.sqrt
hyp = np.hypot
TAU = math.tau
inv = nl.inv
la = np.linalg
EPS = sys.float_info.epsilon
INF_INT = sys.maxsize
FMAX = sys.float_info.max
FMIN = sys.float_info.min
DIG = sys.float_info.dig + sys.float_info.mant_dig


@cc.export("solve_block", "(f8[:, :], f8[:])")
def solve_block(A, b):
    k = b.shape[0]
    x = inv(A[:k, :k] + aca(A[:k, k:]) @ aca(A[k:, :k])) @ b
    return x, la.norm(x)


@cc.export("radius", "f8(f8, f8)")
def radius(x, y):
    return sqrt(x * x + y * y) + hyp(x, y) / TAU


A = np.array([[4.0, 1.0, 0.5, 0.2], [1.0, 3.0, 0.1, 0.3], [0.2, 0.4, 1.0, 0.0], [0.3, 0.1, 0.0, 1.0]])
@cc.export("close", "(f8, f8)")
def close(a, b):
    best = INF_INT
    for k in range(3):
        if k < best:
            best = k
    return abs(a - b) <= 4 * EPS * max(abs(a), abs(b)), best, FMAX / 2, FMIN * 2, DIG


CASES = {
    "close": [(1.0, 1.0 + 2.0 ** -52), (1.0, 1.0001), (0.0, 0.0)],
    "solve_block": [(A, np.array([1.0, 2.0])), (A.T.copy(), np.array([-1.0, 0.5]))],
    "radius": [(3.0, 4.0), (0.0, 0.0), (-1.5, 2.0)],
}
