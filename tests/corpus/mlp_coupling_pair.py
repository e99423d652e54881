# corpus: written for pycc after a public GitHub file, code-index id 71630446952 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); a two-layer ReLU network evaluated by hand, and a delayed coupling sum over a 3-d state history
import numpy as np
from numba import njit
from numba.pycc import CC

cc = CC('mlp_coupling_pair')


@cc.export('f_mlp', '(f8, f8, f8[:, :], f8[:], f8[:, :], f8[:])')
@njit(cache=True)
def f_mlp(x, y, l1w, l1b, l2w, l2b):
    L = l1w.shape[1]
    hidden = np.zeros(L)
    for l in range(L):
        s = l1b[l] + x * l1w[0, l] + y * l1w[1, l]
        if s > 0.0:
            hidden[l] = s
    out0 = l2b[0]
    out1 = l2b[1]
    for l in range(L):
        out0 += hidden[l] * l2w[l, 0]
        out1 += hidden[l] * l2w[l, 1]
    return out0, out1


@cc.export('coupling', '(f8[:, :, :], f8[:], i8[:], i8, i8)')
@njit(cache=True)
def coupling(Xs, W_row, D_row, t, n):
    N = W_row.shape[0]
    c_in = 0.0
    for i in range(N):
        if t >= D_row[i]:
            if (i == n) or (D_row[i] == 0):
                src = Xs[i, 0, t - 1]
            else:
                src = Xs[i, 0, t - D_row[i]]
            c_in += W_row[i] * (src - Xs[n, 0, t - 1])
    return c_in
