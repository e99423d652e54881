# differential-python: numpy
# Generator functions of the file as the iterable of a `for` loop (numba's
# simple generators): inlined, so the generator runs lazily between the
# loop's iterations as CPython interleaves them. break, continue, for-else,
# return inside the generator (also from nested loops), a return from the
# loop's body, tuple yields, a generator looping over another generator,
# and a generator that raises part way.
import numpy as np
from pycc import CC

cc = CC('generators_prog')


def squares(n):
    for i in range(n):
        yield i * i


def neighbors(i, j, h, w):
    for di, dj in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        ni, nj = i + di, j + dj
        if 0 <= ni < h and 0 <= nj < w:
            yield ni, nj


def upto(n):
    i = 0
    while True:
        if i >= n:
            return
        yield i
        i += 1


def head_then_doubled(a):
    yield a[0]
    for x in a[1:]:
        yield x * 2


def grid(n, limit):
    for i in range(n):
        for j in range(n):
            if i * n + j >= limit:
                return
            yield i * n + j


def even_squares(n):
    for s in squares(n):
        if s % 2 == 0:
            yield s


def checked(a):
    for x in a:
        if x < 0:
            raise ValueError("negative item")
        yield x


@cc.export('sum_squares', 'i8(i8)')
def sum_squares(n):
    s = 0
    for v in squares(n):
        s += v
    return s


@cc.export('neighbor_sums', 'i8(i8[:, :])')
def neighbor_sums(m):
    h, w = m.shape
    total = 0
    for i in range(h):
        for j in range(w):
            for ni, nj in neighbors(i, j, h, w):
                total += m[ni, nj] * (i + 1)
    return total


@cc.export('loop_control', 'i8(i8, i8)')
def loop_control(n, stop):
    s = 0
    for i in upto(n):
        if i == stop:
            break
        if i % 2:
            continue
        s += i
    else:
        s += 1000
    return s


@cc.export('digits', 'f8(f8[:])')
def digits(a):
    s = 0.0
    for x in head_then_doubled(a):
        s = s * 10 + x
    return s


@cc.export('grid_count', 'i8(i8, i8)')
def grid_count(n, limit):
    c = 0
    for v in grid(n, limit):
        c += v + 1
    else:
        c = -c
    return c


@cc.export('first_over', 'i8(i8, i8)')
def first_over(n, t):
    for v in even_squares(n):
        if v > t:
            return v
    return -1


@cc.export('checked_sum', 'f8(f8[:])')
def checked_sum(a):
    s = 0.0
    for x in checked(a):
        s += x
    return s


def halves(a):
    for x in a:
        yield x / 2


@cc.export('folds', 'f8(f8[:])')
def folds(a):
    xs = list(halves(a))
    return min(halves(a)) * 100 + max(halves(a)) + sum(halves(a)) + len(xs) * 1000


@cc.export('int_folds', 'i8(i8)')
def int_folds(n):
    return sum(squares(n)) + any(v == 9 for v in squares(n)) * 1000 + all(squares(n)) * 10000


@cc.export('comprehension', 'i8(i8)')
def comprehension(n):
    xs = [v + 1 for v in squares(n) if v % 2 == 0]
    return len(xs) * 1000 + (xs[-1] if xs else -1)


def by_distance(a, c):
    idx = list(range(len(a)))
    idx.sort(key=lambda i: abs(a[i] - c))
    for i in idx:
        yield i


@cc.export('nearest_first', 'i8(f8[:], f8)')
def nearest_first(values, target):
    # The loop's own `a` and `c` are not the generator's (its lambda reads its own).
    a = values * 0.0
    c = -target
    r = 0
    for i in by_distance(values, target):
        r = r * 10 + i + int(a[i] + c * 0.0)
    return r


CASES = {
    'nearest_first': [(np.array([5.0, 1.0, 3.5, 2.0]), 3.0), (np.array([0.5]), 0.0)],
    'comprehension': [(0,), (1,), (7,)],
    'folds': [(np.array([3.0, -1.0, 4.0, -1.0]),), (np.array([]),), (np.array([np.nan, 1.0]),), (np.array([1.0, np.nan]),)],
    'int_folds': [(0,), (1,), (5,)],
    'sum_squares': [(0,), (1,), (5,), (100,)],
    'neighbor_sums': [(np.arange(12, dtype=np.int64).reshape(3, 4),), (np.ones((1, 1), dtype=np.int64),)],
    'loop_control': [(10, 7), (10, 20), (0, 0), (3, 0)],
    'digits': [(np.array([1.0, 2.0, 3.0]),), (np.array([4.0]),), (np.array([]),)],
    'grid_count': [(3, 5), (3, 100), (0, 1), (4, 0)],
    'first_over': [(10, 20), (10, 1000), (0, 0)],
    'checked_sum': [(np.array([1.0, 2.5]),), (np.array([1.0, -2.0, 3.0]),), (np.array([]),)],
}
