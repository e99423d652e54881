# differential-python: numpy
# Forms of numba's numpy tests (issue 16's numpy breadth): np.split and its
# kin returned by an export are numpy's list of pieces (directly or through
# a name; a constant count unpacked stays a tuple), np.trapezoid of an n-d
# y (or x) integrates along the last axis into an array; `a.dtype == D`
# (a numpy type, a string, np.dtype(...), another array's dtype) is known
# when compiling; `return np.<ufunc>(x, y, out)` returns `out` itself;
# np.cumsum/np.cumprod (complex results), np.var/np.std (real results) and
# np.iscomplex/np.isreal/np.isneginf of complex arrays are numpy's, as
# are np.nan_to_num, np.sinc, np.diagflat, np.trim_zeros, np.atleast_3d
# and np.asfortranarray of complex arrays (complex results), and np.round
# of a complex array (each part rounded).
import numpy as np
from numba.pycc import CC

cc = CC('npsuite_forms')


@cc.export('split_rows', '(f8[:, :],)')
def split_rows(a):
    return np.split(a, 3)


@cc.export('split_points', '(f8[:],)')
def split_points(a):
    return np.split(a, [2, 5])


@cc.export('array_split_n', '(i8[:], i8)')
def array_split_n(a, n):
    return np.array_split(a, n)


@cc.export('hsplit_named', '(f8[:, :],)')
def hsplit_named(a):
    parts = np.hsplit(a, 2)
    parts[0][0, 0] = -1.0
    return parts


@cc.export('split_unpacked', '(f8[:],)')
def split_unpacked(a):
    lo, hi = np.split(a, 2)
    return lo.sum() - hi.sum()


@cc.export('dsplit_cube', '(f8[:, :, :],)')
def dsplit_cube(a):
    return np.dsplit(a, 2)


@cc.export('trap_rows', '(f8[:, :],)')
def trap_rows(y):
    return np.trapezoid(y)


@cc.export('trap_rows_x', '(f8[:, :], f8[:])')
def trap_rows_x(y, x):
    return np.trapezoid(y, x)


@cc.export('trap_cube_dx', '(i8[:, :, :], f8)')
def trap_cube_dx(y, dx):
    return np.trapezoid(y, dx=dx) * 2.0


@cc.export('trap_x_2d', '(f8[:], f8[:, :])')
def trap_x_2d(y, x):
    return np.trapezoid(y, x)


@cc.export('dtype_tests', '(f8[:], i8[:], f4[:, :])')
def dtype_tests(a, b, c):
    r = 0
    if a.dtype == np.float64:
        r += 1
    if b.dtype == np.dtype('int64'):
        r += 10
    if c.dtype != 'f8':
        r += 100
    if a.dtype == b.dtype or np.dtype(np.float32) == c.dtype:
        r += 1000
    return r, a.dtype == float, b.dtype != np.int32


@cc.export('add_out', '(f8[:], f8[:], f8[:])')
def add_out(a, b, out):
    np.cos(a, out)
    return np.add(out, b, out)


@cc.export('sqrt_out_kw', '(f8[:, :], f8[:, :])')
def sqrt_out_kw(a, out):
    return np.sqrt(a, out=out)


@cc.export('cx_cumulative', '(c16[:], c8[:, :])')
def cx_cumulative(z, w):
    return np.cumsum(z), z.cumprod(), np.cumsum(w, axis=1), np.cumprod(w)


@cc.export('cx_spread', '(c16[:], c8[:, :])')
def cx_spread(z, w):
    return np.var(z), z.std(), np.var(w, axis=0), np.std(w, ddof=1)


@cc.export('cx_tests', '(c16[:], f8[:])')
def cx_tests(z, x):
    return np.iscomplex(z), np.isreal(z), np.iscomplex(x), np.isreal(x)


@cc.export('cx_neginf', '(c16[:],)')
def cx_neginf(z):
    return np.isneginf(z)


@cc.export('cx_keep', '(c16[:],)')
def cx_keep(z):
    return np.nan_to_num(z), np.sinc(z), np.diagflat(z), np.trim_zeros(z), np.atleast_3d(z), np.asfortranarray(z)


@cc.export('cx_keep_c8', '(c8[:], c16[:, :])')
def cx_keep_c8(z, w):
    return np.nan_to_num(z, nan=1.5), np.sinc(z), np.diagflat(z, 1), np.nan_to_num(w, posinf=3.0)


@cc.export('cx_round', '(c16[:], c8[:, :], i8)')
def cx_round(z, w, d):
    return np.round(z), np.round(z, d), np.around(w, 1), (z * 2.0).round(d)


M = np.arange(12.0).reshape(3, 4) * 1.5 - 4.0
CASES = {
    'split_rows': [(M,), (np.zeros((3, 0)),), (M[:2],)],
    'split_points': [(np.arange(7.0),), (np.arange(3.0),)],
    'array_split_n': [(np.arange(7), 3), (np.arange(7), 9), (np.arange(7), 0)],
    'hsplit_named': [(M.copy(),), (M[:, :3].copy(),)],
    'split_unpacked': [(np.arange(6.0),), (np.arange(5.0),)],
    'dsplit_cube': [(np.arange(24.0).reshape(2, 3, 4),)],
    'trap_rows': [(M,), (np.zeros((2, 0)),), (np.array([[np.nan, 1.0]]),)],
    'trap_rows_x': [(M, np.array([0.0, 0.5, 2.0, 2.5])), (M, np.zeros(3))],
    'trap_cube_dx': [(np.arange(24).reshape(2, 3, 4), 0.5)],
    'dtype_tests': [(np.zeros(2), np.zeros(2, dtype=np.int64), np.zeros((1, 1), dtype=np.float32))],
    'add_out': [lambda: (np.arange(4.0), np.ones(4), np.zeros(4)), lambda: (np.zeros(2), np.ones(2), np.zeros(2))],
    'sqrt_out_kw': [lambda: (M * M, np.zeros((3, 4)))],
    'cx_cumulative': [(np.array([1 + 2j, -0.5j, 3.0, np.nan + 1j]), np.array([[1 + 1j, 2 - 1j], [0.5j, 4.0]], dtype=np.complex64)),
                      (np.zeros(0, dtype=complex), np.zeros((0, 2), dtype=np.complex64))],
    'cx_spread': [(np.array([1 + 2j, -0.5j, 3.0, 2 - 2j]), np.array([[1 + 1j, 2 - 1j], [0.5j, 4.0]], dtype=np.complex64))],
    'cx_tests': [(np.array([1 + 0j, 1j, -0.0j, np.nan + 0j]), np.array([1.0, np.nan]))],
    'cx_neginf': [(np.array([1j]),)],
    'cx_keep': [(np.array([0j, 1 + 2j, complex(np.nan, -np.inf), -0.5j, 0j]),), (np.zeros(0, dtype=complex),)],
    'cx_keep_c8': [(np.array([0j, 1 + 2j, complex(np.nan, 1.0)], dtype=np.complex64),
                    np.array([[complex(np.inf, 1.0), 2j], [0j, complex(np.nan, np.nan)]]))],
    'cx_round': [(np.array([1.25 + 2.5j, -0.5j, 3.14159 - 2.71828j, complex(np.nan, 1.5)]),
                  np.array([[1.26 + 1.24j, 2.55 - 1j]], dtype=np.complex64), 2),
                 (np.zeros(0, dtype=complex), np.zeros((0, 1), dtype=np.complex64), -1)],
    'trap_x_2d': [(np.arange(4.0), M), (np.arange(3.0), M)],
}
