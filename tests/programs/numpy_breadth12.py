# differential-python: numpy
# numpy breadth, part 12 (issues 16 and 18): `np.clip(a, lo, hi, out=b)`
# and `a.clip(..., out=b)` (numpy writes into b, whose value the call is);
# a reduction's `where=mask` (np.sum / mean / prod / max / min / std / var);
# `keepdims=True` of np.nanmean and the nan-reductions, np.count_nonzero
# and np.linalg.norm; `np.array(x, copy=True | False | None)`,
# `np.asarray(x, copy=None)`, `np.array(x, ndmin=k)`; `np.fft.fft` /
# `ifft` / `rfft` / `irfft` (n, axis, norm), numpy's own pocketfft;
# `a @ b` / `np.matmul(a, b)` of stacks of matrices (an operand past 2-d);
# `H, xe, ye = np.histogram2d(x, y, bins, density=, weights=)`.
import numpy as np
from pycc import CC

cc = CC('numpy_breadth12_prog')


@cc.export('clip_out', '(f8[:], f8, f8)')
def clip_out(a, lo, hi):
    np.clip(a, lo, hi, out=a)
    return a


@cc.export('clip_out2', '(i4[:, :], f8[:, :])')
def clip_out2(m, f):
    b = np.clip(m, 0, 5, out=m)
    c = f[:1].clip(-1.0, None, out=f[1:])
    np.clip(f, 0.5, 1.5, f)
    return b, c, m, f


@cc.export('clip_out_cast', '(i8[:], f8)')
def clip_out_cast(a, hi):
    return np.clip(a, 0, hi, out=a)


@cc.export('reduce_where', '(f8[:], b1[:])')
def reduce_where(a, m):
    return np.sum(a, where=m), np.mean(a, where=m), np.max(a, where=m, initial=-1.0), np.prod(a, where=a > 1.0)


@cc.export('reduce_where2', '(f8[:, :], b1[:, :])')
def reduce_where2(a, m):
    return np.sum(a, axis=1, where=m), np.mean(a, 0, where=m), np.std(a, where=m), np.var(a, axis=0, where=m[0])


@cc.export('min_where', '(i8[:], b1[:])')
def min_where(a, m):
    return np.min(a, where=m)


@cc.export('nan_keep', '(f8[:, :],)')
def nan_keep(m):
    return (np.nanmean(m, axis=1, keepdims=True), np.nansum(m, keepdims=True), np.nanmax(m, 0, keepdims=True),
            np.nanstd(m, axis=1, ddof=1, keepdims=True), np.count_nonzero(m, axis=0, keepdims=True), np.nanmin(m, keepdims=False))


@cc.export('norm_keep', '(f8[:, :], f4[:])')
def norm_keep(m, v):
    return (np.linalg.norm(m, axis=1, keepdims=True), np.linalg.norm(m, keepdims=True), np.linalg.norm(v, 1, keepdims=True),
            np.linalg.norm(m, 'fro', keepdims=True), np.linalg.norm(m, np.inf, 0, keepdims=True))


@cc.export('array_copies', '(f8[:], i8[:, :])')
def array_copies(a, m):
    b = np.array(a, copy=True)
    b[0] = 9.0
    c = np.array(a, ndmin=2)
    d = np.array(m, ndmin=3, dtype=np.float32)
    e = np.array([1, 2, 3], ndmin=2)
    f = np.asarray(a, copy=None)
    g = np.array(a, copy=False)
    g[1] = 7.0
    return a, b, c, d, e, f, np.array(m, ndmin=1), np.array(5.0 + a[0:1], ndmin=3, copy=True), np.array(m[:, ::2], ndmin=2)


@cc.export('ffts', '(f8[:], c16[:], i8)')
def ffts(a, z, n):
    return np.fft.fft(a), np.fft.ifft(z), np.fft.rfft(a), np.fft.irfft(z), np.fft.fft(z, n), np.fft.rfft(a, n=n, norm='ortho'), np.fft.irfft(z, n, norm='forward')


@cc.export('ffts32', '(f4[:], c8[:], i8[:])')
def ffts32(a, z, k):
    return np.fft.fft(a), np.fft.ifft(z), np.fft.rfft(a), np.fft.irfft(z), np.fft.fft(k), np.fft.irfft(a)


@cc.export('fft2d', '(f8[:, :],)')
def fft2d(m):
    f = np.fft.fft(m, axis=0)
    g = np.fft.rfft(m)
    power = np.abs(g) ** 2
    return f, g, power, np.fft.ifft(f, axis=0).real


@cc.export('mm3', '(f8[:, :, :], f8[:, :, :], f8[:, :], f8[:])')
def mm3(a, b, m, v):
    return a @ b, np.matmul(a, b), a @ m, m @ a, a @ v, v @ a, np.matmul(a, v)


@cc.export('mm_int', '(i8[:, :, :], i4[:, :, :], f4[:, :, :])')
def mm_int(a, b, f):
    c = a @ b
    s = 0
    for k in range(c.shape[0]):
        s += c[k].sum()
    return c, s, f @ f, b @ b


@cc.export('hist2d', '(f8[:], f8[:], i8)')
def hist2d(x, y, n):
    h, xe, ye = np.histogram2d(x, y, bins=n)
    h2, xe2, ye2 = np.histogram2d(x, y, (2, n), density=True, weights=x * 2.0)
    return h, xe, ye, h2, xe2, ye2, np.histogram2d(x, y)[0].sum()


@cc.export('hist2d_f4', '(f4[:], i2[:])')
def hist2d_f4(x, y):
    h, xe, ye = np.histogram2d(x, y, bins=[3, 2])
    return h, xe, ye


A = np.array([1.0, -2.0, 3.5, np.nan])
M = np.arange(-3, 9, dtype=np.int32).reshape(3, 4)
CASES = {
    'clip_out': [lambda: (A.copy(), 0.0, 2.0), lambda: (A.copy(), np.nan, 2.0), lambda: (np.zeros(0), 1.0, 0.0)],
    'clip_out2': [lambda: (M.copy(), np.linspace(-2, 2, 6).reshape(2, 3)), lambda: (M.copy(), np.linspace(-2, 2, 4).reshape(1, 4))],
    'clip_out_cast': [lambda: (np.arange(3), 1.5)],
    'reduce_where': [lambda: (A.copy(), np.array([True, True, True, False])), lambda: (A.copy(), np.array([False] * 4)),
                     lambda: (A.copy(), np.array([False] * 3))],
    'reduce_where2': [lambda: (np.arange(6.0).reshape(2, 3), np.array([[True, False, True], [False, False, True]]))],
    'min_where': [lambda: (np.arange(3), np.array([True, False, True]))],
    'nan_keep': [lambda: (np.array([[1.0, np.nan, 3.0], [4.0, 5.0, 6.5]]),), lambda: (np.full((2, 2), np.nan),),
                 lambda: (np.zeros((0, 3)),)],
    'norm_keep': [lambda: (np.array([[1.0, -2.0, 3.0], [4.0, 5.0, 6.5]]), np.array([3.0, 4.0], np.float32)),
                  lambda: (np.zeros((0, 2)), np.zeros(0, np.float32))],
    'ffts': [lambda: (np.array([1.0, 2.0, -1.0, 0.5, 3.0]), np.array([1 + 2j, -1j, 0.5, 2.0]), 6),
             lambda: (np.array([1.0, 2.0, -1.0, 0.5, 3.0]), np.array([1 + 2j, -1j, 0.5, 2.0]), 0),
             lambda: (np.zeros(0), np.array([1 + 2j, -1j, 0.5, 2.0]), 3), lambda: (A[:3], np.array([np.nan, 1j]), 1)],
    'ffts32': [lambda: (np.array([1.0, 2.0, -1.0], np.float32), np.array([1 + 2j, -1j], np.complex64), np.arange(4))],
    'fft2d': [lambda: (np.arange(12.0).reshape(3, 4) ** 1.5,), lambda: (np.arange(12.0).reshape(4, 3).T,)],
    'mm3': [lambda: (np.arange(24.0).reshape(2, 3, 4), np.arange(24.0).reshape(2, 4, 3) - 5.5, np.ones((4, 4)) * 0.5, np.arange(4.0)),
            lambda: (np.arange(24.0).reshape(2, 3, 4), np.arange(24.0).reshape(2, 3, 4), np.ones((4, 4)) * 0.5, np.arange(4.0)),
            lambda: (np.zeros((0, 4, 4)), np.zeros((1, 4, 2)), np.ones((4, 4)), np.arange(4.0))],
    'mm_int': [lambda: (np.arange(12).reshape(3, 2, 2), np.arange(12, dtype=np.int32).reshape(3, 2, 2), np.ones((2, 2, 2), np.float32))],
    'hist2d': [lambda: (np.array([0.1, 0.5, 0.9, 0.3, 0.3]), np.array([1.0, 2.0, 3.0, 2.5, -1.0]), 4),
                    lambda: (np.zeros(0), np.zeros(0), 2), lambda: (np.array([0.1, np.nan]), np.array([1.0, 2.0]), 2),
                    lambda: (np.array([0.1, 0.5]), np.array([1.0, 2.0, 3.0]), 2), lambda: (np.array([0.1, 0.5]), np.array([1.0, 2.0]), 0)],
         'hist2d_f4': [lambda: (np.array([0.1, 0.5, 0.9], np.float32), np.array([3, 1, 2], np.int16))],
    'array_copies': [lambda: (np.array([1.0, 2.0]), np.arange(4).reshape(2, 2))],
}

# Error cases by keyword form: their messages are compared too.
CASES['clip_out_cast'].append({'args': (np.arange(3), 1.5), 'kwargs': {}})
CASES['reduce_where'].append({'args': (A.copy(), np.array([False] * 3)), 'kwargs': {}})
CASES['ffts'].append({'args': (np.array([1.0, 2.0, -1.0, 0.5, 3.0]), np.array([1 + 2j, -1j, 0.5, 2.0]), 0), 'kwargs': {}})
CASES['ffts'].append({'args': (np.zeros(0), np.array([1 + 2j, -1j, 0.5, 2.0]), 3), 'kwargs': {}})
CASES['mm3'].append({'args': (np.arange(24.0).reshape(2, 3, 4), np.arange(24.0).reshape(2, 3, 4), np.ones((4, 4)) * 0.5, np.arange(4.0)), 'kwargs': {}})
CASES['hist2d'].append({'args': (np.array([0.1, 0.5]), np.array([1.0, 2.0, 3.0]), 2), 'kwargs': {}})
CASES['hist2d'].append({'args': (np.array([0.1, 0.5]), np.array([1.0, 2.0]), 0), 'kwargs': {}})
CASES['min_where'].append({'args': (np.arange(3), np.array([True, False, True])), 'kwargs': {}})
