# differential-python: numpy
# Exports returning a dict (numba's `DictType(key, value)` result, or an
# inferred return): a new Python dict of the items in insertion order,
# deleted keys left out; int16 keys, tuple keys, tuple values, float keys;
# a display or comprehension returned directly (`return {k: v}`), also
# from a helper.
import numpy as np
from pycc import CC

cc = CC("dict_results")


@cc.export("zone_sums", "DictType(i2, f8)(i2[:], f8[:])")
def zone_sums(z, d):
    totals = dict()
    for i in range(z.shape[0]):
        if z[i] not in totals:
            totals[z[i]] = d[i]
        else:
            totals[z[i]] += d[i]
    return totals


@cc.export("pair_counts", "DictType(UniTuple(i8, 2), i8)(i8[:], i8[:])")
def pair_counts(a, b):
    tab = {}
    for i in range(a.shape[0]):
        key = (a[i], b[i])
        tab[key] = tab.get(key, 0) + 1
    return tab


@cc.export("min_max", "(f8[:],)")
def min_max(x):
    out = {}
    for v in x:
        k = np.floor(v)
        if k in out:
            lo, hi = out[k]
            out[k] = (min(lo, v), max(hi, v))
        else:
            out[k] = (v, v)
    if 0.0 in out:
        del out[0.0]
    return out


@cc.export("flags", "DictType(i8, b1)(i8)")
def flags(n):
    d = {}
    for i in range(n):
        d[i * i % 7] = i % 2 == 0
    return d


Z = np.array([1, 1, 2, 3, -32768, 1], dtype=np.int16)
def odd_halves(n):
    return {i: 0.5 * i for i in range(n) if i % 2}


@cc.export("display", "(i8, f8)")
def display(k, v):
    return {k: v, k + 1: 2.0, k: -v}


@cc.export("comprehension", "(i8,)")
def comprehension(n):
    return {i: i * i for i in range(n)}


@cc.export("from_helper", "(i8,)")
def from_helper(n):
    return odd_halves(n)


CASES = {
    "zone_sums": [(Z, np.array([0.5, 1.5, 2.0, 0.25, 1.0, 3.0])), (Z[:0], np.zeros(0))],
    "pair_counts": [(np.array([1, 2, 1, 1]), np.array([5, 6, 5, 7]))],
    "min_max": [(np.array([0.5, 2.25, 2.75, -1.5, 0.25, 2.5]),), (np.zeros(0),)],
    "flags": [(0,), (9,)],
    "display": [(1, 2.5), (-3, -0.0)],
    "comprehension": [(0,), (5,)],
    "from_helper": [(0,), (7,)],
}
