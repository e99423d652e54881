# differential-python: numpy
# Fused complex128 division and expressions into a new array
# (src/sema/ndarray/arrayops/cxfused.rs): `z / w` of complex arrays, real arrays and
# numbers is numpy's Smith division with a reciprocal (loops.c.src
# C@TYPE@_divide: |re| >= |im| picks the ratio, a zero divisor gives
# a/|re|, b/|im|, a nan one the other branch) computed inline, and an
# expression of two or more operations (or a division) is one loop into a
# C-ordered array; n-d operands that are not all C-ordered, and complex64,
# stay numpy's calls.
import numpy as np
from pycc import CC

cc = CC('complex_fused_div_prog')


@cc.export('normalize', 'c16[:](c16[:])')
def normalize(a):
    a_oo = a - a.real.min() - 1j * a.imag.min()
    return a_oo / np.abs(a_oo).max()


@cc.export('div_real', 'c16[:](c16[:], f8)')
def div_real(z, x):
    return z / x


@cc.export('div_number', 'c16[:](c16[:], c16)')
def div_number(z, w):
    return z / w


@cc.export('div_arrays', 'c16[:, :](c16[:, :], c16[:, :])')
def div_arrays(z, w):
    return z / w


@cc.export('div_bcast', 'c16[:, :](c16[:, :], c16[:])')
def div_bcast(z, w):
    return z / w


@cc.export('real_by_cx', 'c16[:](f8[:], c16[:])')
def real_by_cx(x, z):
    return x / z


@cc.export('number_by_cx', 'c16[:](c16[:])')
def number_by_cx(z):
    return (2 - 1j) / z + 1 / z


@cc.export('chain', 'c16[:](c16[:], c16[:], f8[:])')
def chain(z, w, x):
    return (z - 1) * w + x


@cc.export('reversed_view', 'c16[:](c16[:])')
def reversed_view(z):
    return -z[::-1] / 3.0


@cc.export('fortran', 'c16[:, :](c16[:, :], c16[:, :])')
def fortran(z, w):
    return z.T / w - 1


@cc.export('idiv', 'c16[:](c16[:], c16[:])')
def idiv(z, w):
    # A copy: the differential test compares a written argument's NaNs by
    # sign, which numpy's own loops do not agree on.
    y = z.copy()
    y /= w * 2
    return y


@cc.export('idiv_real', 'c16[:, :](c16[:, :], f8)')
def idiv_real(z, x):
    y = z.copy()
    y /= -np.conj(z[0]) + x
    return y


@cc.export('idiv_inplace', 'c16[:](c16[:], c16[:])')
def idiv_inplace(z, w):
    z /= w
    return z


@cc.export('sum_div', 'c16(c16[:], c16[:])')
def sum_div(z, w):
    return np.sum(z / w)


@cc.export('argmin_div', 'i8(c16[:], c16)')
def argmin_div(z, w):
    return np.argmin(np.abs(z / w - 1))


@cc.export('div64', 'c8[:](c8[:], c8[:])')
def div64(z, w):
    return z / w - 1


def C(n, seed):
    g = np.random.default_rng(seed)
    return g.standard_normal(n) + 1j * g.standard_normal(n)


def R(n, seed):
    return np.random.default_rng(seed).standard_normal(n)


nan, inf = float('nan'), float('inf')
ODD = np.array([complex(nan, 1), complex(1, nan), complex(inf, nan), complex(nan, -inf), complex(-0.0, -0.0),
                complex(0.0, -0.0), complex(inf, inf), complex(-inf, 2), 1e308 + 1e308j, 3 + 4j, 5e-324 + 0j,
                complex(-nan, 1), complex(2, -nan), complex(-nan, -nan), complex(-nan, inf), 0j, complex(0, inf),
                complex(-inf, -0.0), 1e-308 + 1e308j, complex(-2.5, 0.0)])
N = len(ODD)
# Every pair of odd values: numerators repeated, divisors tiled.
ZZ = np.repeat(ODD, N).reshape(N, N)
WW = np.tile(ODD, N).reshape(N, N)
CASES = {
    'normalize': [(C(10000, 1),), (C(7, 2),), (C(1, 3),), (ODD,), (np.array([1 + 1j, 1 + 1j]),), (C(0, 1),)],
    'div_real': [(C(9, 1), x) for x in [2.5, -3.0, 0.0, -0.0, nan, inf, -inf, 5e-324, 1e308]] + [(ODD, 0.0), (ODD, -0.0), (ODD, 7.0), (C(0, 1), 2.0)],
    'div_number': [(C(9, 1), w) for w in [1 + 2j, 0j, complex(-0.0, 0.0), complex(nan, 0), complex(0, nan), complex(inf, 1), 1e308 + 1e-308j, -3j, complex(2, -0.0)]]
                  + [(ODD, w) for w in ODD],
    'div_arrays': [(ZZ, WW), (C(12, 1).reshape(3, 4), C(12, 2).reshape(3, 4)), (C(12, 1).reshape(3, 4), C(4, 2).reshape(1, 4)),
                   (C(0, 1).reshape(0, 3), C(3, 2).reshape(1, 3)), (C(12, 1).reshape(3, 4), C(12, 2).reshape(4, 3))],
    'div_bcast': [(C(12, 1).reshape(3, 4), C(4, 2)), (ZZ, ODD), (C(6, 1).reshape(2, 3), C(2, 1))],
    'real_by_cx': [(R(9, 1), C(9, 2)), (np.repeat(ODD.real, N), np.tile(ODD, N)), (R(4, 1), C(3, 1))],
    'number_by_cx': [(C(1001, 4),), (ODD,), (C(0, 1),)],
    'chain': [(C(1000, 1), C(1000, 2), R(1000, 3)), (ODD, ODD[::-1].copy(), ODD.imag.copy()), (C(3, 1), C(1, 2), R(3, 1)), (C(3, 1), C(2, 2), R(3, 1))],
    'reversed_view': [(C(11, 1),), (ODD,), (C(0, 1),)],
    'fortran': [(C(12, 1).reshape(4, 3), C(12, 2).reshape(3, 4)), (np.asfortranarray(C(12, 1).reshape(3, 4)), C(12, 2).reshape(4, 3))],
    'idiv': [(C(9, 1), C(9, 2)), (np.repeat(ODD, N), np.tile(ODD, N)), (C(5, 1), C(1, 2)), (C(5, 1), C(2, 2))],
    'idiv_real': [(C(12, 1).reshape(3, 4), 0.5), (ZZ.copy(), 0.0), (C(12, 1).reshape(3, 4), nan)],
    'idiv_inplace': [(C(9, 1), C(9, 2)), (np.array([1 + 1j, -0.0j, 4 + 0j]), np.array([2j, 1e308 + 1j, -0.0 + 5e-324j]))],
    'sum_div': [(C(n, 1), C(n, 2)) for n in [0, 1, 5, 8, 9, 64, 65, 129, 1000]] + [(np.repeat(ODD, N), np.tile(ODD, N))],
    'argmin_div': [(C(100, 1), 1 + 1j), (ODD, 0j), (ODD, 2 - 1j), (C(2000, 1), -0.5j)],
    'div64': [(C(10, 1).astype(np.complex64), C(10, 2).astype(np.complex64))],
}
