# differential-python: numpy
# `axis=` of the nan-reductions, np.count_nonzero and the percentile
# family (an int axis, negative too; numpy's AxisError out of range), an
# array q with an axis: numpy computes each, compared bit for bit.
import numpy as np
from pycc import CC

cc = CC('numpy_stats_axis_prog')


@cc.export('nan_axis', '(f8[:, :], i8)')
def nan_axis(a, k):
    return np.nansum(a, axis=k), np.nanmean(a, k), np.nanmax(a, axis=k), np.nanmin(a, axis=k), np.nanstd(a, axis=k)


@cc.export('nan_1d_axis', '(f4[:],)')
def nan_1d_axis(a):
    return np.nanmean(a, axis=0) + np.nansum(a, 0)


@cc.export('count_axis', '(i8[:, :, :], i8)')
def count_axis(a, k):
    return np.count_nonzero(a, axis=k)


@cc.export('pct_axis', '(f8[:, :], f8, i8)')
def pct_axis(a, q, k):
    return np.percentile(a, q, axis=k), np.quantile(a, q / 100.0, k), np.nanpercentile(a, q, axis=k)


@cc.export('pct_q_array', '(f4[:, :], f4[:])')
def pct_q_array(a, q):
    return np.quantile(a, q, axis=1), np.nanquantile(a, q, axis=0)


@cc.export('pct_1d', '(i8[:],)')
def pct_1d(a):
    return np.percentile(a, 30, axis=0)


def M():
    a = np.arange(12.0).reshape(3, 4) * 1.7 % 5
    a[1, 2] = np.nan
    return a


CASES = {
    'nan_axis': [lambda: (M(), 0), lambda: (M(), 1), lambda: (M(), -1), lambda: (M(), 2)],
    'nan_1d_axis': [lambda: (np.array([1.5, np.nan, 2.25], np.float32),)],
    'count_axis': [(lambda k=k: (np.arange(24).reshape(2, 3, 4) % 3, k)) for k in (0, 1, 2, -3)],
    'pct_axis': [lambda: (M(), 30.0, 0), lambda: (M() + 1, 75.0, -1), lambda: (M(), 50.0, 3)],
    'pct_q_array': [lambda: (np.arange(12, dtype=np.float32).reshape(3, 4) ** 1.5, np.array([0.1, 0.5, 0.9], np.float32))],
    'pct_1d': [lambda: (np.array([5, 1, 9, 3]),)],
}
