# differential-python: numpy
# differential: --fastmath
# (and once more with fastmath, where float sums are versioned too: floats
# within tests/differential.py's tolerance, ints exact)
# Loop nests over numba's default `f8[:]` / `f8[:, :]` arrays whose inner
# loops carry a value (int sums; float sums, only versioned under
# fastmath; not an int64 max, slower as SSE2 vectors) or read neighbours
# (stencils) run a copy with the last axis at the item size when every
# such stride is the item size at run time, else the loops as written
# (src/tir/transforms/unitnest.rs). Each
# export gets contiguous arrays (the unit copy) and others (the loops as
# written): reversed, strided, transposed, Fortran-ordered, a stride-0
# broadcast, a record field (a stride of 12 bytes, no multiple of 8),
# 0-size and 1-element arrays, and a mix of both in one call.
import numpy as np
from pycc import CC

cc = CC('unit_nest_versions')


@cc.export('fsum', 'f8(f8[:])')
def fsum(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i]
    return s


@cc.export('f4sum', 'f4(f4[:])')
def f4sum(a):
    s = np.float32(0.0)
    for i in range(len(a)):
        s += a[i]
    return s


@cc.export('isum', 'i8(i8[:])')
def isum(a):
    s = 0
    for i in range(a.shape[0]):
        s += a[i]
    return s


@cc.export('i4sum', 'i4(i4[:])')
def i4sum(a):
    s = np.int32(0)
    for i in range(a.shape[0]):
        s += a[i]
    return s


@cc.export('imax', 'i8(i8[:])')
def imax(a):
    m = a[0]
    for i in range(a.shape[0]):
        m = max(m, a[i])
    return m


@cc.export('norm2', 'f8(f8[:], f8[:])')
def norm2(x, y):
    s = 0.0
    for i in range(x.shape[0]):
        d = x[i] - y[i]
        s += d * d
    return s


@cc.export('stencil', 'f8[:](f8[:], f8[:])')
def stencil(a, out):
    for i in range(1, a.shape[0] - 1):
        out[i] = (a[i - 1] + a[i] + a[i + 1]) / 3.0
    return out


@cc.export('stencil2', 'f8[:, :](f8[:, :], f8[:, :])')
def stencil2(u, out):
    for i in range(1, u.shape[0] - 1):
        for j in range(1, u.shape[1] - 1):
            out[i, j] = u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1] - 4.0 * u[i, j]
    return out


@cc.export('sum2', 'f8(f8[:, :])')
def sum2(m):
    s = 0.0
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            s += m[i, j]
    return s


@cc.export('isum2', 'i8(i8[:, :])')
def isum2(m):
    s = 0
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            s += m[i, j] * (i + 1)
    return s


@cc.export('colsum', 'i8(i8[:, :])')
def colsum(m):
    # The inner loop walks a column: not worth a copy.
    s = 0
    for j in range(m.shape[1]):
        for i in range(m.shape[0]):
            s += m[i, j] * (j + 1)
    return s


@cc.export('while_sum', 'i8(i8[:], i8)')
def while_sum(a, n):
    s = 0
    i = 0
    while i < n:
        s += a[i]
        i += 1
    return s


@cc.export('repeated', 'i8(i8[:], i8[:], i8)')
def repeated(a, b, k):
    # The guard runs once, before the outer loop; b is indexed past its end
    # when shorter than a (IndexError from either copy).
    s = 0
    for t in range(k):
        for i in range(a.shape[0]):
            s += a[i] * b[i] + t
    return s


@cc.export('view_sum', 'i8(i8[:])')
def view_sum(a):
    b = a[1:]
    s = 0
    for i in range(b.shape[0]):
        s += b[i] ^ i
    return s


@cc.export('rebound', 'i8(i8[:], b1)')
def rebound(a, flip):
    # `a` bound again at the top (its stride fixed after that), `c` only
    # under an `if` (its stride may be either: not versioned on).
    a = a[::-1]
    c = a
    if flip:
        c = a[::2]
    s = 0
    for i in range(c.shape[0]):
        s += c[i] * (i + 1) + a[i]
    return s


def helper_sum(a):
    s = 0
    for i in range(a.shape[0]):
        s += a[i]
    return s


@cc.export('via_helper', 'i8(i8[:], i8[:])')
def via_helper(a, b):
    return helper_sum(a) - helper_sum(b)


F = np.linspace(-3.0, 5.0, 37) ** 3
I = (np.arange(-20, 21, dtype=np.int64) * 7919) % 1013 - 500
# Sums exact in float32 in any order (fastmath reassociates them).
F4 = ((np.arange(-18, 19) / 4.0) ** 3).astype(np.float32)
BIG = np.arange(2 ** 31 - 40, 2 ** 31 + 40, 3, dtype=np.int64).astype(np.int32)
M = np.arange(42.0).reshape(6, 7) ** 1.5
MI = np.arange(42, dtype=np.int64).reshape(6, 7) * 13 - 200
REC = np.zeros(9, dtype=[('x', '<f8'), ('y', '<i4')])
REC['x'] = np.arange(9.0) * 1.5
REC4 = np.zeros(9, dtype=[('x', '<f4'), ('y', '<i2')])
REC4['x'] = F4[:9]
RECI = np.zeros(9, dtype=[('x', '<i8'), ('y', '<i4')])
RECI['x'] = np.arange(9) * 5 - 7


def floats(F, rec):
    return [(F,), (F[::-1],), (F[::3],), (F[:0],), (F[:1],), (F[::5][:1],), (np.broadcast_to(F[3], (9,)),),
            (rec['x'],), (F[4:5],)]


def ints():
    return [(I,), (I[::-1],), (I[::2],), (I[:0],), (I[3:4],), (np.broadcast_to(np.int64(-7), (11,)),), (RECI['x'],)]


CASES = {
    'fsum': floats(F, REC),
    'f4sum': floats(F4, REC4),
    'isum': ints(),
    'i4sum': [(BIG,), (BIG[::-1],), (BIG[::2],), (BIG[:0],)],
    'imax': ints()[:3] + [(I[3:4],), (I[:0],), (RECI['x'],)],
    'norm2': [(F, F[::-1].copy()), (F, F[::-1]), (F[::2], F[1::2]), (F[:0], F[:0]), (F, F[:5]),
              (REC['x'], F[:9]), (F[:9], np.broadcast_to(1.0, (9,)))],
    'stencil': [lambda: (F, np.zeros(37)), lambda: (F[::-1], np.zeros(37)), lambda: (F, np.zeros(74)[::2]),
                lambda: (F[::2], np.zeros(19)), lambda: (F[:2], np.zeros(2)), lambda: (F[:0], np.zeros(0)),
                lambda: (F, np.zeros(10))],
    'stencil2': [lambda: (M.copy(), np.zeros((6, 7))), lambda: (M.T.copy(), np.zeros((7, 6))),
                 lambda: (M.T, np.zeros((7, 6))), lambda: (M[::-1, ::-1], np.zeros((6, 7))),
                 lambda: (M[:, ::2], np.zeros((6, 4))), lambda: (np.asfortranarray(M), np.zeros((6, 7))),
                 lambda: (M, np.zeros((7, 6)).T), lambda: (np.zeros((0, 3)), np.zeros((0, 3))),
                 lambda: (M, np.zeros((6, 3)))],
    'sum2': [(M,), (M.T,), (M[::-1],), (M[:, ::-2],), (np.asfortranarray(M),), (np.zeros((3, 0)),),
             (np.zeros((0, 3)),), (np.broadcast_to(np.arange(4.0), (3, 4)),)],
    'isum2': [(MI,), (MI.T,), (MI[:, ::3],), (MI[::-1, ::-1],), (np.zeros((2, 0), np.int64),)],
    'colsum': [(MI,), (MI.T,), (MI[:, 1:],)],
    'while_sum': [(I, 41), (I[::-1], 41), (I[::3], 14), (I, 0), (I, 50), (I[::2], 30), (I[:0], 1)],
    'repeated': [(I, I[::-1].copy(), 3), (I, I[::-1], 3), (I[::2], I[1::2].copy(), 2), (I, I[:7], 2),
                 (I, I, 0), (I[:0], I[:0], 4)],
    'view_sum': [(I,), (I[::-1],), (I[::3],), (I[:1],), (RECI['x'],)],
    'rebound': [(I, False), (I, True), (I[::-1], False), (I[::2], True), (I[:1], True)],
    'via_helper': [(I, I[::2].copy()), (I[::-1], I), (I[:0], I[::3])],
}
