# differential-python: numpy
# A tuple `axis=` (keyword or positional) in np.count_nonzero and
# np.nansum (numpy's second positional argument; keepdims too), beside the
# reductions that already took one (np.sum, np.mean, np.max).
import numpy as np
from pycc import CC

cc = CC("fuzz11_axis_tuples")


@cc.export('count_axes', '(f8[:, :], f8[:, :, :])')
def count_axes(m, t):
    return np.count_nonzero(m, axis=(0, 1)), np.count_nonzero(t > 0, axis=(0, 2)), np.count_nonzero(t, (1, 2))


@cc.export('count_keep', '(f8[:, :, :],)')
def count_keep(t):
    return np.count_nonzero(t, axis=(0, 2), keepdims=True), np.nansum(t, axis=(0, 1)), np.count_nonzero(t, axis=1)


@cc.export('sum_axes', '(f8[:, :, :],)')
def sum_axes(t):
    return np.sum(t, axis=(0, 1)), np.mean(t, axis=(0, 2)), np.max(t, axis=(1, 2)), np.count_nonzero(t[0, 0], axis=(0,))


T = np.array([[[0.0, 1.5, -2.0], [3.0, 0.0, np.nan]], [[0.0, 0.0, 1.0], [-1.0, 2.0, 0.0]]])
CASES = {
    "count_axes": [(T[0], T), (T[1], T[:, :1])],
    "count_keep": [(T,)],
    "sum_axes": [(T,)],
}
