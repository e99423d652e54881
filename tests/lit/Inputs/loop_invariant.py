# Input of tests/lit/loop-invariant.mlir.
import numpy as np
from numpy import power, tanh
from pycc import CC

cc = CC('loop_invariant_lit')


@cc.export('slowparts', 'f8[:, :, :, :](i8, f8[:, :, :], f8[:, :, :], f8[:, :, :])')
def slowparts(d, preDz, preWz, yxV):
    fprime = lambda x: 1 - power(tanh(x), 2)
    out = np.zeros((yxV.shape[0], yxV.shape[1], 2 * d, d))
    for k in range(2 * d):
        for i in range(d):
            out[:, :, k, i] = fprime(preDz[k]) * fprime(preWz[i]) * yxV[:, :, i]
    return out


@cc.export('written', 'f8[:](f8[:], i8)')
def written(a, n):
    # The loop writes `a`, which the call reads: the call stays in the loop.
    f = lambda x: np.tanh(x)
    s = np.zeros(a.shape[0])
    for i in range(n):
        s += f(a)
        a[0] = s[0]
    return s
