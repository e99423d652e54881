# differential-python
# sum(L, start) of a list of numbers (found by fuzz/programs' collections
# kind): CPython adds start + L[0] + L[1] ... in order, so an int start
# with float items is a float sum from the int, a float start keeps its
# -0.0 on an empty list, and the order shows in the last bits.
from pycc import CC

cc = CC('list_sum_start')


@cc.export('ints', 'i8(List(int64), i8)')
def ints(xs, n):
    return sum(xs, 10) + sum(xs, n % 7) * 2


@cc.export('floats', 'f8(List(float64), f8)')
def floats(fs, x):
    return sum(fs, x)


@cc.export('int_items_float_start', 'f8(List(int64), f8)')
def int_items_float_start(xs, x):
    t = sum(xs, x)
    return t


@cc.export('float_items_int_start', 'f8(List(float64))')
def float_items_int_start(fs):
    return sum(fs, 3) + 0.0


@cc.export('computed', 'i8(i8)')
def computed(n):
    ys = [i * i for i in range(n % 9) if i % 2 != 0]
    total = 0
    for k in range(3):
        total += sum(ys, k * 100)
    return total + sum([v - 1 for v in ys], -n % 5)


@cc.export('start_pops', 'i8(List(int64))')
def start_pops(xs):
    if not xs:
        return -1
    return sum(xs, xs.pop())


CASES = {
    'ints': [([], 0), ([1, 2, 3], 5), ([-4, 40, 7], -13)],
    'floats': [([], -0.0), ([], 0.0), ([0.1, 0.2, 0.3], 1e16), ([1e300, 1e300], 0.0),
               ([0.1, -0.1], float('nan')), ([-0.0], -0.0), ([1.5, -2.25, 1e-310], 3.0)],
    'int_items_float_start': [([1, 2], 0.5), ([], -0.0), ([2**53, 1], 0.0)],
    'float_items_int_start': [([],), ([0.1, 0.7, -3.5],), ([-0.0],)],
    'computed': [(0,), (8,), (17,), (-5,)],
    'start_pops': [lambda: ([],), lambda: ([4],), lambda: ([1, 2, 3],)],
}
