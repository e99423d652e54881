# differential-python: numpy
# Fused reductions (sema/ndarray/arrayops/fused.rs): np.sum / .sum() of an elementwise float
# expression, and np.sum(expr, axis=-1), summed as the loop computes the
# items (no temporary), bit for bit numpy's pairwise summation: lengths
# around the 8-item unroll and the 128-item blocks, strided, broadcast,
# float32, -0.0, nan and inf; and the forms that still go through an array.
import numpy as np
from pycc import CC

cc = CC('fused_sums')


@cc.export('sum_sq', 'f8(f8[:])')
def sum_sq(x):
    return np.sum(x * x)


@cc.export('method_sum', 'f8(f8[:], f8[:])')
def method_sum(a, b):
    return ((a - b) / 3.0).sum()


@cc.export('rosen', 'f8(f8[:])')
def rosen(x):
    t0 = 100 * (x[1:] - x[:-1] ** 2) ** 2
    t1 = (1 - x[:-1]) ** 2
    return np.sum(t0 + t1)


@cc.export('sum_f32', 'f4(f4[:], f4[:])')
def sum_f32(a, b):
    return np.sum(a * b)


@cc.export('sum_bcast', 'f8(f8[:], f8[:])')
def sum_bcast(a, b):
    return np.sum(np.abs(a - b[0]) + np.sqrt(np.abs(b[:1])))


@cc.export('sum_2d', 'f8(f8[:, :])')
def sum_2d(m):
    return np.sum(m * 2.0 - 1.0)


@cc.export('sum_2d_two', 'f8(f8[:, :], f8[:, :])')
def sum_2d_two(m, n):
    return np.sum(m * n)


@cc.export('sum_loop', 'f8[:](f8[:, :], f8[:, :])')
def sum_loop(a, b):
    out = np.zeros(a.shape[1])
    for j in range(a.shape[1]):
        d = (a[:, j] - b[:, j]) / 2.0
        out[j] = np.sqrt((d ** 2).sum())
    return out


@cc.export('rows_last', 'f8[:](f8[:, :])')
def rows_last(x):
    return np.sqrt(np.sum(np.abs(x) ** 2, 1))


@cc.export('rows_neg', 'f8[:, :](f8[:, :], f8[:, :])')
def rows_neg(x, y):
    return np.sum(np.abs(x[:, None, :] - y), axis=-1)


@cc.export('rows_f32', 'f4[:](f4[:, :])')
def rows_f32(x):
    return (x * x).sum(axis=1)


@cc.export('mean_sq', 'f8(f8[:], f8[:])')
def mean_sq(a, b):
    return np.mean((a - b) ** 2)


@cc.export('mean_method_f32', 'f4(f4[:])')
def mean_method_f32(a):
    return (a * 3.0).mean()


@cc.export('mean_2d', 'f8(f8[:, :])')
def mean_2d(m):
    return np.mean(np.abs(m) + 1.0)


@cc.export('cmp_sum', 'i8(f8[:])')
def cmp_sum(x):
    return np.sum(x > 0.5)


@cc.export('int_sum', 'i8(i8[:])')
def int_sum(x):
    return np.sum(x * 3)


@cc.export('sum_int_rows', 'i8[:](i8[:, :])')
def sum_int_rows(x):
    return np.sum(x + 1, axis=-1)


@cc.export('multiple_sum', 'f8[:, :](f8[:, :])')
def multiple_sum(array):
    rows = array.shape[0]
    out = np.zeros((rows, array.shape[1]))
    for row in range(0, rows):
        out[row, :] = np.sum(array - array[row, :], 0)
    return out


@cc.export('col_sums', 'f8[:](f8[:, :], f8[:, :])')
def col_sums(a, b):
    return np.sum(a * b - 0.5, axis=0)


@cc.export('col_sums_lone', 'f4[:](f4[:, :])')
def col_sums_lone(a):
    return (a * 2.0).sum(-2)


def vec(n, seed=0):
    return lambda: (np.random.default_rng(seed).standard_normal(n) * 10.0 ** np.random.default_rng(seed + 1).integers(-6, 6, n),)


def mat(r, c, seed=0, order='C'):
    return lambda: (np.asarray(np.random.default_rng(seed).standard_normal((r, c)) * 1e3, order=order),)


SIZES = [0, 1, 2, 7, 8, 9, 15, 16, 17, 127, 128, 129, 130, 255, 256, 257, 300, 1000, 4099, 10007, 100003]

CASES = {
    'sum_sq': [vec(n, n) for n in SIZES]
    + [lambda: (np.array([-0.0]),), lambda: (np.array([1.0, np.nan, 2.0]),), lambda: (np.array([np.inf, 1.0] * 9),),
       lambda: (np.arange(1000.0)[::-3],)],
    'method_sum': [lambda n=n: (vec(n, 1)()[0], vec(n, 2)()[0]) for n in SIZES]
    + [lambda: (np.arange(10.0), np.arange(1.0)), lambda: (np.arange(10.0), np.arange(3.0))],
    'rosen': [vec(n, 3) for n in [1, 2, 9, 130, 5000]] + [lambda: (np.arange(100000, dtype=float),)],
    'sum_f32': [lambda n=n: (vec(n, 4)()[0].astype(np.float32), vec(n, 5)()[0].astype(np.float32)) for n in SIZES],
    'sum_bcast': [lambda n=n: (vec(n, 6)()[0], vec(3, 7)()[0]) for n in [1, 8, 129, 1000]],
    'sum_2d': [mat(3, 5), mat(13, 17, 1), mat(100, 70, 2), mat(40, 30, 3, 'F'), lambda: (mat(50, 60, 4)()[0][::2, 1:],),
               lambda: (np.zeros((0, 3)),)],
    'sum_2d_two': [lambda: (mat(30, 40, 5)()[0], mat(30, 40, 6)()[0]), lambda: (mat(30, 40, 5)()[0], mat(1, 40, 6)()[0]),
                   lambda: (mat(9, 9, 5, 'F')()[0], mat(9, 9, 6)()[0])],
    'sum_loop': [lambda: (mat(70, 70, 7)()[0], mat(70, 70, 8)()[0]), lambda: (mat(300, 5, 7)()[0], mat(300, 5, 8)()[0])],
    'rows_last': [mat(100, 100, 9), mat(7, 300, 10), mat(5, 0, 1), mat(0, 4, 1), mat(20, 30, 2, 'F'),
                  lambda: (mat(40, 60, 4)()[0][:, ::3],)],
    'rows_neg': [lambda: (mat(20, 30, 11)()[0], mat(20, 30, 12)()[0]), lambda: (mat(3, 200, 11)()[0], mat(5, 200, 12)()[0])],
    'rows_f32': [lambda: (mat(10, 300, 13)()[0].astype(np.float32),), lambda: (mat(4, 9, 14)()[0].astype(np.float32),)],
    'mean_sq': [lambda n=n: (vec(n, 15)()[0], vec(n, 16)()[0]) for n in SIZES],
    'mean_method_f32': [lambda n=n: (vec(n, 17)()[0].astype(np.float32),) for n in SIZES],
    'mean_2d': [mat(3, 5), mat(130, 17, 1), mat(40, 30, 3, 'F'), lambda: (mat(50, 60, 4)()[0][::2, 1:],),
                lambda: (np.zeros((0, 3)),)],
    'cmp_sum': [vec(n, n) for n in [0, 5, 1000]],
    'int_sum': [lambda: (np.arange(100),), lambda: (np.array([2**62, 2**62, 7]),)],
    'sum_int_rows': [lambda: (np.arange(12).reshape(3, 4),)],
    'multiple_sum': [mat(10, 10), mat(3, 1), mat(0, 4), mat(1, 5), mat(200, 3), mat(7, 9, 1, 'F'),
                     lambda: (np.array([[-0.0, 1.0], [-0.0, np.nan]]),)],
    'col_sums': [lambda: (mat(300, 5)()[0], mat(300, 5, 1)()[0]), lambda: (mat(3000, 1)()[0], mat(3000, 1, 1)()[0]),
                 lambda: (mat(40, 6, 0, 'F')()[0], mat(40, 6, 1, 'F')()[0]), lambda: (mat(40, 6)()[0], mat(1, 6, 1)()[0]),
                 lambda: (np.full((2, 2), -0.0), np.full((2, 2), 0.0)), lambda: (mat(0, 3)()[0], mat(0, 3)()[0]),
                 lambda: (mat(4, 3)()[0], mat(3, 4)()[0])],
    'col_sums_lone': [lambda: (mat(500, 4)()[0].astype(np.float32),), lambda: (mat(6, 5, 0, 'F')()[0].astype(np.float32),),
                      lambda: (mat(2000, 1)()[0].astype(np.float32),), lambda: (mat(9, 4)()[0][::2].astype(np.float32),)],
}
