# differential-python: numpy
# An elementwise expression stored into a view or array (`out[:] = e`,
# `out += e`) is computed straight into it where no operand overlaps the
# target (src/sema/ndarray/arrayops/direct.rs); an overlapping operand takes numpy's
# temporary. Cases pass views of one buffer to check both ways, and
# shapes that do not broadcast for numpy's ValueError.
import numpy as np
from pycc import CC

cc = CC('direct_writes_prog')


@cc.export('axpy', 'void(f8[:], f8[:], f8[:])')
def axpy(out, a, b):
    out[:] = a * 0.5 + b


@cc.export('self_scale', 'void(f8[:])')
def self_scale(a):
    a[:] = a * 2.0 + 1.0


@cc.export('shift_up', 'void(f8[:])')
def shift_up(a):
    a[1:] = a[:-1] * 2.0 + a[1:]


@cc.export('shift_down', 'void(f8[:])')
def shift_down(a):
    a[:-1] = a[1:] - a[:-1]


@cc.export('outer_into', 'void(f8[:, :], f8[:], f8[:])')
def outer_into(m, x, y):
    m[:, :] = x[:, None] * y


@cc.export('rows_into', 'void(f8[:, :], f8[:])')
def rows_into(m, v):
    m[:] = np.sqrt(np.abs(v)) - 1.0


@cc.export('part', 'void(f8[:], f8[:], i8, i8)')
def part(out, a, i, j):
    out[i:j] = a * a


@cc.export('to_int', 'void(i4[:], f8[:])')
def to_int(out, a):
    out[:] = a * 1.5


@cc.export('to_bool', 'void(b1[:], f8[:], f8[:])')
def to_bool(out, a, b):
    out[:] = a < b


@cc.export('to_f4', 'void(f4[:], f8[:])')
def to_f4(out, a):
    out[:] = a / 3.0


@cc.export('add_into', 'void(f8[:], f8[:], f8[:])')
def add_into(out, a, b):
    out += a * b


@cc.export('self_update', 'void(f8[:], f8[:])')
def self_update(a, b):
    a -= a * b


@cc.export('shift_update', 'void(f8[:])')
def shift_update(a):
    a[1:] += a[:-1] * 0.5


@cc.export('rows_update', 'void(f8[:, :], f8[:])')
def rows_update(m, v):
    m -= v * 2.0 + 1.0


@cc.export('int_update', 'void(i8[:], i8[:], i8[:])')
def int_update(out, a, b):
    out *= a // b + 3


@cc.export('f4_update', 'void(f4[:], f8[:])')
def f4_update(out, a):
    out += a * 0.1


@cc.export('view_update', 'void(f8[:, :], f8[:])')
def view_update(m, v):
    m[1:, ::2] += v[::2] * v[::2]


@cc.export('loop_fill', 'f8(f8[:, :], f8[:], i8)')
def loop_fill(out, x, n):
    for k in range(n):
        out[k % out.shape[0]] = x * k + out[(k + 1) % out.shape[0]]
    return out.sum()


def R(n, seed):
    return np.random.default_rng(seed).standard_normal(n)


def M(r, c, seed):
    return R(r * c, seed).reshape(r, c)


def views(n, seed, f):
    return lambda: f(R(n, seed))


CASES = {
    'axpy': [
        lambda: (np.zeros(5), R(5, 1), R(5, 2)),
        lambda: (np.zeros(5), R(1, 1), R(5, 2)),
        lambda: (np.zeros(4), R(5, 1), R(5, 2)),
        lambda: (np.zeros(5), R(3, 1), R(5, 2)),
        lambda: (np.zeros(0), R(0, 1), R(0, 2)),
        views(10, 3, lambda x: (x[:5], x[5:], x[:5])),
        views(10, 3, lambda x: (x[1:6], x[:5], x[5:])),
        views(10, 3, lambda x: (x[::2], x[1::2], x[::2])),
        views(10, 3, lambda x: (x[::2], x[::-2], x[1::2])),
    ],
    'self_scale': [lambda: (R(9, 4),), lambda: (R(20, 4)[::3],), lambda: (R(0, 4),)],
    'shift_up': [lambda: (R(9, 5),), lambda: (R(1, 5),), lambda: (R(12, 5)[::-2],)],
    'shift_down': [lambda: (R(9, 6),), lambda: (R(12, 5)[::3],)],
    'outer_into': [
        lambda: (np.zeros((3, 4)), R(3, 1), R(4, 2)),
        lambda: (np.zeros((3, 4)), R(1, 1), R(4, 2)),
        lambda: (np.zeros((3, 4)), R(4, 1), R(4, 2)),
        lambda: (np.zeros((4, 3)).T, R(3, 1), R(4, 2)),
        views(12, 7, lambda x: (x.reshape(3, 4), x[:3], x[4:8])),
    ],
    'rows_into': [
        lambda: (np.zeros((3, 4)), R(4, 1)),
        lambda: (np.zeros((3, 4)), R(1, 1)),
        lambda: (np.zeros((3, 4)), R(3, 1)),
        views(12, 8, lambda x: (x.reshape(3, 4), x[8:])),
    ],
    'part': [
        lambda: (np.zeros(6), R(2, 1), 1, 3),
        lambda: (np.zeros(6), R(2, 1), -3, -1),
        lambda: (np.zeros(6), R(2, 1), 2, 3),
        lambda: (np.zeros(6), R(1, 1), 0, 6),
    ],
    'to_int': [lambda: (np.zeros(5, np.int32), R(5, 9) * 100)],
    'to_bool': [lambda: (np.zeros(5, bool), R(5, 1), R(5, 2)), lambda: (np.zeros(5, bool), R(5, 1), R(1, 2))],
    'to_f4': [lambda: (np.zeros(7, np.float32), R(7, 10))],
    'add_into': [
        lambda: (np.ones(5), R(5, 1), R(5, 2)),
        lambda: (np.ones(5), R(5, 1), R(1, 2)),
        lambda: (np.ones(5), R(4, 1), R(4, 2)),
        views(10, 11, lambda x: (x[:5], x[:5], x[5:])),
        views(10, 11, lambda x: (x[:5], x[1:6], x[5:])),
        views(10, 11, lambda x: (x[4:9], x[:5], x[5:])),
    ],
    'self_update': [lambda: (R(6, 12), R(6, 13)), views(12, 14, lambda x: (x[:6], x[6:])), views(12, 14, lambda x: (x[:6], x[3:9]))],
    'shift_update': [lambda: (R(9, 15),), lambda: (R(12, 5)[::-3],)],
    'rows_update': [
        lambda: (M(3, 4, 16), R(4, 17)),
        lambda: (M(3, 4, 16), R(3, 17)),
        lambda: (M(4, 3, 16).T, R(4, 17)),
        views(12, 18, lambda x: (x.reshape(3, 4), x[:4])),
        views(12, 18, lambda x: (x.reshape(3, 4), x[4:8].copy())),
    ],
    'int_update': [
        lambda: (np.arange(6), np.arange(-3, 3), np.array([2, -2, 3, 1, 5, 7])),
        lambda: (np.arange(6), np.arange(6), np.array([0])),
        lambda: (np.full(3, 2**62), np.array([9, 9, 9]), np.array([1, 2, 3])),
    ],
    'f4_update': [lambda: (np.ones(5, np.float32), R(5, 19))],
    'view_update': [lambda: (M(3, 6, 20), R(6, 21)), lambda: (M(3, 6, 20), R(4, 21)), views(18, 22, lambda x: (x.reshape(3, 6), x[:6]))],
    'loop_fill': [lambda: (M(3, 4, 23), R(4, 24), 7), lambda: (M(3, 4, 23), R(4, 24), 0)],
}
