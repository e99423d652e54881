# differential-python: numpy
# Local dicts of lists beyond `setdefault`/`d[k]`: `d.pop(k)` (the list
# itself, KeyError for a missing key), `del d[k]` (KeyError too),
# `d.get(k, [])` and `d.get(k, [x, y])` (the key's own list, or the
# default: a new list each call), `k in d` after those, `for x in
# d.get(k, [])`, and `row = d.get(k, []); row.append(x); d[k] = row`.
import numpy as np
from pycc import CC

cc = CC("dict_list_methods")


@cc.export("pop_group", "i8(i8[:], i8, i8)")
def pop_group(labels, m, key):
    d = {}
    for i in range(labels.shape[0]):
        d.setdefault(labels[i] % m, []).append(i)
    row = d.pop(key)
    row.append(100)
    s = len(row) * 1000 + len(d)
    for x in row:
        s += x
    if key in d:
        s = -s
    return s


@cc.export("del_group", "i8(i8[:], i8, i8)")
def del_group(labels, m, key):
    d = {}
    for i in range(labels.shape[0]):
        d.setdefault(labels[i] % m, []).append(i)
    del d[key]
    t = len(d) * 100
    for k, v in d.items():
        t += k * 10 + len(v)
    # A key added back after del gets a new list.
    d[key] = [7]
    return t + len(d[key]) + d[key][0] + (key in d)


@cc.export("get_default", "i8(i8[:], i8, i8)")
def get_default(labels, m, key):
    d = {}
    for i in range(labels.shape[0]):
        d.setdefault(labels[i] % m, []).append(i)
    s = len(d.get(key, []))
    s += 10 * len(d.get(key + 1, [1, 2]))
    row = d.get(key, [])
    row.append(50)
    # The key's own list was changed; a default list was a new one.
    s += 100 * len(d.get(key, []))
    for x in d.get(key, []):
        s += x
    for x in d.get(-1, [3, 4]):
        s += 1000 * x
    return s + 10000 * (key in d)


@cc.export("pop_then_get", "i8(i8)")
def pop_then_get(n):
    d = {}
    for i in range(n):
        d[i % 4] = [i]
        d[i % 4].append(i * i)
    a = d.pop(1)
    b = d.get(1, [-5])
    return a[0] * 100 + a[-1] * 10 + b[0] + len(d)


@cc.export("get_append_store", "i8(i8[:], i8)")
def get_append_store(labels, m):
    # The idiom without setdefault: the key's list or a new one, stored back.
    d = {}
    for i in range(labels.shape[0]):
        row = d.get(labels[i] % m, [])
        row.append(i)
        d[labels[i] % m] = row
        if i == 0:
            # The stored list is the same object: the dict sees this.
            row.append(-100)
    t = 0
    for k, v in d.items():
        t = t * 7 + k * 1000 + len(v)
        for x in v:
            t += x
    return t


CASES = {
    "pop_group": [
        (np.array([3, 1, 4, 1, 5, 9, 2, 6]), 3, 0),
        (np.array([3, 1, 4, 1, 5, 9, 2, 6]), 3, 2),
        (np.array([3, 1, 4]), 3, 2),
        (np.zeros(0, dtype=np.int64), 2, 0),
    ],
    "del_group": [
        (np.array([3, 1, 4, 1, 5, 9, 2, 6]), 3, 1),
        (np.array([3, 3]), 3, 0),
        (np.array([3, 3]), 3, 1),
    ],
    "get_default": [
        (np.array([3, 1, 4, 1, 5, 9, 2, 6]), 3, 1),
        (np.array([3, 1, 4, 1, 5, 9, 2, 6]), 3, 5),
        (np.zeros(0, dtype=np.int64), 2, 0),
    ],
    "pop_then_get": [(9,), (2,), (1,)],
    "get_append_store": [(np.array([3, 1, 4, 1, 5, 9, 2, 6]), 3), (np.zeros(0, dtype=np.int64), 2)],
}
