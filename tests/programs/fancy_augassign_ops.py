# differential-python: numpy
# `a[idx] op= v` on a mask or index-array selection for %, //, **, &, |, ^,
# <<, >> (+ - * / call numpy's in-place operators): the stored values of
# numpy's in-place operator on the copy `a[idx]`, duplicate indices
# included (each stores the value computed from the old copy).
import numpy as np
from pycc import CC

cc = CC('fancy_augassign_ops')


@cc.export('mod_index', 'i8[:](i8[:], i8[:], i8)')
def mod_index(a, k, m):
    a[k] += 7
    a[k] %= m
    return a


@cc.export('ops_mask', 'i8[:](i8[:], i8)')
def ops_mask(a, op):
    m = a > 2
    if op == 0:
        a[m] //= 3
    elif op == 1:
        a[m] **= 2
    elif op == 2:
        a[m] &= 6
    elif op == 3:
        a[m] |= 8
    elif op == 4:
        a[m] ^= 5
    elif op == 5:
        a[m] <<= 2
    else:
        a[m] >>= 1
    return a


@cc.export('float_mod', 'f8[:](f8[:], i8[:], f8[:])')
def float_mod(a, k, v):
    a[k] %= 2.5
    a[k] //= v
    return a


@cc.export('bool_ops', 'b1[:](b1[:], i8[:], i8[:])')
def bool_ops(a, k, j):
    a[k] |= True
    a[j] ^= a[k]
    return a


@cc.export('small_ints', 'u1[:](u1[:], i8[:])')
def small_ints(a, k):
    a[k] %= 7
    a[k] <<= 1
    return a


CASES = {
    'mod_index': [lambda: (np.arange(10, dtype=np.int64), np.array([1, 3, 3, -1], np.int64), 5),
                  lambda: (np.array([-9, 4, 13], np.int64), np.array([0, 2], np.int64), -4),
                  lambda: (np.arange(3, dtype=np.int64), np.array([5], np.int64), 2)],
    'ops_mask': [(lambda op=op: (np.array([1, 5, 3, -2, 9, 2], np.int64), op)) for op in range(7)],
    'float_mod': [lambda: (np.array([7.5, -3.25, 10.0, 1.0]), np.array([0, 1, 3], np.int64),
                           np.array([2.0, -1.5, 0.5])),
                  lambda: (np.array([7.5, -3.25]), np.array([1, 1], np.int64), np.array([0.75, 2.0]))],
    'bool_ops': [lambda: (np.array([False, True, False, False]), np.array([0, 2], np.int64),
                          np.array([1, 3], np.int64))],
    'small_ints': [lambda: (np.array([200, 13, 255, 0], np.uint8), np.array([0, 2, 3], np.int64))],
}
