# differential-python: numpy
# `L[a:b] = v` and `L[a:b:k] = v` of lists (issue 16; numba's list slice
# stores): CPython's list_ass_subscript, the value copied first (`L[:1] = L`),
# bounds negative, past either end or crossed, a step of 1 any length, other
# steps (negative too) exactly the slice's length or ValueError, step 0
# ValueError; values from a list, a tuple display, a range and an array.
import numpy as np
from pycc import CC

cc = CC("lang18_list_slices")


@cc.export("plain", "(i8, i8, i8)")
def plain(n, a, b):
    L = list(range(n))
    L[a:b] = [10, 20, 30]
    return L


@cc.export("open_ends", "(i8, i8)")
def open_ends(n, a):
    L = [x * 1.5 for x in range(n)]
    L[a:] = (-1.0, -2.0)
    L[:a] = []
    L[:] = L + [7.0]
    return L


@cc.export("stepped", "(i8, i8, i8, i8, i8)")
def stepped(n, a, b, k, m):
    L = list(range(n))
    L[a:b:k] = [100 + x for x in range(m)]
    return L


@cc.export("const_step", "(i8,)")
def const_step(n):
    L = list(range(n))
    L[::2] = range(0, -((n + 1) // 2), -1)
    L[::-3] = L[: len(L[::-3])]
    return L


@cc.export("self_copy", "(i8, i8)")
def self_copy(n, a):
    L = list(range(n))
    L[a:a] = L
    L[-1:] = range(3)
    return L


@cc.export("from_array", "(f8[:], i8, i8)")
def from_array(x, a, b):
    L = [0.5, 1.5, 2.5, 3.5]
    L[a:b] = x
    s = 0.0
    for v in L:
        s = s * 2.0 + v
    return s, len(L)


CASES = {
    "plain": [(5, 1, 3), (5, 0, 0), (5, 3, 1), (5, -2, 100), (5, -100, -4), (0, 0, 0), (4, 4, 4), (3, 10, 20)],
    "open_ends": [(4, 2), (4, 0), (4, 9), (4, -1), (0, 0)],
    "stepped": [
        (6, 0, 6, 2, 3), (6, 0, 6, 2, 2), (6, 5, 0, -2, 3), (6, -1, -7, -1, 6), (6, 0, 6, 1, 0),
        (6, 0, 6, 0, 3), (6, 10, -10, -3, 2), (0, 0, 0, 2, 0), (6, 1, 2, 1, 4), (6, 4, 1, 2, 0),
        (6, 100, -100, -1, 6),
    ],
    "const_step": [(0,), (1,), (5,), (8,)],
    "self_copy": [(3, 1), (3, 0), (3, 3), (0, 0)],
    "from_array": [(np.array([9.0, 8.0]), 1, 3), (np.zeros(0), 0, 4), (np.array([-0.0]), 4, 4)],
}
