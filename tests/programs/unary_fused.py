# differential-python: numpy
# Unary `-`, `+` and `~` of array expressions are nodes of the fused
# elementwise tree (src/sema/ndarray/arrayops/unary.rs): `np.exp(-s)`,
# `-(a * 2.0) + 1.0` and `~(a < b)` are one loop with no temporary for the
# negated operand (numpy-benchmarks' log_likelihood). numpy's values: unsigned
# negation wraps, int8 MIN negates to itself, -0.0 and nan keep their signs'
# rules, `~` is logical not of bools and bitwise not of ints, `+` copies;
# broadcast ValueErrors in numpy's order, empty arrays, strided views,
# in-place updates and fused sums of negated operands.
import numpy as np
from pycc import CC

cc = CC('unary_fused')


@cc.export('loglik', 'f8(f8[:], f8, f8)')
def loglik(data, mean, sigma):
    s = (data - mean) ** 2 / (2 * (sigma ** 2))
    pdfs = np.exp(- s)
    pdfs /= np.sqrt(2 * np.pi) * sigma
    return np.log(pdfs).sum()


@cc.export('floats', '(f8[:], f8[:])')
def floats(a, b):
    return -(a * 2.0) + 1.0, +(a - b) * 3.0, np.exp(-a[::2]), -(-a), a * -b, np.sum(-(a * b))


@cc.export('ints', '(i1[:], u2[:], i8[:, :])')
def ints(a, u, m):
    return -a + 1, -(u * 3) - 1, ~(u + 1), ~m[:, 0] * 2, -(m + m), np.sum(~u)


@cc.export('bools', '(f8[:], f8[:], b1[:])')
def bools(a, b, m):
    return ~(a < b), ~m & (a > 0.0), ~~m, np.sum(~(a < b)), a[~(a > 1.0)]


@cc.export('broadcast', '(f8[:, :], f8[:])')
def broadcast(m, v):
    return -m + -v, np.exp(-(m * v))


@cc.export('inplace', '(f8[:, :], f8[:])')
def inplace(m, v):
    m += -(v * 2.0)
    m[0] = -m[1] + 1.0
    m[:, 1] -= +(-v[:m.shape[0]])
    return m


@cc.export('positive_copy', '(f8[:],)')
def positive_copy(a):
    b = +a
    b[0] = 7.0
    c = np.positive(a * 1.0) - 1.0
    return a, b, c, -(+a)


NAN = float('nan')
CASES = {
    'loglik': [lambda: (np.random.default_rng(0).random(1000), 0.1, 1.1), lambda: (np.zeros(0), 0.0, 1.0),
               lambda: (np.array([0.5, NAN, np.inf]), 0.1, 1.1)],
    'floats': [lambda: (np.array([0.0, -0.0, 1.5, NAN, -np.inf]), np.array([1.0, 2.0, -0.0, 3.0, 4.0])),
               lambda: (np.zeros(0), np.zeros(0)),
               lambda: (np.ones(3), np.ones(4))],
    'ints': [lambda: (np.array([-128, -1, 0, 127], dtype=np.int8), np.array([0, 1, 65535, 300], dtype=np.uint16),
                      np.array([[1, -2], [2**63 - 1, -2**63], [0, 5], [3, 4]], dtype=np.int64)),
             lambda: (np.zeros(0, dtype=np.int8), np.zeros(0, dtype=np.uint16), np.zeros((0, 2), dtype=np.int64)),
             lambda: (np.zeros(2, dtype=np.int8), np.zeros(3, dtype=np.uint16), np.zeros((2, 2), dtype=np.int64))],
    'bools': [lambda: (np.array([0.5, 2.0, NAN, -1.0]), np.array([1.0, 1.0, 0.0, NAN]), np.array([True, False, True, False])),
              lambda: (np.zeros(0), np.zeros(0), np.zeros(0, dtype=bool)),
              lambda: (np.zeros(2), np.zeros(3), np.zeros(2, dtype=bool))],
    'broadcast': [lambda: (np.arange(6.0).reshape(2, 3), np.array([1.0, -0.0, NAN])),
                  lambda: (np.zeros((0, 3)), np.zeros(3)),
                  lambda: (np.zeros((2, 3)), np.zeros(2))],
    'inplace': [lambda: (np.arange(6.0).reshape(3, 2), np.array([1.0, -2.0])),
                lambda: (np.arange(6.0).reshape(3, 2), np.array([1.0, -2.0, 3.0])),
                lambda: (np.zeros((2, 2)), np.zeros(3))],
    'positive_copy': [lambda: (np.array([1.0, -0.0, NAN]),), lambda: (np.zeros(0),)],
}
