# corpus: written for pycc after a public GitHub file, code-index id 56374730124 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); least squares on float32 logic-gate data: `N: np.int32 = 2` annotated module constants, `X.T @ X`, `np.linalg.inv`, `w[:] = Ainv @ XtT`, `np.mean(res[:, j])` inside `prange`, `z[i, j] += w[j, k] * X[i, k]` into a float32 array
import numpy as np
from numba import njit, prange
from numba.pycc import CC
cc = CC('lsq_gates')

N: np.int32 = 2
SAMPLES: np.int32 = 4


@cc.export('fit', 'void(f4[:, :], f4[:, :], f4[:, :], f4[:])')
@njit(parallel=True)
def fit(X: np.ndarray, T: np.ndarray, w: np.ndarray, b: np.ndarray) -> None:
    A = X.T @ X
    Ainv = np.linalg.inv(A)
    XtT = X.T @ T
    w[:] = Ainv @ XtT
    res = T - X @ w
    for j in prange(N):
        b[j] = np.mean(res[:, j])


@cc.export('predict', 'f4[:, :](f4[:, :], f4[:, :], f4[:])')
@njit(parallel=True)
def predict(X: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    z = np.zeros((SAMPLES, N), dtype=np.float32)
    for i in prange(SAMPLES):
        for j in range(N):
            z[i, j] = b[j]
            for k in range(N):
                z[i, j] += w[j, k] * X[i, k]
    return z
