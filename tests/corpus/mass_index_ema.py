# corpus: written for pycc after a public GitHub file, code-index id 800506307 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); a trading indicator (mass index): EMAs and a rolling window sum
import numpy as np
from numba import njit
from numba.pycc import CC

cc = CC('mass_index_ema')


@cc.export('window_sum', '(f8[:], i8)')
@njit(cache=True)
def window_sum(ratio: np.ndarray, period: int) -> np.ndarray:
    """Sum of the ratio over the last `period` samples"""
    result = np.zeros_like(ratio)
    for i in range(period - 1, len(ratio)):
        result[i] = np.sum(ratio[i-period+1:i+1])
    return result


@cc.export('ema', '(f8[:], i8)')
@njit(cache=True)
def ema(data, n):
    alpha = 2.0 / (n + 1)
    result = np.empty(data.shape[0])
    result[0] = data[0]
    for i in range(1, data.shape[0]):
        result[i] = alpha * data[i] + (1 - alpha) * result[i-1]
    return result


@cc.export('mass_index', '(f8[:, :], i8)')
@njit(cache=True)
def mass_index(candles, period):
    rng = candles[:, 3] - candles[:, 4]
    e1 = ema(rng, 9)
    e2 = ema(e1, 9)
    ratio = np.where(e2 != 0, e1 / e2, 0.0)
    return window_sum(ratio, period)
