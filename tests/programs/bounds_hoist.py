# Loops whose bounds checks are tested once before the loop (loop
# versioning, src/analysis/bounds.rs `hoistable`): when every test passes the loop
# runs without checks; when one fails the checked loop runs, so the
# IndexError comes from the access that fails, after the writes of the
# iterations before it (the buffers are compared after each call too).
from array import array
from pycc import CC

cc = CC('bounds_hoist')


def f64(xs):
    return memoryview(array('d', xs))


def rows(r, c, k=0.0):
    m = memoryview(bytearray(8 * r * c)).cast('d', shape=[r, c])
    for i in range(r):
        for j in range(c):
            m[i, j] = i * 1.5 - j * 0.25 + k
    return m


@cc.export('other', 'f8(f8[::1], f8[::1])')
def other(a, b):
    # b[i] on a's range: b's extent is tested against the stop.
    s = 0.0
    for i in range(a.shape[0]):
        s += b[i]
    return s


@cc.export('shift_copy', 'void(f8[:], f8[:])')
def shift_copy(a, b):
    # a[i] is proven; b[i + 1] is tested (stop <= b.shape[0] - 1).
    for i in range(a.shape[0]):
        a[i] = b[i + 1]


@cc.export('invariant', 'void(f8[::1], i8)')
def invariant(a, k):
    # a[k]: k is the same on every iteration, tested once (a negative k
    # fails the test and the checked loop wraps it, as Python does).
    for i in range(a.shape[0]):
        a[k] += a[i]


@cc.export('columns', 'f8(f8[:, :])')
def columns(a):
    # Constant indices on axis 1: a[i, 2] fails for two columns.
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i, 0] * a[i, 2] - a[i, -1]
    return s


@cc.export('pairs', 'void(f8[:, ::1], f8[:, ::1], f8[::1])')
def pairs(pos, vel, mass):
    # The n-body pair loop: j starts at i + 1 (never negative); vel's and
    # mass's extents are tested against n, i against them, and the
    # constant columns against their axis.
    n = pos.shape[0]
    for i in range(n):
        for j in range(i + 1, n):
            dx = pos[i, 0] - pos[j, 0]
            dy = pos[i, 1] - pos[j, 1]
            d2 = dx * dx + dy * dy + 1.0
            vel[i, 0] -= dx * mass[j] / d2
            vel[j, 1] += dy * mass[i] / d2


@cc.export('early', 'i8(f8[::1], f8[::1], f8)')
def early(a, b, v):
    # break, return and else in a loop with tested checks.
    for i in range(a.shape[0]):
        if b[i] == v:
            return i
        if a[i] < 0.0:
            break
    else:
        return -1
    return -2


@cc.export('from_start', 'f8(f8[::1], i8)')
def from_start(a, lo):
    # A start that is not known to be >= 0: negative indices wrap.
    s = 0.0
    for i in range(lo, 3):
        s += a[i]
    return s


V = [0.5, -1.25, 3.0, 4.5, -2.0, 7.25]

CASES = {
    'other': [(f64(V), f64(V)), (f64(V[:3]), f64(V)), (f64(V), f64(V[:4])), (f64([]), f64([]))],
    'shift_copy': [lambda: (f64(V[:5]), f64(V)), lambda: (f64(V), f64(V)), lambda: (f64(V)[::-1], f64(V + [1.0])),
                   lambda: (f64([]), f64([]))],
    'invariant': [lambda: (f64(V), 2), lambda: (f64(V), -1), lambda: (f64(V), 6), lambda: (f64(V), -7), lambda: (f64([]), 9)],
    'columns': [(rows(4, 3),), (rows(4, 2),), (rows(3, 5),)],
    'pairs': [lambda: (rows(5, 2), rows(5, 2, 1.0), f64(V[:5])), lambda: (rows(5, 2), rows(3, 2), f64(V[:5])),
              lambda: (rows(5, 2), rows(5, 2), f64(V[:4])), lambda: (rows(4, 2), rows(4, 1), f64(V[:4])),
              lambda: (rows(1, 2), rows(1, 1), f64([]))],
    'early': [(f64(V), f64(V), 3.0), (f64(V), f64(V), 99.0), (f64(V), f64(V[:2]), 99.0), (f64([1.0, -1.0]), f64(V), 99.0)],
    'from_start': [(f64(V), 0), (f64(V), -2), (f64(V), -7), (f64(V), 5)],
}
