# corpus: public GitHub file, code-index id 3885736550 (the index gives no repository; the Lasso optimality criterion) (an `@njit(sig)` kernel; adapted: `from numba.pycc import CC`, `cc = CC(...)` and one `@cc.export(name, signature)` per exported kernel added, nothing else changed); license not stated in the file
import numpy as np
from numpy.linalg import norm

from numba import njit
from numba.pycc import CC
cc = CC('lasso_subdiff')


def compute_obj(X, y, lmbd, w):
    return 0.5 * norm(y - X @ w) ** 2 + lmbd * norm(w, ord=1)


def eval_opt_crit(X, y, lmbd, w):
    grad = X.T @ (X @ w - y)
    opt_crit = _compute_dist_subdiff(w, grad, lmbd)

    return opt_crit


@cc.export('_compute_dist_subdiff', "f8(f8[:], f8[:], f8)")
@njit("f8(f8[:], f8[:], f8)")
def _compute_dist_subdiff(w, grad, lmbd):
    max_dist = 0.

    for i in range(len(w)):
        grad_i = grad[i]
        w_i = w[i]

        if w[i] == 0.:
            dist = max(abs(grad_i) - lmbd, 0.)
        else:
            dist = abs(grad_i + np.sign(w_i) * lmbd)

        max_dist = max(max_dist, dist)

    return max_dist
