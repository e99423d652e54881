# differential-python: numpy
# Module-level values a file function computes from constants
# (`ERF_COEFS = generate_erf_coefs(10)`, a GLM link module of the corpus):
# numba freezes the array the module computed; pycc binds the name to the
# same call at the top of each function that reads it. Also numpy's
# float64 limits at module level (`EPS = np.finfo(np.float64).eps`) and
# `np.array([... for k in ...])` as a numpy function's argument.
import math

import numpy as np
from pycc import CC

cc = CC('module_call_arrays_prog')

DTYPE = np.float64
EPS = np.finfo(DTYPE).eps
BIG = np.finfo(np.float64).max
TINY = np.finfo('f8').tiny
LOG_BIG = np.log(BIG)


def erf_coefs(n):
    return 2 / math.sqrt(math.pi) * np.array([(-1) ** k / (math.gamma(k + 1) * (2 * k + 1)) for k in range(n + 1)])


def table(n):
    t = np.zeros((n, 2))
    for i in range(n):
        t[i, 0] = i
        t[i, 1] = i * i
    return t


def count(n):
    return n * 3 + 1


COEFS = erf_coefs(10)
TABLE = table(4)
K = count(5)


@cc.export('erf_series', 'f8(f8)')
def erf_series(x):
    return np.dot(COEFS, np.array([x ** (2 * k + 1) for k in range(len(COEFS))]))


@cc.export('table_sum', 'f8(i8)')
def table_sum(j):
    return TABLE[:, j].sum() + K


@cc.export('limits', 'f8[:](f8[:])')
def limits(x):
    return np.clip(x, EPS, BIG) + TINY * 0.0 + LOG_BIG * 0.0


@cc.export('logs', 'f8(f8)')
def logs(x):
    return LOG_BIG - math.log(x) + EPS


CASES = {
    'erf_series': [(0.0,), (0.5,), (-1.25,)],
    'table_sum': [(0,), (1,), (2,)],
    'limits': [(np.array([-1.0, 0.0, 1e-20, 3.0, np.inf]),)],
    'logs': [(1.0,), (2.5,)],
}
