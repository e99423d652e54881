# differential-python: numpy
# numpy breadth, part 13 (issues 16 and 18): `np.array(a)`, `np.copy(a)`
# and `a.astype(t)` of an F-ordered array keep numpy's order 'K' (an
# F-contiguous copy); `np.fft.fft2` / `ifft2` / `fftn` / `ifftn` / `rfft2` /
# `irfft2` (norm), `fftfreq` /
# `rfftfreq` (n, d), `fftshift` / `ifftshift` (axes), also as
# `from numpy.fft import ...` and `import numpy.fft as fft`;
# `np.interp(x, xp, fp, period=)`; `np.pad(a, w, constant_values=(lo, hi))`
# and numpy's other modes; `np.unique(a, axis=k)`; a ufunc of a list
# display or a list variable (numpy's asarray of it); `np.array(xs + [k])`
# and other list concatenations; `a.tolist()` of a 2-d array (nested
# lists of Python numbers, bound, indexed and iterated); `np.array([a, b])`
# of arrays and `np.array(parts)` of a list variable of arrays (numpy's
# stacking, its ValueError for shapes that differ).
import numpy as np
import numpy.fft as fft
from numpy.fft import rfft, fftfreq as ff
from pycc import CC

cc = CC('numpy_breadth13_prog')


@cc.export('keep_order', '(f8[:, :],)')
def keep_order(m):
    t = m.T
    a = np.array(t)
    b = np.copy(t)
    c = t.astype(np.float32)
    d = np.array(t, dtype=np.int64)
    e = t.copy()
    a[0, 0] = 99.0
    return (a.flags.f_contiguous, a.flags.c_contiguous, b.flags.f_contiguous, c.flags.f_contiguous,
            d.flags.f_contiguous, e.flags.c_contiguous, a, b, c, d, e, m)


@cc.export('keep_order_c', '(i4[:, :],)')
def keep_order_c(m):
    a = np.array(m[:, ::2])
    b = np.copy(m)
    return a.flags.c_contiguous, b.flags.c_contiguous, a, b, np.ascontiguousarray(m.T), np.asfortranarray(m)


@cc.export('fft2s', '(f8[:, :], c16[:, :])')
def fft2s(m, z):
    return np.fft.fft2(m), np.fft.ifft2(z), np.fft.fft2(z, norm='ortho'), np.fft.ifft2(m, norm='forward')


@cc.export('fft2_f4', '(f4[:, :],)')
def fft2_f4(m):
    g = np.fft.ifft2(m)
    return np.fft.fft2(m), np.abs(g)


@cc.export('fftns', '(f8[:, :, :], c16[:, :], f4[:, :])')
def fftns(t, z, s):
    return np.fft.fftn(t), np.fft.ifftn(z, norm='ortho'), np.fft.rfft2(s), np.fft.irfft2(z), fft.rfft2(t), np.fft.irfft2(s)


@cc.export('fft2_1d', '(f8[:],)')
def fft2_1d(a):
    return np.fft.fft2(a)


@cc.export('freqs', '(i8, f8)')
def freqs(n, d):
    return np.fft.fftfreq(n, d), np.fft.rfftfreq(n, d=d), np.fft.fftfreq(n), np.fft.rfftfreq(n, 2), ff(n, 0.5)


@cc.export('shifts', '(f8[:], i8[:, :])')
def shifts(a, m):
    return np.fft.fftshift(a), np.fft.ifftshift(a), np.fft.fftshift(m), np.fft.ifftshift(m, axes=0), np.fft.fftshift(m, 1)


@cc.export('spectrum', '(f8[:], f8)')
def spectrum(x, dt):
    f = fft.rfftfreq(x.shape[0], dt)
    r = rfft(x)
    p = np.abs(r) ** 2
    s = fft.fftshift(fft.fft(x))
    return f, p, s, fft.fftfreq(4)


@cc.export('interp_period', '(f8[:], f8[:], f8[:], f8)')
def interp_period(x, xp, fp, period):
    return np.interp(x, xp, fp, period=period), np.interp(x[0], xp, fp, period=period), np.interp(x, xp, fp, None, None, 360.0)


@cc.export('pads', '(f8[:], i4[:, :])')
def pads(a, m):
    return (np.pad(a, 2, constant_values=(-1.0, 5.5)), np.pad(a, (1, 2), mode='edge'), np.pad(a, 2, mode='reflect'),
            np.pad(a, 2, mode='wrap'), np.pad(m, 1, constant_values=(7, 9)), np.pad(m, ((1, 0), (0, 2)), 'constant', constant_values=((1, 2), (3, 4))),
            np.pad(a, 3, mode='symmetric'), np.pad(m, 1, 'maximum'))


@cc.export('unique_rows', '(i8[:, :], f8[:, :])')
def unique_rows(m, f):
    return np.unique(m, axis=0), np.unique(m, axis=1), np.unique(f, axis=0), np.unique(m, axis=None)


@cc.export('unique_axis_bad', '(i8[:, :], i8)')
def unique_axis_bad(m, k):
    return np.unique(m, axis=k)


@cc.export('list_arrays', '(f8, i8)')
def list_arrays(k, n):
    xs = [1.0, 2.0, 3.0]
    ys = []
    for i in range(n):
        ys.append(i * 2)
    rows = [[1.0, 2.0], [3.0, k]]
    return (np.array(xs + [k]), np.array(xs[::-1]), np.array([k] + xs), np.array(xs * 2), np.array(ys[1:]),
            np.array(ys + ys), np.asarray(xs[1:] + [k, k]), np.array(rows + [[k, k]]))


@cc.export('ufunc_lists', '(f8, f8[:])')
def ufunc_lists(x, a):
    xs = [1.0, x, 3.0]
    ks = [1, 2, -3]
    return (np.sqrt([1.0, 4.0]), np.exp(xs), np.abs(ks), np.maximum(xs, 2.0), np.add(xs, [1.0, 2.0, 3.0]),
            np.arctan2(xs, a), np.sqrt([4, 9]), np.isnan([x, 1.0]), np.floor(xs), np.square(ks))


@cc.export('tolist2', '(f8[:, :], b1[:, :], i4[:, :])')
def tolist2(m, b, k):
    s = 0.0
    t = m.tolist()
    for row in t:
        for x in row:
            s += x
    n = 0
    for ks in (k * 2).tolist():
        n += len(ks) + ks[0]
    bs = b.tolist()
    return s, len(t), t[-1][0], bs[0][0], bs[1][1], len(bs), n


@cc.export('array_of_arrays', '(f8[:], f8[:], i4[:])')
def array_of_arrays(a, b, k):
    parts = []
    for i in range(3):
        parts.append(a * i)
    return np.array([a, b]), np.array([a, k]), np.array(parts), np.array([a[:2], b[1:]]), np.array([k, k])


@cc.export('array_of_matrices', '(f8[:, :], f8[:, :])')
def array_of_matrices(m, n):
    return np.array([m, n, m])


M = np.array([[1.0, 2.0, 3.5], [4.0, -5.0, 6.0]])
Z = np.array([[1 + 2j, -1j], [0.5, 2.0], [3.0, 1j]])
CASES = {
    'keep_order': [lambda: (M.copy(),), lambda: (np.zeros((0, 3)),), lambda: (np.arange(4.0).reshape(1, 4),)],
    'keep_order_c': [lambda: (np.arange(12, dtype=np.int32).reshape(3, 4),), lambda: (np.arange(12, dtype=np.int32).reshape(4, 3).T,)],
    'fft2s': [lambda: (M.copy(), Z.copy()), lambda: (M.T.copy(order='F'), Z[::2])],
    'fft2_f4': [lambda: (M.astype(np.float32),)],
    'fftns': [lambda: (np.arange(24.0).reshape(2, 3, 4) ** 0.5, Z.copy(), M.astype(np.float32)),
              lambda: (np.zeros((1, 1, 2)), Z.T, M.T.astype(np.float32))],
    'fft2_1d': [lambda: (np.arange(3.0),)],
    'freqs': [lambda: (8, 0.1), lambda: (7, 2.0), lambda: (1, 1.0), lambda: (0, 1.0), lambda: (5, 0.0)],
    'shifts': [lambda: (np.arange(5.0), np.arange(12).reshape(3, 4)), lambda: (np.zeros(0), np.arange(2).reshape(1, 2))],
    'spectrum': [lambda: (np.sin(np.arange(16.0)), 0.01), lambda: (np.arange(5.0), 1.0)],
    'interp_period': [lambda: (np.array([-180.0, -170.0, -185.0, 185.0, -10.0, -5.0, 0.0, 365.0]), np.array([190.0, -190.0, 350.0, -350.0]),
                               np.array([5.0, 10.0, 3.0, 4.0]), 360.0),
                      lambda: (np.array([0.5, 2.5]), np.array([0.0, 1.0, 2.0]), np.array([1.0, np.nan, 3.0]), 3.0),
                      lambda: (np.array([0.5]), np.array([0.0, 1.0]), np.array([1.0, 2.0, 3.0]), 3.0),
                      lambda: (np.array([0.5]), np.array([0.0, 1.0]), np.array([1.0, 2.0]), 0.0)],
    'pads': [lambda: (np.arange(1.0, 5.0), np.arange(6, dtype=np.int32).reshape(2, 3)),
             lambda: (np.array([1.0]), np.arange(6, dtype=np.int32).reshape(3, 2)),
             lambda: (np.zeros(0), np.zeros((0, 2), np.int32))],
    'unique_rows': [lambda: (np.array([[1, 2], [0, 5], [1, 2], [0, 1]]), np.array([[np.nan, 1.0], [0.5, 2.0], [np.nan, 1.0]])),
                    lambda: (np.zeros((0, 2), np.int64), np.zeros((3, 0)))],
    'list_arrays': [lambda: (0.5, 4), lambda: (np.nan, 2)],
    'ufunc_lists': [lambda: (2.0, np.arange(3.0)), lambda: (-1.0, np.arange(3.0)), lambda: (np.nan, np.arange(2.0))],
    'tolist2': [lambda: (M.copy(), np.array([[True, False], [False, True]]), np.arange(6, dtype=np.int32).reshape(3, 2)),
                lambda: (M.T, np.array([[True, True], [False, False]]), np.arange(6, dtype=np.int32).reshape(2, 3))],
    'array_of_arrays': [lambda: (np.arange(3.0), np.ones(3), np.arange(3, dtype=np.int32)),
                        lambda: (np.arange(3.0), np.ones(2), np.arange(3, dtype=np.int32))],
    'array_of_matrices': [lambda: (np.eye(2), np.ones((2, 2))), lambda: (np.eye(2), np.ones((2, 3)))],
    'unique_axis_bad': [lambda: (np.arange(4).reshape(2, 2), 2), lambda: (np.array([[3, 1], [3, 1]]), -1)],
}

# Error cases by keyword form: their messages are compared too.
CASES['fft2_1d'].append({'args': (np.arange(3.0),), 'kwargs': {}})
CASES['freqs'].append({'args': (5, 0.0), 'kwargs': {}})
CASES['interp_period'].append({'args': (np.array([0.5]), np.array([0.0, 1.0]), np.array([1.0, 2.0]), 0.0), 'kwargs': {}})
CASES['pads'].append({'args': (np.zeros(0), np.zeros((0, 2), np.int32)), 'kwargs': {}})
CASES['ufunc_lists'].append({'args': (np.nan, np.arange(2.0)), 'kwargs': {}})
CASES['array_of_arrays'].append({'args': (np.arange(3.0), np.ones(2), np.arange(3, dtype=np.int32)), 'kwargs': {}})
CASES['array_of_matrices'].append({'args': (np.eye(2), np.ones((2, 3))), 'kwargs': {}})
CASES['unique_axis_bad'].append({'args': (np.arange(4).reshape(2, 2), 2), 'kwargs': {}})
