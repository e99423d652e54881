# Tuple operators on tuples of known length: concatenation, repetition by
# a constant, slices with constant bounds (CPython's clamping, negative
# steps), and spreading a tuple into a call or a display (`g(*t)`).
# differential-python: numpy
import numpy as np
from pycc import CC

cc = CC('tuple_ops')


def weigh(a, b, c):
    return a * 100 + b * 10 + c


def total(a, x, k):
    return a.sum() * x + k


@cc.export('concat', 'f8(i8, f8)')
def concat(n, x):
    t = (n, 2)
    u = (x, 4, n + 1)
    v = t + u
    w = (1,) + t + (x * 2.0,)
    return v[0] + v[2] * 10 + v[-1] * 100 + len(v) * 1000 + sum(w) * 10000 + len(w) * 1e6


@cc.export('repeat', 'i8(i8)')
def repeat(n):
    t = (n, 2)
    u = t * 3
    v = 2 * (n, 7)
    return u[4] + u[5] * 10 + len(u) * 100 + sum(v) * 1000


@cc.export('slices', 'i8(i8)')
def slices(n):
    t = (n, 2, 3, 4, 5)
    a = t[1:]
    b = t[::-1]
    c = t[-2:]
    d = t[1:-1:2]
    e = t[-10:2]
    f = t[:10:3]
    g = t[::-2]
    h = t[3:0:-1]
    return (a[0] + b[0] * 10 + c[0] * 100 + d[-1] * 1000 + (len(e) + len(f)) * 10000
            + sum(g) * 100000 + h[0] * 10000000 + len(h) * 100000000)


@cc.export('shape_tail', 'i8(f8[:, :, :])')
def shape_tail(a):
    rest = a.shape[1:]
    return rest[0] * 100 + rest[1] + len(rest) * 10000


@cc.export('star_call', 'i8(i8)')
def star_call(n):
    t = (n, 2, 3)
    r = weigh(*t)
    s = weigh(1, *t[1:])
    u = (*t, n * 2)
    return r + s * 1000 + sum(u) * 1000000


@cc.export('star_arrays', 'f8(f8[:], f8)')
def star_arrays(a, x):
    t = (a, x)
    return total(*t, 3)


@cc.export('reversed_pairs', 'i8(i8)')
def reversed_pairs(n):
    t = (n, n + 1, n + 2, n + 3)
    s = 0
    for v in t[::-1]:
        s = s * 10 + v % 10
    return s


N = (0, 1, 5, -3)

CASES = {
    'concat': [(n, x) for n in N for x in (0.5, -2.0)],
    'repeat': [(n,) for n in N],
    'slices': [(n,) for n in N],
    'shape_tail': [(np.zeros((2, 3, 4)),), (np.zeros((1, 0, 7)),)],
    'star_call': [(n,) for n in N],
    'star_arrays': [(np.arange(4.0), 2.0), (np.zeros(0), 1.5)],
    'reversed_pairs': [(n,) for n in N],
}
