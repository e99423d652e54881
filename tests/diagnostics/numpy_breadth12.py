import numpy as np
from pycc import CC
cc = CC('m')


@cc.export('clip_out_ndim', '(f8[:, :], f8[:])')
def clip_out_ndim(m, v):
    return np.clip(m, 0.0, 1.0, out=v)


@cc.export('clip_out_computed', '(f8[:],)')
def clip_out_computed(a):
    return np.clip(a, 0.0, 1.0, out=a * 2.0)


@cc.export('keepdims_variable', '(f8[:, :], b1)')
def keepdims_variable(m, k):
    return np.nanmean(m, axis=0, keepdims=k)


@cc.export('array_copy_false_list', '(f8,)')
def array_copy_false_list(x):
    return np.array([x, 1.0], copy=False)


@cc.export('asarray_ndmin', '(f8[:],)')
def asarray_ndmin(a):
    return np.asarray(a, ndmin=2)


@cc.export('rfft_complex', '(c16[:],)')
def rfft_complex(z):
    return np.fft.rfft(z)


@cc.export('fft_norm_variable', '(f8[:], i8)')
def fft_norm_variable(a, k):
    return np.fft.fft(a, norm='backward' if k else 'ortho')


@cc.export('fft_out', '(f8[:], c16[:])')
def fft_out(a, z):
    return np.fft.fft(a, out=z)


@cc.export('hist2d_range', '(f8[:], f8[:])')
def hist2d_range(x, y):
    h, xe, ye = np.histogram2d(x, y, range=[[0.0, 1.0], [0.0, 1.0]])
    return h


@cc.export('hist2d_2d', '(f8[:, :], f8[:])')
def hist2d_2d(m, y):
    h, xe, ye = np.histogram2d(m, y)
    return h
