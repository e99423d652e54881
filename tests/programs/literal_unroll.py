# differential-python: numpy
# numba's literal_unroll: a loop over a tuple whose elements differ in type
# runs its body once per element, with the loop variable of that element's
# type (also a plain `for v in t` over such a tuple, which numba rejects
# without literal_unroll); break, continue and else keep their meaning.
import numpy as np
from numba import literal_unroll
from pycc import CC

cc = CC('literal_unroll')


@cc.export('weighted', 'f8(f8)')
def weighted(x):
    t = (1, 2.5, 3, True)
    s = 0.0
    for v in literal_unroll(t):
        s += v * x
    return s


@cc.export('kinds', 'i8(i8)')
def kinds(n):
    # `v // 2` floors an int and a float differently: each copy has its own v.
    total = 0
    for v in literal_unroll((n, 7.5, -3)):
        total = total * 10 + int(v // 2)
    return total


@cc.export('early', 'f8(f8)')
def early(limit):
    t = (1.5, 4, 2.25, 10)
    s = 0.0
    for v in t:
        if v == 4:
            continue
        if s + v > limit:
            break
        s += v
    else:
        s = -s
    return s


@cc.export('nested', 'f8(f8[:])')
def nested(a):
    t = (a, 2, 0.5)
    s = 0.0
    for v in literal_unroll(t):
        for w in literal_unroll((1, 1.5)):
            s += w
        s += 1.0
    return s + a.sum()


@cc.export('argument', 'f8(Tuple(i8, f8))')
def argument(t):
    s = 0.0
    for v in t:
        s += v
    return s


@cc.export('complex_mix', 'c16(Tuple(c16, f8, i8))')
def complex_mix(t):
    s = 0j
    for x in t:
        s = s * 2 + x
    return s


@cc.export('arrays_mix', 'f8(Tuple(f8[:], f4[:]))')
def arrays_mix(t):
    s = 0.0
    for x in t:
        s += x.sum() + x[0]
    return s


CASES = {
    'complex_mix': [((1 + 2j, 0.5, 3),), ((-0.0j, -0.0, 0),)],
    'arrays_mix': [((np.arange(3.0), np.ones(2, dtype=np.float32) / 3),)],
    'argument': [((3, 0.25),), ((-1, 1e300),)],
    'weighted': [(0.5,), (-2.0,)],
    'kinds': [(5,), (-7,), (0,)],
    'early': [(100.0,), (3.0,), (0.0,)],
    'nested': [(np.arange(3.0),)],
}
