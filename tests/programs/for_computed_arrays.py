# differential-python: numpy
# `for` over an array the loop's header computes (a method's result, a
# transpose, an operator's result): CPython evaluates the iterable once,
# before the first pass, so rebinding the source inside the loop does not
# change what it walks.
import numpy as np
from pycc import CC

cc = CC('for_computed_arrays_prog')


@cc.export('ravel_sum', 'f8(f8[:, :])')
def ravel_sum(a):
    s = 0.0
    for v in a.ravel():
        s = s * 0.5 + v
    return s


@cc.export('rows_of_transpose', 'f8(f8[:, :])')
def rows_of_transpose(a):
    s = 0.0
    for row in a.T:
        s = s * 0.5 + row[0] - row[-1]
    return s


@cc.export('histogram_u8', 'i8[:](u1[:, :])')
def histogram_u8(img):
    h = np.zeros(256, dtype=np.int64)
    for v in img.ravel():
        h[v] += 1
    return h


@cc.export('rebinds_source', 'f8(f8[:])')
def rebinds_source(a):
    s = 0.0
    for v in (a * 2.0).copy():
        a = a[:1]
        s += v + a.shape[0]
    return s


@cc.export('flatten_then_break', 'i8(i8[:, :], i8)')
def flatten_then_break(m, stop):
    n = 0
    for v in m.flatten():
        if v == stop:
            break
        n += 1
    else:
        n = -1
    return n



@cc.export('zip_computed', 'f8(f8[:, :], f8[:, :])')
def zip_computed(a, b):
    s = 0.0
    for x, y in zip(a.ravel(), np.sort(b.T.ravel())):
        s = s * 0.5 + x * y
    return s


@cc.export('reversed_sorted', 'f8(f8[:])')
def reversed_sorted(a):
    s = 0.0
    for v in reversed(np.sort(a)):
        s = s * 0.5 + v
    return s

CASES = {
    'ravel_sum': [lambda: (np.arange(6.0).reshape(2, 3),), lambda: (np.zeros((0, 3)),),
                  lambda: (np.arange(12.0).reshape(3, 4)[:, ::2],)],
    'rows_of_transpose': [lambda: (np.arange(6.0).reshape(2, 3),), lambda: (np.ones((4, 1)),)],
    'histogram_u8': [lambda: ((np.arange(100) * 7 % 256).astype(np.uint8).reshape(10, 10),)],
    'rebinds_source': [lambda: (np.arange(4.0),)],
    'zip_computed': [lambda: (np.arange(6.0).reshape(2, 3), np.arange(6.0).reshape(3, 2) % 4.0),
                     lambda: (np.ones((2, 2)), np.arange(6.0).reshape(3, 2))],
    'reversed_sorted': [lambda: (np.array([3.0, -1.0, 2.5]),), lambda: (np.zeros(0),)],
    'flatten_then_break': [lambda: (np.arange(6).reshape(2, 3), 4), lambda: (np.arange(6).reshape(2, 3), 9)],
}
