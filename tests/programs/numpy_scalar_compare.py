# differential-python: numpy
"""numpy's comparison and bitwise ufuncs of two numbers (`np.less(a, b)`,
`np.bitwise_and(m, k)`): Python's operators exactly, numpy's bool results."""
import numpy as np
from pycc import CC

cc = CC('numpy_scalar_compare')


@cc.export('compare_all', 'UniTuple(b1, 6)(f8, f8)')
def compare_all(a, b):
    return (np.less(a, b), np.less_equal(a, b), np.greater(a, b), np.greater_equal(a, b),
            np.equal(a, b), np.not_equal(a, b))


@cc.export('mixed', 'b1(i8, f8)')
def mixed(a, b):
    return np.less(a, b) or np.equal(a, b)


@cc.export('bits', 'UniTuple(i8, 3)(i8, i8)')
def bits(a, b):
    return np.bitwise_and(a, b), np.bitwise_or(a, b), np.bitwise_xor(a, b)


@cc.export('bits_u1', 'u1(u1, u1)')
def bits_u1(a, b):
    return np.bitwise_xor(a, b) & np.bitwise_or(a, 1)


@cc.export('count_below', 'i8(f8[:], f8)')
def count_below(x, t):
    n = 0
    for v in x:
        if np.less(v, t):
            n += 1
    return n


CASES = {
    'compare_all': [(1.0, 2.0), (2.0, 2.0), (3.0, -1.0), (float('nan'), 1.0), (-0.0, 0.0), (float('inf'), float('inf'))],
    'mixed': [(3, 3.0), (4, 3.5), (2, 2.5), (2**53 + 1, float(2**53)), (-1, float('nan'))],
    'bits': [(12, 10), (-1, 255), (0, 0), (-(2**63), 2**63 - 1)],
    'bits_u1': [(200, 100), (0, 0), (255, 1)],
    'count_below': [(np.array([1.0, 5.0, -2.0, float('nan')]), 2.0), (np.zeros(0), 1.0)],
}
