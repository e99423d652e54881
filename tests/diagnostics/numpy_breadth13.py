import numpy as np
import numpy.fft as fft
from pycc import CC
cc = CC('m')


@cc.export('fft2_axes', '(f8[:, :],)')
def fft2_axes(m):
    return np.fft.fft2(m, axes=(0, 1))


@cc.export('fft2_norm_variable', '(f8[:, :], i8)')
def fft2_norm_variable(m, k):
    return fft.ifft2(m, norm='ortho' if k else 'forward')


@cc.export('fftshift_axes_tuple', '(f8[:, :],)')
def fftshift_axes_tuple(m):
    return np.fft.fftshift(m, axes=(0, 1))


@cc.export('fftfreq_float_n', '(f8,)')
def fftfreq_float_n(n):
    return np.fft.fftfreq(n)


@cc.export('unique_axis_counts', '(i8[:, :],)')
def unique_axis_counts(m):
    u, c = np.unique(m, axis=0, return_counts=True)
    return u, c


@cc.export('tolist_3d', '(f8[:, :, :],)')
def tolist_3d(m):
    t = m.tolist()
    return len(t)


@cc.export('rfft2_complex', '(c16[:, :],)')
def rfft2_complex(z):
    return np.fft.rfft2(z)
