# differential-python: numpy
# A comprehension's variable is its own (Python 3 scoping), apart from the
# function's variable of the same name: the function's is not rebound by it
# (`v = n * 2; [v for v in range(3)]; v` is still n * 2) and not unified
# with its type (an int `v` beside a comprehension's float `v` stays an int,
# so `str(cnt)` of an int sum is "8", not "8.0"). Found by the `mixed`
# fuzzer (seed 6), reduced.
import numpy as np
from pycc import CC

cc = CC('comprehension_scope')


@cc.export('not_rebound', 'i8(i8)')
def not_rebound(n):
    v = n * 2
    L = [v for v in range(3)]
    return v + len(L)


@cc.export('own_type', 'unicode_type(i8)')
def own_type(n):
    cnt = 0
    a = np.arange(n % 8) * 1.5 - 2.0
    ia = np.arange(n % 5, dtype=np.int64) * 3 - 4
    halves = [v * 0.5 for v in a if v == v]
    s = set()
    for v in ia:
        s.add(v % 3)
    cnt += len(s) + sum(sorted(s))
    return str(cnt) + "_" + str(len(halves))


@cc.export('nested', 'i8(i8)')
def nested(n):
    i = 100
    j = -1
    pairs = [(i, j) for i in range(n % 4) for j in range(i)]
    total = sum([i * 10 for i in range(3)]) + sum({j for j in range(4)})
    g = sum(i for i in range(n % 5))
    d = {i: j for i, j in pairs}
    return i + j + len(pairs) + total + g + len(d)


@cc.export('first_iter_outer', 'f8(f8)')
def first_iter_outer(x):
    v = [x, 2.0 * x]
    w = [v * 3 for v in v]
    return v[1] + w[0]


CASES = {
    'not_rebound': [(10,), (-3,), (0,)],
    'own_type': [(1,), (-1,), (29,), (6,), (0,)],
    'nested': [(0,), (3,), (7,)],
    'first_iter_outer': [(1.5,), (-0.0,), (float('nan'),)],
}
