# differential-python: numpy
# Signatures written with names bound to numba type objects
# (`f8_1d = numba.types.Array(numba.float64, 1, "C")`, `f8 = numba.float64`,
# `pair = nb.types.UniTuple(nb.int64, 2)`), and exports declared in a loop
# over (name, signature) rows that looks each function up by its name in
# `globals()` (`d = globals(); func = d[fname]`, or `globals()[fname]`).
import numba
import numba as nb
import numpy as np
from pycc import CC

cc = CC("export_type_aliases")

f8 = numba.float64
f8_1d = numba.types.Array(numba.float64, 1, "C")
i4_1d = numba.types.Array(numba.int32, 1, "C")
pair = nb.types.UniTuple(nb.int64, 2)
scale_sig = f8_1d(f8_1d, f8)


@cc.export("weighted", f8_1d(f8_1d, i4_1d, f8))
def weighted(x, w, k):
    out = np.empty(x.shape[0])
    for i in range(x.shape[0]):
        out[i] = x[i] * w[i] + k
    return out


@cc.export("scale", scale_sig)
def scale(x, k):
    return x * k


@cc.export("span", pair(i4_1d))
def span(a):
    return a.min(), a.max()


def count_odd(a):
    c = 0
    for v in a:
        c += v % 2
    return c


def head_sum(a, n):
    return a[:n].sum()


def norm2(a):
    return np.sqrt((a * a).sum())


funcs_and_sigs = [("count_odd", "i8(i8[:])"), ("head_sum", "i8(i8[:], i8)")]
d = globals()
for fname, sig in funcs_and_sigs:
    func = d[fname]
    cc.export(func.__name__, sig)(func)

for name, sig in [("norm2", "f8(f8[:])")]:
    cc.export(name, sig)(globals()[name])

A = np.array([3, -1, 4, 1, -5, 9], dtype=np.int64)
CASES = {
    "weighted": [(np.array([1.0, 2.5, -3.0]), np.array([2, 0, -1], dtype=np.int32), 0.5)],
    "scale": [(np.array([1.0, -2.0]), 1.5), (np.zeros(0), 2.0)],
    "span": [(np.array([4, -7, 2], dtype=np.int32),), (np.zeros(0, dtype=np.int32),)],
    "count_odd": [(A,), (np.zeros(0, dtype=np.int64),)],
    "head_sum": [(A, 3), (A, -2), (A, 100)],
    "norm2": [(np.array([3.0, 4.0]),), (np.array([np.inf, 1.0]),)],
}
