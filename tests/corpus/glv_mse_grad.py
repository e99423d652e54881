# corpus: written for pycc after a public GitHub file, code-index id 41817783971 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); generalized Lotka-Volterra fit: MSE and its parameter gradient with `np.expand_dims`, rows accumulated into a vector
import numpy as np
from numba import njit
from numba.pycc import CC

cc = CC('glv_mse_grad')


@cc.export('mse', '(f8[:, :], f8[:, :])')
@njit
def mse(a, b):

    return ((a-b)**2).mean()


@cc.export('mse_grad_p', '(f8[:, :], f8[:, :, :], f8[:, :])')
@njit
def mse_grad_p(rhs, rhs_grad_p, dydt):
    """gradient of the MSE between dydt and the gLV right-hand side"""

    a = 2*(np.expand_dims(rhs-dydt, -1)*rhs_grad_p)

    r = np.zeros(rhs_grad_p.shape[-1])

    for i in range(rhs.shape[0]):
        for j in range(rhs.shape[1]):
            r += a[i,j]

    return r/(rhs.shape[0]*rhs.shape[1])


@cc.export('glv_rhs', '(f8[:, :], f8[:])')
@njit
def glv_rhs(x, p):
    n = x.shape[1]
    r = p[:n]
    A = p[n:].reshape((n, n))
    out = np.zeros_like(x)
    for t in range(x.shape[0]):
        out[t] = x[t] * (r + A @ x[t])
    return out
