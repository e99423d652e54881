# differential-python
# max(a, b, ..., key=f) / min(...) of several arguments (found by
# fuzz/programs' collections kind; was a diagnostic): CPython's max of the
# tuple of its arguments, the first extreme kept; `k in d.keys()` as `k in d`.
from pycc import CC

cc = CC('minmax_key_args')


@cc.export('ints', 'i8(i8, i8)')
def ints(n, m):
    a = max(n % 7, m % 5, key=lambda e: -e)
    b = min(n, m, 3, key=abs)
    c = max(n % 4, m % 4, 2, key=lambda e: e % 3)
    return a * 10000 + b * 100 + c


def dist(p):
    return abs(p - 2.5)


@cc.export('floats', 'f8(f8, f8)')
def floats(x, y):
    return min(x, y, 0.5, key=dist) + max(x, -y, key=lambda e: e * e)


@cc.export('keys_in', 'i8(List(int64), i8)')
def keys_in(xs, n):
    d = {v: i for i, v in enumerate(xs)}
    t = 0
    if n % 3 in d.keys():
        t += 1
    if 40 not in d.keys():
        t += 10
    for k in sorted(d.keys()):
        t = t * 2 + k
    return t


CASES = {
    'ints': [(0, 0), (5, 9), (-3, 4), (13, -13), (100, 7), (2, 2)],
    'floats': [(0.0, 0.0), (2.5, -2.5), (1.0, 4.0), (float('nan'), 1.0), (3.0, float('inf')), (-0.0, 0.0)],
    'keys_in': [lambda: ([], 0), lambda: ([1, 2, 40], 4), lambda: ([0, 3, 3], 3)],
}
