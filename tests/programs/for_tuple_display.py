# differential-python: numpy
# `for` over a tuple display: numbers (mixed int/float), pairs unpacked (the
# grid-neighbour idiom of BFS code), with break/else, computed once before
# the loop as CPython does.
import numpy as np
from pycc import CC

cc = CC('for_tuple_display')


@cc.export('mixed', 'f8(i8, f8)')
def mixed(a, b):
    s = 0.0
    for v in (b, 3.0, b * 2, -b):
        s = s * 2.0 + v
    return s


@cc.export('neighbours', 'i8(i8[:, :], i8, i8)')
def neighbours(g, i, j):
    h, w = g.shape
    s = 0
    for dx, dy in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        x, y = i + dx, j + dy
        if 0 <= x < h and 0 <= y < w:
            s += g[x, y]
    return s


@cc.export('first_neg', 'i8(i8, i8, i8)')
def first_neg(a, b, c):
    for k in (a, b, c):
        if k < 0:
            break
    else:
        k = 0
    return k


CASES = {
    'mixed': [(1, 2.5), (-4, 0.0)],
    'neighbours': [(np.arange(12).reshape(3, 4), 1, 1), (np.arange(12).reshape(3, 4), 0, 3)],
    'first_neg': [(1, -2, -3), (1, 2, 3)],
}
