# differential-python: numpy
# A signature kept in the function's docstring and read by the call-form
# export, as a common competitive-programming template does:
# `cc.export('solve', solve.__doc__.strip().split()[0])(solve)`. pycc folds
# the docstring and the `str` methods CPython runs on it; the function's own
# docstring statement runs nothing. The helper nested in `solve` reads the
# caller's argument and a module constant.
import numpy as np
from numba.pycc import CC

MOD = 10 ** 9 + 7


def solve(N, K, X):
    """
    i8(i8,i8,i8[:,:])   # the first word is the signature; the rest is prose
    """
    def modmul(x, y):
        ret = np.zeros(x.shape, np.int64)
        for i in range(N):
            for j in range(N):
                v = x[i, :] * y[:, j]
                v %= MOD
                ret[i, j] = v.sum() % MOD
        return ret

    powK = np.eye(N, dtype=np.int64)
    while K:
        if K & 1:
            powK = modmul(powK, X)
        X = modmul(X, X)
        K //= 2
    return powK.sum() % MOD


def scaled(a, k):
    "  f8[:](f8[:],\tf8)  "
    return a * k


def last_word(a):
    "note: the signature is the last word  i8(i8[:])"
    return a.sum()


cc = CC('docstring_signature')
cc.export('solve', solve.__doc__.strip().split()[0])(solve)
cc.export('scaled', scaled.__doc__.split()[0] + scaled.__doc__.split()[1])(scaled)
cc.export('last_word', last_word.__doc__.rstrip().split()[-1])(last_word)

CASES = {
    'solve': [
        (4, 2, np.array([[0, 1, 0, 0], [0, 0, 1, 1], [0, 0, 0, 1], [1, 0, 0, 0]], dtype=np.int64)),
        (1, 1, np.zeros((1, 1), dtype=np.int64)),
        (3, 10 ** 18, np.array([[0, 1, 1], [1, 0, 1], [1, 1, 0]], dtype=np.int64)),
    ],
    'scaled': [(np.array([1.5, -2.0, 0.1]), 3.0), (np.zeros(0), 2.0)],
    'last_word': [(np.arange(5, dtype=np.int64),), (np.array([-7], dtype=np.int64),)],
}
