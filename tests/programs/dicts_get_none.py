# `v = d.get(k)` without a default (numba's Optional result): None for a
# missing key, then `v is None` / `v is not None` as for any name that may
# be None; with number and str keys.
from numba import typed
from numba.types import unicode_type, int64
from pycc import CC

cc = CC('dicts_get_none')


@cc.export('lookup', 'i8(i8)')
def lookup(k):
    d = {1: 10, 2: 20, 5: 50}
    v = d.get(k)
    if v is None:
        return -1
    return v + 1


@cc.export('count_found', 'i8(i8)')
def count_found(n):
    d = {}
    for i in range(0, n, 3):
        d[i] = i * 0.5
    found = 0
    total = 0.0
    for i in range(n):
        v = d.get(i)
        if v is not None:
            found += 1
            total += v
    return found * 1000 + int(total)


@cc.export('str_lookup', 'f8(unicode_type)')
def str_lookup(s):
    d = typed.Dict.empty(unicode_type, int64)
    d["a"] = 1
    d["bb"] = 2
    v = d.get(s)
    if v is None:
        return 0.5
    return v * 2.0


@cc.export('maybe', '(i8,)')
def maybe(k):
    d = {1: 1.5}
    v = d.get(k)
    return v


CASES = {
    'lookup': [(1,), (2,), (3,), (5,), (-1,)],
    'count_found': [(0,), (1,), (10,), (100,)],
    'str_lookup': [("a",), ("bb",), ("c",), ("",)],
    'maybe': [(1,), (2,)],
}
