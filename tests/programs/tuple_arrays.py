# differential-python: numpy
# Arrays inside tuples (numba's Tuple((f8[:], i8)), UniTuple(f8[:, :], 2)) as
# arguments and returns, in the body (literals, t[k], unpacking, helpers'
# results and arguments), and unpacking an array into names (CPython's
# ValueError on a length mismatch); compared with CPython and numpy.
import numpy as np
from pycc import CC

cc = CC('tuple_arrays_prog')


@cc.export('pair', 'Tuple((f8[:], i8))(f8[:], i8)')
def pair(a, k):
    return a, k + 1


@cc.export('two_new', 'Tuple(f8[:], i8[:])(i8)')
def two_new(n):
    return np.zeros(n) + 1.5, np.arange(n)


def ramps(n):
    a = np.arange(n) * 2.0
    b = np.ones((n, 2), dtype=np.int32)
    return a, b


@cc.export('from_helper', '(i8,)')
def from_helper(n):
    x, y = ramps(n)
    x[0] = -1.0
    y[n - 1, 1] = 7
    return y, x


@cc.export('whole', '(i8,)')
def whole(n):
    t = ramps(n)
    return t


def total(t):
    a, b = t
    return a.sum() + b.sum()


@cc.export('pass_tuple', 'f8(f8[:], i8[:])')
def pass_tuple(a, b):
    t = (a, b)
    return total(t) + total((b[::-1] * 1.0, a))


@cc.export('dot_pair', 'f8(UniTuple(f8[:, :], 2))')
def dot_pair(t):
    a = t[0]
    b = t[-1]
    s = 0.0
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            s += a[i, j] * b[i, j]
    return s


@cc.export('bump', '(Tuple((f8[:], i8)),)')
def bump(t):
    a, k = t
    a[0] += k
    return t


@cc.export('views', 'UniTuple(f8[:, :], 3)(f8[:, :])')
def views(a):
    return a[1:], a.T, a[:, ::2] * 2.0


@cc.export('cplx', 'Tuple(c16[:], c16)(c16[:])')
def cplx(z):
    return z[::-1], z[0]


@cc.export('unpack1', 'f8(f8[:])')
def unpack1(a):
    x, y = a
    return x - y


@cc.export('unpack_diff', 'f8(f8[:, :])')
def unpack_diff(a):
    s = 0.0
    for i in range(1, a.shape[0]):
        dx, dy = a[i] - a[i - 1]
        s += dx * dx + dy * dy
    return s


@cc.export('unpack_slice', 'i8(i8[:])')
def unpack_slice(inp):
    n, m = inp[:2]
    return n * 10 + m


@cc.export('unpack_pixel', 'f8(u1[:, :, :], i8, i8)')
def unpack_pixel(img, y, x):
    r, g, b = img[y, x, 0:3]
    return 0.25 * r + 0.5 * g + 0.125 * b


@cc.export('unpack_rows', '(f8[:, :],)')
def unpack_rows(a):
    top, bottom = a
    top[0] = 9.0
    return bottom, top


@cc.export('unpack_complex', 'c16(c16[:])')
def unpack_complex(z):
    p, q = z
    return p * q


@cc.export('elements', 'f8(Tuple((f8[:], i8)))')
def elements(t):
    b = t[0] * 2.0
    t[0][1] = 5.0
    return b.sum() + t[0][1] + len(t[0]) + t[0].shape[0] + np.sum(t[0]) + t[1]


@cc.export('sum_pair', '(UniTuple(f8[:, :], 2),)')
def sum_pair(t):
    return t[0] + t[1], t[-1][0, 1]


@cc.export('rows_from_tuples', '(f8[:, :], i8)')
def rows_from_tuples(force, k):
    force[0] = force[-1] = 0, 0
    force[1] = k, 2.5
    force[2:, :] = (7,)
    return force


@cc.export('columns_from_tuple', '(i4[:, :],)')
def columns_from_tuple(a):
    a[:, 1:] = 1, 2, True
    return a


@cc.export('loop_pairs', 'f8(f8[:, :])')
def loop_pairs(pts):
    s = 0.0
    for x, y in pts:
        s += x * y
    return s


@cc.export('unpack_3d', 'f8(f8[:, :, :])')
def unpack_3d(a):
    top, bottom = a
    p, q = top
    return p[0] + q[-1] + bottom[0, 0]


def first(x):
    return 10 // x


def weigh(k, a):
    return k + a.sum()


@cc.export('order', '(i8, i8)')
def order(x, n):
    # Python's order: first(x) raises before np.zeros(n) is made.
    return first(x), np.zeros(n), weigh(first(x), np.ones(n))


A = lambda: np.arange(12.0).reshape(4, 3)

CASES = {
    'pair': [lambda: (np.arange(3.0), 4), lambda: (np.zeros(0), -1)],
    'two_new': [(3,), (0,)],
    'from_helper': [(3,), (1,)],
    'whole': [(4,)],
    'pass_tuple': [lambda: (np.arange(4.0), np.arange(4)), lambda: (np.ones(3), np.arange(2))],
    'dot_pair': [lambda: ((A(), A()),), lambda: ((A(), np.ones((4, 3))),)],
    'bump': [lambda: ((np.arange(3.0), 2),), lambda: ((np.arange(3.0)[::2], -5),)],
    'views': [lambda: (A(),), lambda: (np.asfortranarray(A()),)],
    'cplx': [lambda: (np.array([1 + 2j, -3j, 0.5]),)],
    'unpack1': [lambda: (np.array([5.0, 2.0]),), lambda: (np.array([1.0, 2.0, 3.0]),),
                lambda: (np.array([1.0]),), lambda: (np.zeros(0),)],
    'unpack_diff': [lambda: (np.random.RandomState(0).rand(6, 2),), lambda: (np.ones((3, 3)),),
                    lambda: (np.ones((1, 2)),)],
    'unpack_slice': [lambda: (np.array([3, 4, 5]),), lambda: (np.array([3]),)],
    'unpack_pixel': [lambda: (np.arange(48, dtype=np.uint8).reshape(2, 2, 12), 1, 0),
                     lambda: (np.arange(8, dtype=np.uint8).reshape(2, 2, 2), 0, 1)],
    'unpack_rows': [lambda: (A()[:2],), lambda: (A(),), lambda: (np.ones((1, 3)),)],
    'elements': [lambda: ((np.arange(3.0), 4),), lambda: ((np.arange(2.0), -1),)],
    'sum_pair': [lambda: ((A(), A()[::-1]),), lambda: ((A(), np.ones((1, 3))),)],
    'rows_from_tuples': [lambda: (np.ones((4, 2)), 3), lambda: (np.ones((4, 3)), 3), lambda: (np.ones((3, 1)), -1)],
    'columns_from_tuple': [lambda: (np.zeros((2, 4), np.int32),), lambda: (np.zeros((2, 3), np.int32),)],
    'loop_pairs': [lambda: (np.arange(6.0).reshape(3, 2),), lambda: (A(),), lambda: (np.zeros((0, 1)),)],
    'unpack_3d': [lambda: (np.arange(8.0).reshape(2, 2, 2),), lambda: (np.arange(12.0).reshape(3, 2, 2),),
                  lambda: (np.arange(12.0).reshape(2, 3, 2),)],
    'order': [(2, 3), (0, -1), (1, -1)],
    'unpack_complex': [lambda: (np.array([1 + 2j, 3 - 1j]),), lambda: (np.array([1j]),)],
}
