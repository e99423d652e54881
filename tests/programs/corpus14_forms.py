# differential-python: numpy
# corpus14's forms of real numba code: `np.array([np.nan] * size)` and
# `np.array([0] * len(up))` (a repeated list display made into an array,
# as fastfinance's indicators start every output), `np.array([[0] * m] * n)`,
# a slice of a list made in place (`[v for _, v in sorted(...)][::-1]`)
# then looped over through another slice, and numpy's own
# `import numpy.core.numeric as nx` (`nx.float64`, `nx.zeros`). An empty
# repeated display of ints or bools is int64 or bool as numba's typed list
# (numpy's float64 array of no items: README, Deviations), so the int and
# bool cases repeat at least once. Also `p, c = [-1], [-1]` (two lists
# bound by one statement), `hq.pop()` then `len(hq)` of a `List(int64)`
# argument (was an internal error: the list runtime undeclared) and the
# signature spelling `f8[::]` (numba's `slice(None, None, None)`: any stride).
import numpy as np
import numpy.core.numeric as nx
from pycc import CC

cc = CC("corpus14_forms")


@cc.export("nan_filled", "f8[:](i8)")
def nan_filled(size):
    out = np.array([np.nan] * size)
    for i in range(1, size):
        out[i] = i * 0.5
    return out


@cc.export("int_filled", "i8[:](f8[:])")
def int_filled(up):
    dm_up = np.array([0] * len(up))
    ids = up > 1.0
    dm_up[ids] = 7
    return dm_up


@cc.export("float_bins", "f8[:](i8, f8)")
def float_bins(bins, x):
    sum_h = np.array([0.0] * bins)
    sum_h[int(x) % bins] += x * x
    return np.concatenate((np.array([np.nan] * 2), sum_h))


@cc.export("pair_rows", "f8[:](i8)")
def pair_rows(n):
    return np.array([1.5, -2.0] * n)


@cc.export("int_grid", "i8[:,:](i8, i8)")
def int_grid(n, m):
    g = np.array([[0] * m] * n)
    if n > 0 and m > 0:
        g[n - 1, m - 1] = n * m
    return g


@cc.export("bool_flags", "b1[:](i8)")
def bool_flags(n):
    return np.array(n * [True])


@cc.export("top_indices", "i8[:](f8[:], i8)")
def top_indices(a, k):
    size = len(a)
    index = [v for _, v in sorted([(abs(a[v]), v) for v in list(range(size))])][::-1]
    out = np.zeros(size, dtype=np.int64) - 1
    j = 0
    for i in index[:1 + k * 2]:
        out[j] = i
        j += 1
    return out


@cc.export("evens_reversed", "i8(i8)")
def evens_reversed(n):
    xs = [2 * i for i in range(n)][::-1]
    s = 0
    for x in [x + 1 for x in xs][1:]:
        s = s * 3 + x
    return s + len(xs)


@cc.export("core_numeric", "f8[:](i8)")
def core_numeric(n):
    ret = np.empty(n, dtype=nx.float64)
    for i in range(n):
        ret[i] = i / 4
    return np.cumsum(ret) + nx.zeros(n)


@cc.export("factor_pairs", "i8[:](i8)")
def factor_pairs(n):
    p, c = [-1], [-1]
    d = 2
    while n > 1:
        if n % d:
            d += 1
            continue
        n //= d
        if p[-1] == d:
            c[-1] += 1
            continue
        p.append(d)
        c.append(1)
    return np.array(p[1:]) * 100 + np.array(c[1:])


@cc.export("pop_len", "i8(List(int64))")
def pop_len(hq):
    x = hq.pop()
    n = len(hq)
    return x * 10 + n


@cc.export("any_stride", "f8[::](f8[::], f8)")
def any_stride(a, s):
    return a * s


CASES = {
    "nan_filled": [(0,), (1,), (4,), (-3,)],
    "int_filled": [(np.array([0.5, 2.0, 3.0, -1.0]),), (np.array([2.0]),)],
    "float_bins": [(3, 4.5), (1, 0.25), (0, 1.0)],
    "pair_rows": [(0,), (3,)],
    "int_grid": [(2, 3), (1, 1), (3, 1)],
    "bool_flags": [(3,), (1,)],
    "top_indices": [(np.array([0.5, -3.0, 2.0, 1.0, -0.25]), 1), (np.array([1.0, 1.0]), 0), (np.array([2.0, -1.0, 4.0]), 5)],
    "evens_reversed": [(0,), (1,), (5,)],
    "core_numeric": [(0,), (5,)],
    "factor_pairs": [(2,), (60,), (97,), (1024,)],
    "pop_len": [lambda: ([4, 5, 6],), lambda: ([9],), lambda: ([],)],
    "any_stride": [(np.arange(6.0)[::2], 1.5), (np.array([2.0]), -1.0)],
}
