# differential-python: numpy
# `collections.namedtuple` classes read as tuples (numba's NamedTuple):
# constructors with positional and keyword arguments (in field order and
# out of it), `s.field` reads in expressions, loops and helpers, a
# namedtuple passed to a helper and unpacked, fields holding arrays and
# numbers, two classes sharing a field at one index, the fields given as a
# string with commas, a list and a tuple; `import collections` and an
# aliased import; module-level enum constants `A, B, C = range(3)` and a
# stepped `range` as indices; numpy's attributes (`a.shape`) left as they
# are.
import collections
from collections import namedtuple
from collections import namedtuple as nt

import numpy as np
from pycc import CC

cc = CC("namedtuple_fields")

LO, MID, HI = range(3)
P0, P2, P4 = range(0, 6, 2)
Stats = namedtuple("Stats", "lo, mid, hi")
Span = nt("Span", ["lo", "width"])
Fit = collections.namedtuple("Fit", ("coef", "resid", "n"))


def summarize(a):
    s = np.sort(a)
    return Stats(s[0], s[len(s) // 2], s[-1])


def spread(st):
    return st.hi - st.lo


def least_squares(x, y):
    n = x.shape[0]
    mx = np.mean(x)
    my = np.mean(y)
    sxy = 0.0
    sxx = 0.0
    for i in range(n):
        sxy += (x[i] - mx) * (y[i] - my)
        sxx += (x[i] - mx) ** 2
    b = sxy / sxx
    coef = np.array([my - b * mx, b])
    resid = y - (coef[0] + coef[1] * x)
    return Fit(n=n, coef=coef, resid=resid)


@cc.export("stats_spread", "f8(f8[:])")
def stats_spread(a):
    st = summarize(a)
    return spread(st) + st.mid * 0.5


@cc.export("stats_fields", "(f8[:],)")
def stats_fields(a):
    lo, mid, hi = summarize(a)
    st = summarize(a)
    return lo, st[MID], hi, st.mid == mid, len(st)


@cc.export("span_cover", "f8(f8[:], f8)")
def span_cover(a, pad):
    w = a.max() - a.min() + 2 * pad
    lo = a.min() - pad
    sp = Span(width=w, lo=lo)
    total = 0.0
    for i in range(a.shape[0]):
        total += (a[i] - sp.lo) / sp.width
    return total


@cc.export("fit_line", "(f8[:], f8[:])")
def fit_line(x, y):
    f = least_squares(x, y)
    return f.coef[1], f.coef[0], np.sum(f.resid ** 2), f.n, f.resid.shape[0]


@cc.export("enum_index", "f8(f8[:, :])")
def enum_index(m):
    return m[LO, HI] + m[MID, MID] * 10.0 + m[HI, LO] * 100.0 + P2 + P4 * 0.5 + P0


X = np.array([0.0, 1.0, 2.0, 3.5, 4.0, 5.5])
Y = np.array([1.0, 2.9, 5.2, 8.1, 8.8, 12.3])
CASES = {
    "stats_spread": [(np.array([3.0, -1.0, 7.5, 2.0]),), (np.array([1.0]),), (np.zeros(0),)],
    "stats_fields": [(np.array([3.0, -1.0, 7.5, 2.0, 2.0]),), (np.array([4.0, 4.0, 4.0]),)],
    "span_cover": [(X, 0.5), (X, 0.0), (np.ones(3), 1.0)],
    "fit_line": [(X, Y), (X[:2], Y[:2])],
    "enum_index": [(np.arange(9.0).reshape(3, 3),)],
}
