# differential-python: numpy
# Local dicts whose values are lists (numba's typed dicts of typed lists):
# `d.setdefault(k, []).append(x)`, `d[k] = []` then `d[k].append(x)`,
# `for k, v in d.items()`, `for v in d.values()`, `len(d[k])`, `d[k][i]`,
# `k in d`, `len(d)`, replacing a key's list, a missing key's KeyError,
# tuple and float keys, float items.
import numpy as np
from pycc import CC

cc = CC("dict_list_values")


@cc.export("group_sizes", "i8(i8[:], i8)")
def group_sizes(labels, m):
    groups = {}
    for i in range(labels.shape[0]):
        groups.setdefault(labels[i] % m, []).append(i)
    total = 0
    for k, idx in groups.items():
        total = total * 31 + k * 1000 + len(idx)
        for i in idx:
            total += i
    return total + len(groups)


@cc.export("bucket_sort", "f8[:](f8[:], i8)")
def bucket_sort(xs, nb):
    buckets = {}
    for b in range(nb):
        buckets[b] = []
    for x in xs:
        b = int(x * nb)
        if b >= nb:
            b = nb - 1
        buckets[b].append(x)
    out = np.empty(xs.shape[0])
    k = 0
    for b in range(nb):
        row = buckets[b]
        row.sort()
        for x in row:
            out[k] = x
            k += 1
    return out


@cc.export("pair_counts", "i8(i8[:], i8[:])")
def pair_counts(a, b):
    seen = {}
    for i in range(a.shape[0]):
        key = (a[i], b[i])
        if key not in seen:
            seen[key] = []
        seen[key].append(i)
    best = 0
    for v in seen.values():
        if len(v) > best:
            best = len(v)
    return best * 100 + len(seen)


@cc.export("first_of", "i8(i8[:], i8)")
def first_of(xs, key):
    pos = {}
    for i in range(xs.shape[0]):
        pos.setdefault(xs[i], []).append(i)
    # KeyError for a key never seen, as CPython.
    return pos[key][0] * 10 + len(pos[key])


@cc.export("replaced", "i8(i8)")
def replaced(n):
    d = {}
    for i in range(n):
        d[i % 3] = [i, i * 2]
        d[i % 3].append(-1)
    t = 0
    for k in d:
        t += k * 100 + d[k][1] + len(d[k])
    return t


@cc.export("float_means", "f8(f8[:], f8[:])")
def float_means(keys, vals):
    acc = {}
    for i in range(keys.shape[0]):
        acc.setdefault(keys[i], []).append(vals[i])
    s = 0.0
    for k, v in acc.items():
        m = 0.0
        for x in v:
            m += x
        s += k * m / len(v)
    return s


CASES = {
    "group_sizes": [(np.array([3, 1, 4, 1, 5, 9, 2, 6]), 3), (np.zeros(0, dtype=np.int64), 2)],
    "bucket_sort": [(np.array([0.42, 0.1, 0.99, 0.5, 0.05, 0.7, 1.0]), 4), (np.zeros(0), 3)],
    "pair_counts": [(np.array([1, 2, 1, 1, 2]), np.array([0, 0, 0, 1, 0]))],
    "first_of": [(np.array([5, 3, 5, 7]), 5), (np.array([5, 3, 5, 7]), 4)],
    "replaced": [(7,), (0,)],
    "float_means": [(np.array([1.5, 2.0, 1.5, -1.0]), np.array([1.0, 2.0, 4.0, 8.0]))],
}
