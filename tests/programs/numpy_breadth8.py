# differential-python: numpy
# numpy breadth, part 8 (issue 17): ufuncs of numbers with numpy's result
# dtypes (np.add(1, 2) is int64, np.divide of ints float64, np.power and
# np.fmod of ints stay ints, np.negative/np.square of ints wrap as int64),
# np.reciprocal, np.gcd, np.lcm and np.ldexp of numbers and arrays (numpy's
# int loops), np.heaviside and np.float_power of two numbers, and
# np.isnan/np.isinf/np.isfinite of complex arrays, the two-result ufuncs
# np.frexp/np.modf/np.divmod of numbers and arrays (unpacked), and numba's
# np.linalg.pinv(a, rcond)/matrix_rank(A, tol): numpy's values, dtypes
# and errors.
import numpy as np
from pycc import CC

cc = CC('numpy_breadth8_prog')


@cc.export('arith', '(i8, i8, f8, f8)')
def arith(i, j, x, y):
    return (np.add(i, j), np.subtract(i, j), np.multiply(i, j), np.divide(i, j), np.true_divide(x, y),
            np.floor_divide(i, j), np.remainder(i, j), np.mod(x, y), np.floor_divide(x, y), np.add(i, x),
            np.multiply(True, i), np.left_shift(i, 3), np.right_shift(i, 1), np.subtract(x, i))


@cc.export('int_powers', '(i8, i8, i4)')
def int_powers(i, j, k):
    return np.power(i, j), np.fmod(i, j), np.power(k, 2), np.fmod(-7, k), np.power(i, 0.5), np.fmod(i, 2.5)


@cc.export('neg_square', '(i8, i4, b1, f8)')
def neg_square(i, k, b, x):
    return np.negative(i), np.square(i), np.negative(k), np.square(k), np.square(b), np.negative(x), np.square(x)


@cc.export('recip_gcd', '(i8, i8, f8)')
def recip_gcd(i, j, x):
    return (np.reciprocal(i), np.reciprocal(x), np.gcd(i, j), np.lcm(i, j), np.ldexp(x, i), np.ldexp(i, 2),
            np.reciprocal(True))


@cc.export('recip_gcd_arrays', '(i8[:], i4[:], f8[:], f4[:], u1[:])')
def recip_gcd_arrays(a, k, v, f, u):
    return (np.reciprocal(a), np.reciprocal(v), np.reciprocal(f), np.gcd(a, k), np.lcm(k, 6), np.gcd(u, k),
            np.ldexp(v, k), np.ldexp(f, 3), np.ldexp(a, a), np.fmod(a, k), np.power(k, 3), np.fmod(v, 1.5),
            np.power(a, k))


@cc.export('heaviside_numbers', '(f8, f8, i8)')
def heaviside_numbers(x, y, i):
    return np.heaviside(x, y), np.heaviside(i, 0.5), np.float_power(x, y), np.float_power(i, 2), np.float_power(i, -1)


@cc.export('two_results', '(f8, i8, f8[:], i4[:, :], f4[:])')
def two_results(x, i, v, k, f):
    m, e = np.frexp(x)
    fm, fi = np.modf(x)
    q, r = np.divmod(i, 7)
    qf, rf = np.divmod(x, -1.5)
    am, ae = np.frexp(v)
    bm, bi = np.modf(f)
    aq, ar = np.divmod(k, 3)
    cq, cr = np.divmod(v, f)
    im, ie = np.frexp(i)
    return m, e, fm, fi, q, r, qf, rf, am, ae, bm, bi, aq, ar, cq, cr, im, ie


@cc.export('divmod_zero', '(i4[:], i8)')
def divmod_zero(k, i):
    q, r = np.divmod(k, i)
    return q, r, np.divmod(i, 0)[0]


@cc.export('linalg_tol', '(f8[:, :], f8)')
def linalg_tol(m, t):
    return np.linalg.pinv(m, t), np.linalg.pinv(m, rcond=1e-3), np.linalg.matrix_rank(m, t), np.linalg.matrix_rank(m, tol=None)


@cc.export('complex_array_tests', '(c16[:], c8[:, :])')
def complex_array_tests(z, w):
    n = np.isnan(z)
    return n, np.isinf(z), np.isfinite(w), np.isnan(w).sum(), np.isinf(z * 2.0), np.isfinite(z).all(), n.any()


@cc.export('imag_of_real', '(f8[:], i4[:, :])')
def imag_of_real(v, k):
    z = v.imag
    return z, k.imag, np.imag(v), z.sum() + v.imag.size, np.imag(k).shape[1]


@cc.export('imag_store', '(f8[:],)')
def imag_store(v):
    z = v.imag
    z[0] = 1.0
    return z


@cc.export('float32_numbers', '(f4[:], f8)')
def float32_numbers(f, x):
    a, b = f[0], f[1]
    return (np.add(a, b), np.multiply(a, b), np.divide(a, b), np.reciprocal(a), np.add(x, 1.5, dtype=np.float32),
            np.floor_divide(a, b))


CASES = {
    'arith': [lambda: (7, -2, 2.5, -0.75), lambda: (-9, 4, -0.0, 0.0), lambda: (0, 0, 1.0, 0.0),
              lambda: (2**62, 2**62, np.inf, np.nan), lambda: (-2**63, -1, 5e300, 1e-300)],
    'int_powers': [lambda: (3, 4, 5), lambda: (-2, 63, -3), lambda: (7, 0, 1), lambda: (0, 0, 2**31 - 1),
                   {'args': (2, -1, 3), 'kwargs': {}}],
    'neg_square': [lambda: (5, -3, True, -0.0), lambda: (-2**63, -2**31, False, np.nan), lambda: (2**32, 65536, True, 1e200)],
    'recip_gcd': [lambda: (3, 12, 0.25), lambda: (1, -18, -0.0), lambda: (-1, 0, 3.0), lambda: (0, 7, 1e-320),
                  lambda: (-2**63, 6, np.inf), lambda: (2000, 0, 1.5)],
    'recip_gcd_arrays': [lambda: (np.array([1, -1, 2, 0, 7]), np.array([4, 6, -9, 0, 14], np.int32),
                                  np.array([0.5, -0.0, 3.0, np.inf, np.nan]), np.array([2.0, -4.0, 0.0, 1e-3, 8.0], np.float32),
                                  np.array([0, 255, 12, 9, 3], np.uint8)),
                         lambda: (np.zeros(0, np.int64), np.zeros(0, np.int32), np.zeros(0), np.zeros(0, np.float32),
                                  np.zeros(0, np.uint8)),
                         {'args': (np.array([1, 2]), np.array([1, -1], np.int32), np.ones(2), np.ones(2, np.float32),
                                   np.ones(2, np.uint8)), 'kwargs': {}},
                         {'args': (np.array([1, 2]), np.array([1, 2, 3], np.int32), np.ones(3), np.ones(3, np.float32),
                                   np.ones(3, np.uint8)), 'kwargs': {}}],
    'heaviside_numbers': [lambda: (-1.5, 0.5, 2), lambda: (0.0, 0.25, 0), lambda: (np.nan, 1.0, -3),
                          lambda: (-0.0, np.nan, 0), lambda: (2.0, 0.5, 7)],
    'two_results': [lambda: (6.5, -20, np.array([0.0, -3.25, np.inf, np.nan, 1e-310]), np.array([[7, -8], [0, 9]], np.int32),
                             np.array([2.5, -0.5, 1.0, -7.0, 3.0], np.float32)),
                    lambda: (-0.0, 0, np.zeros(0), np.zeros((0, 2), np.int32), np.zeros(0, np.float32)),
                    lambda: (np.nan, 2**62, np.array([1.0]), np.ones((1, 1), np.int32), np.array([0.0], np.float32)),
                    {'args': (1.0, 1, np.ones(2), np.ones((2, 2), np.int32), np.ones(3, np.float32)), 'kwargs': {}}],
    'divmod_zero': [lambda: (np.array([5, -5, 0], np.int32), 0), lambda: (np.array([-2**31, 7], np.int32), -1)],
    'complex_array_tests': [lambda: (np.array([1 + 2j, complex(np.nan, 0.0), complex(0.0, -np.inf), complex(np.inf, np.nan)]),
                                     np.array([[1 + 1j, complex(0.0, np.nan)], [complex(-np.inf, 1.0), 0j]], np.complex64)),
                            lambda: (np.zeros(0, np.complex128), np.zeros((0, 2), np.complex64)),
                            lambda: (np.array([1e308 + 1e308j]), np.array([[3e38 + 0j]], np.complex64))],
    'imag_of_real': [lambda: (np.array([1.5, -2.0, np.nan]), np.arange(6, dtype=np.int32).reshape(2, 3)),
                     lambda: (np.zeros(0), np.zeros((3, 0), np.int32)),
                     lambda: (np.arange(6.0)[::2], np.asfortranarray(np.ones((2, 2), np.int32)))],
    'imag_store': [{'args': (np.ones(3),), 'kwargs': {}}],
    'float32_numbers': [lambda: (np.array([3.0, 0.1], np.float32), 0.1), lambda: (np.array([-0.0, 0.0], np.float32), 1e30),
                        lambda: (np.array([1e38, 1e-3], np.float32), -2.5)],
    'linalg_tol': [lambda: (np.array([[1.0, 2.0], [2.0, 4.0001]]), 1e-2), lambda: (np.array([[1.0, 0.0, 2.0], [0.0, 3.0, 1.0]]), 0.5),
                   lambda: (np.zeros((2, 2)), 0.0)],
}
