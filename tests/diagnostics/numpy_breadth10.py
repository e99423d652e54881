import numpy as np
from pycc import CC
cc = CC('m')


@cc.export('accumulate_all_axes', '(f8[:, :],)')
def accumulate_all_axes(a):
    return np.maximum.accumulate(a, axis=None)


@cc.export('accumulate_dtype', '(f8[:],)')
def accumulate_dtype(a):
    return np.minimum.accumulate(a, dtype=np.float32)


@cc.export('accumulate_float_axis', '(f8[:, :],)')
def accumulate_float_axis(a):
    return np.fmax.accumulate(a, 1.0)


@cc.export('clip_f4', '(f4,)')
def clip_f4(x):
    return np.clip(x, 0.0, 1.0)


@cc.export('clip_no_bounds', '(f8,)')
def clip_no_bounds(x):
    return np.clip(x, None, None)


@cc.export('mean_of_arrays', '(f8[:], f8[:])')
def mean_of_arrays(a, b):
    return np.mean([a, b])


@cc.export('diff_prepend_array', '(f8[:],)')
def diff_prepend_array(a):
    return np.diff(a, prepend=a[:1])


@cc.export('diff_append_f4', '(f8[:], f4)')
def diff_append_f4(a, x):
    return np.diff(a, append=x)
