# differential-python
# Lists of numbers compared with == != < <= > >= (found by fuzz/programs'
# collections kind; was "a list, used here as a number"): CPython's order,
# the first index where the items differ decides, else the lengths; int
# and float lists mixed; slices, copies and displays as operands.
from pycc import CC

cc = CC('list_compare')


@cc.export('all_ops', 'i8(List(int64), List(int64))')
def all_ops(a, b):
    r = 0
    if a == b:
        r += 1
    if a != b:
        r += 2
    if a < b:
        r += 4
    if a <= b:
        r += 8
    if a > b:
        r += 16
    if a >= b:
        r += 32
    return r


@cc.export('mixed', 'i8(List(int64), List(float64))')
def mixed(a, b):
    return (a == b) + 2 * (a < b) + 4 * (b >= a) + 8 * (a != b)


@cc.export('copies', 'i8(List(int64), i8)')
def copies(xs, n):
    ys = xs.copy()
    ys.append(n % 5)
    zs = list(range(n % 6)) + xs[1:]
    t = 1 if ys == xs else 0
    t += 10 if xs < ys else 0
    t += 100 if zs >= xs[::-1] else 0
    t += 1000 if xs[:2] == [1, 2] else 0
    b = ys > zs
    return t + 10000 * b


@cc.export('floats', 'b1(List(float64), List(float64))')
def floats(a, b):
    return a <= b


CASES = {
    'all_ops': [lambda: ([], []), lambda: ([1], []), lambda: ([], [1]), lambda: ([1, 2, 3], [1, 2, 3]),
                lambda: ([1, 2, 3], [1, 2]), lambda: ([1, 2], [1, 3]), lambda: ([5], [1, 9, 9]),
                lambda: ([-1, 0], [-1, 0, 0])],
    'mixed': [lambda: ([1, 2], [1.0, 2.0]), lambda: ([1, 2], [1.0, 2.5]), lambda: ([3], [float('nan')]),
              lambda: ([], [-0.0]), lambda: ([0], [-0.0])],
    'copies': [lambda: ([], 0), lambda: ([1, 2], 3), lambda: ([4, 1, 2], 7), lambda: ([0, 0, 0], -2)],
    'floats': [lambda: ([float('nan')], [float('nan')]), lambda: ([1.0, float('nan')], [1.0, 2.0]),
               lambda: ([0.0], [-0.0]), lambda: ([1.5], [1.5, 0.0]), lambda: ([float('inf')], [1e308])],
}
