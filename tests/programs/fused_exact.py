# differential-python: numpy
# Order-free reductions of an elementwise expression, no axis, fused into
# one loop (src/sema/ndarray/arrayops/exact.rs): np.any/np.all, np.min/np.max (floats: a
# zero, a nan or an empty operand is numpy's own result), np.argmin/argmax
# (C order, first extreme or first nan), np.sum/np.prod
# of ints and bools (wrapping int64/uint64 accumulators), as functions and
# as methods. Bit for bit numpy's values and errors.
import numpy as np
from pycc import CC

cc = CC('fused_exact_prog')


@cc.export('maxdiff', 'f8(f8[:], f8[:])')
def maxdiff(a, b):
    return np.max(np.abs(a - b))


@cc.export('mindiff', 'f8(f8[:, :], f8[:])')
def mindiff(a, b):
    return (a * b - 1.0).min()


@cc.export('amax32', 'f4(f4[:], f4)')
def amax32(a, s):
    return np.amax(a * s)


@cc.export('any_neg', 'b1(f8[:], f8)')
def any_neg(a, t):
    return np.any(a < t)


@cc.export('all_close', 'b1(f8[:], f8[:], f8)')
def all_close(a, b, tol):
    return np.all(np.abs(a - b) <= tol)


@cc.export('any_float', 'b1(f8[:])')
def any_float(a):
    return (a - 1.0).any()


@cc.export('count_big', 'i8(f8[:, :], f8)')
def count_big(a, t):
    return np.sum(a > t)


@cc.export('isum', 'i8(i4[:], i4[:])')
def isum(a, b):
    return (a * b).sum()


@cc.export('usum', 'u8(u1[:])')
def usum(a):
    return np.sum(a + a)


@cc.export('iprod', 'i8(i8[:])')
def iprod(a):
    return np.prod(a + 1)


@cc.export('imax', 'i8(i8[:], i8[:])')
def imax(a, b):
    return np.max(a - b)


@cc.export('imin8', 'i8(i1[:])')
def imin8(a):
    return np.min(a * 2)


@cc.export('bmax', 'b1(f8[:], f8[:])')
def bmax(a, b):
    return np.max(a > b)


@cc.export('bmin', 'b1(f8[:], f8[:])')
def bmin(a, b):
    return (a > b).min()


@cc.export('converge', 'i8(f8[:], f8)')
def converge(x, tol):
    y = x.copy()
    k = 0
    while k < 100:
        z = 0.5 * (y + 2.0 / y)
        if np.max(np.abs(z - y)) < tol:
            break
        y = z
        k += 1
    return k


@cc.export('argmax2', 'i8(f8[:, :], f8[:])')
def argmax2(a, b):
    return np.argmax(a - b)


@cc.export('argmin1', 'i8(f8[:], f8)')
def argmin1(a, s):
    return (np.abs(a - s)).argmin()


@cc.export('argmax_int', 'i8(i4[:], i4[:])')
def argmax_int(a, b):
    return np.argmax(a * b)


@cc.export('argmin_bool', 'i8(f8[:], f8)')
def argmin_bool(a, t):
    return np.argmin(a > t)


@cc.export('argmax_t', 'i8(f8[:, :])')
def argmax_t(a):
    return np.argmax(a.T * 2.0)


@cc.export('plain_int', 'i8(i4[:, :])')
def plain_int(a):
    return np.sum(a) + int(a.max()) * 3 + int(np.min(a[:, ::2])) + np.prod(a[0])


@cc.export('plain_u8', 'i8(u1[:])')
def plain_u8(a):
    return np.max(a) - a.min() + np.sum(a)


@cc.export('plain_bool', 'i8(b1[:])')
def plain_bool(m):
    return np.sum(m) * 10 + np.any(m) * 2 + m.all() + np.max(m) * 100


@cc.export('plain_any', 'b1(f8[:], f8[:, :])')
def plain_any(x, y):
    return np.any(x) and not np.all(y[::-1])


@cc.export('plain_float', 'f8(f8[:])')
def plain_float(a):
    return np.max(a) - a.min()


@cc.export('plain_arg', 'i8(f4[:, :])')
def plain_arg(a):
    return np.argmax(a) * 100000 + a.argmin()


@cc.export('plain_view_arg', 'i8(f8[:])')
def plain_view_arg(a):
    return np.argmin(a[::-2])


def R(n, seed):
    return np.random.default_rng(seed).standard_normal(n)


nan, inf = float('nan'), float('inf')
Z = np.array([0.0, -0.0, 0.0, -0.0])
CASES = {
    'maxdiff': [(R(100, 1), R(100, 2)), (R(5, 1), R(1, 2)), (R(0, 1), R(0, 2)), (R(3, 1), R(4, 2)),
                (np.array([1.0, nan, 2.0]), np.zeros(3)), (Z, Z), (np.array([-inf]), np.array([0.0]))],
    'mindiff': [(R(12, 3).reshape(3, 4), R(4, 4)), (np.zeros((2, 2)) + 1.0, np.ones(2)), (np.ones((0, 3)), R(3, 1)),
                (R(6, 3).reshape(2, 3), np.array([1.0, nan, 0.0]))],
    'amax32': [(R(50, 5).astype(np.float32), 3.0), (np.array([-0.0, 0.0], np.float32), 1.0), (np.zeros(0, np.float32), 1.0)],
    'any_neg': [(R(10, 6), 0.0), (np.abs(R(10, 6)), 0.0), (np.zeros(0), 0.0), (np.array([nan]), 0.0)],
    'all_close': [(R(10, 7), R(10, 7) + 1e-9, 1e-6), (R(10, 7), R(10, 8), 1e-6), (R(0, 1), R(0, 1), 0.0),
                  (np.array([nan]), np.array([nan]), 1.0)],
    'any_float': [(np.ones(5),), (np.array([1.0, 1.0, nan]),), (np.zeros(0),)],
    'count_big': [(R(20, 9).reshape(4, 5), 0.0), (R(20, 9).reshape(4, 5), 9.0), (np.ones((0, 2)), 0.0)],
    'isum': [(np.arange(-5, 5, dtype=np.int32), np.arange(10, dtype=np.int32)),
             (np.full(4, 2**31 - 1, np.int32), np.full(4, 2**31 - 1, np.int32)), (np.zeros(0, np.int32), np.zeros(0, np.int32))],
    'usum': [(np.arange(250, dtype=np.uint8),)],
    'iprod': [(np.arange(1, 10),), (np.arange(1, 40),), (np.zeros(0, np.int64),)],
    'imax': [(np.arange(10), np.arange(10)[::-1].copy()), (np.zeros(0, np.int64), np.zeros(0, np.int64)),
             (np.array([-2**63]), np.array([0]))],
    'imin8': [(np.array([100, -100, 3], np.int8),), (np.zeros(0, np.int8),)],
    'bmax': [(R(5, 1), R(5, 2)), (np.zeros(3), np.ones(3)), (np.zeros(0), np.zeros(0))],
    'bmin': [(R(5, 1), R(5, 2)), (np.ones(3), np.zeros(3)), (np.zeros(0), np.zeros(0))],
    'argmax2': [(R(12, 1).reshape(3, 4), R(4, 2)), (np.ones((2, 2)), np.ones(2)), (np.ones((0, 2)), np.ones(2)),
                (np.array([[1.0, nan], [nan, 5.0]]), np.zeros(2)), (np.full((2, 3), -inf), np.zeros(3))],
    'argmin1': [(R(20, 3), 0.5), (np.array([3.0, 1.0, 1.0, -0.0, 0.0]), 0.0), (np.array([inf, inf]), 0.0), (np.zeros(0), 1.0),
                (np.array([2.0, nan, 0.0]), 0.0)],
    'argmax_int': [(np.array([3, -7, 7, 2], np.int32), np.array([1, -1, 1, 3], np.int32)),
                   (np.full(3, -2**31, np.int32), np.ones(3, np.int32))],
    'argmin_bool': [(R(8, 4), 0.0), (np.ones(4), 0.0), (np.zeros(0), 0.0)],
    'argmax_t': [(R(12, 5).reshape(3, 4),), (np.arange(6.0).reshape(2, 3)[:, ::-1],)],
    'plain_int': [(np.arange(-6, 6, dtype=np.int32).reshape(3, 4),), (np.full((2, 2), 2**31 - 1, np.int32),),
                  (np.zeros((0, 2), np.int32),), (np.zeros((2, 0), np.int32),)],
    'plain_u8': [(np.arange(3, 200, dtype=np.uint8),), (np.zeros(0, np.uint8),)],
    'plain_bool': [(np.array([True, False, True]),), (np.ones(3, bool),), (np.zeros(0, bool),)],
    'plain_any': [(np.zeros(3), np.ones((2, 2))), (np.array([0.0, nan]), np.array([[1.0, 0.0]])), (np.zeros(0), np.zeros((0, 0)))],
    'plain_float': [(R(10, 1),), (R(5000, 2),), (np.array([0.0, -0.0]),), (np.array([-0.0, 0.0]),), (np.array([1.0, nan]),),
                    (np.zeros(0),), (np.array([-inf, inf]),), (np.full(2000, -0.0),)],
    'plain_arg': [(R(12, 3).astype(np.float32).reshape(3, 4),), (R(6000, 4).astype(np.float32).reshape(2, 3000),),
                  (np.array([[1.0, nan], [nan, 0.0]], np.float32),), (np.zeros((0, 3), np.float32),)],
    'plain_view_arg': [(R(9, 5),), (R(4001, 6),), (np.array([3.0, 1.0, 1.0, 1.0]),), (np.zeros(0),)],
    'converge': [(np.array([1.0, 2.0, 3.0]), 1e-12), (np.array([1.0, nan]), 1e-12)],
}
