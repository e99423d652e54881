# differential-python: numpy
# Python's order of evaluation where pycc computes a numpy call before the
# statement (exprtree fuzzer seeds, reduced):
# - 266: `complex(x, y) == complex(u, v)` compares both parts whole, so an
#   imaginary part that raises raises though the real parts differ (the
#   comparison was `re == re and im == im`, which skipped it);
# - 300: a tuple item reading a queued call's number (`np.prod(d[:3])`)
#   runs before a later item's queued call and what that reads (it ran
#   after both: sqrt's ValueError came before round's OverflowError);
# - 359: min/max's earlier arguments run before a later one's queued call;
# - 39: complex(re, im)'s first argument runs before the second's queued
#   call (math.trunc(nan)'s ValueError came before 255 / 0.0's error).
import math

import numpy as np
from pycc import CC

cc = CC('fuzz17_order')


@cc.export('complex_eq', 'b1(c16, f8, f8[:, :])')
def complex_eq(a, b, d):
    return complex(float(np.floor(a.real)), b) == complex(5e-324, math.sin(float(np.sum(d, axis=0)[-1])))


@cc.export('complex_ne', 'b1(c16, f8)')
def complex_ne(a, b):
    return complex(a.real, b) != complex(1.0, math.sqrt(b))


@cc.export('tuple_items', 'Tuple((i8, f8))(f8, f8[:])')
def tuple_items(c, d):
    v = (round(max(c, float(np.prod(d[:3])))), math.sqrt(float(d[3])) % float(d[1::2].sum()))
    return v


@cc.export('max_args', 'f8(f8, f8, i8)')
def max_args(x, c, k):
    return max(math.sqrt(x), float(np.fmod(x, c)) ** (k % 5 - 2) % 0.1)


@cc.export('min_args', 'f8(f8, f8[:])')
def min_args(c, d):
    return min(round(c + float(np.prod(d[:2]))) * 1.0, math.sqrt(float(d[-1])), float(d[1::2].sum()))


@cc.export('complex_args', 'c16(f8[:], f8)')
def complex_args(d, x):
    return complex(abs(255 / float(np.prod(d[:3]))) ** float(np.abs(3.0)), float(np.tanh(float(math.trunc(x)))))


D = np.array([1.0, 2.0, 1.0, -0.5])
CASES = {
    'complex_eq': [(0j, 0.5, np.array([[0.5, math.inf]])), (0j, 0.5, np.array([[0.5, 1.0]])),
                   (complex(5e-324, 0.0), 0.5, np.array([[0.5, 0.0]]))],
    'complex_ne': [(0j, -1.0), (1j, 4.0), (complex(1.0, 0.0), 2.0)],
    'tuple_items': [(math.inf, D), (1.0, D), (2.0, np.array([1.0, 2.0, 3.0, 4.0])), (math.inf, D[:2])],
    'max_args': [(-1.0, 0.0, 0), (4.0, 0.0, 0), (4.0, 3.0, 1), (-1.0, 2.0, 3)],
    'complex_args': [(np.array([0.0, 1.0]), math.nan), (np.array([2.0, 1.0]), math.nan), (np.array([2.0]), 1.5),
                     (np.array([0.0]), 2.0)],
    'min_args': [(math.inf, D), (1.0, D), (1.0, np.array([4.0, 9.0]))],
}
