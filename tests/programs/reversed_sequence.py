# `for x in reversed(seq)` over a list, an array or a tuple variable: the
# items from the last, as CPython's reversed iterator gives them.
# differential-python: numpy
import numpy as np
from pycc import CC

cc = CC('reversed_sequence')


@cc.export('digits', 'i8(i8)')
def digits(n):
    ds = []
    while n > 0:
        ds.append(n % 10)
        n //= 10
    r = 0
    for d in reversed(ds):
        r = r * 10 + d
    return r


@cc.export('rev_array', 'f8(f8[:])')
def rev_array(a):
    s = 0.0
    k = 1.0
    for x in reversed(a):
        s += x * k
        k *= 2.0
        if s > 1e6:
            break
    else:
        s += 0.5
    return s


@cc.export('rev_tuple', 'f8(f8, f8)')
def rev_tuple(x, y):
    t = (x, y, 3.0)
    r = 0.0
    for v in reversed(t):
        r = r * 10.0 + v
    return r


@cc.export('rev_append', 'i8(i8)')
def rev_append(n):
    xs = [i for i in range(n)]
    total = 0
    for x in reversed(xs):
        # Growing the list does not change what reversed() visits.
        xs.append(x)
        total = total * 3 + x
    return total + len(xs)


CASES = {
    'digits': [(12345,), (0,), (7,), (1000,)],
    'rev_array': [(np.array([1.0, 2.0, 3.0]),), (np.array([], dtype=np.float64),), (np.array([1e7, 1.0]),)],
    'rev_tuple': [(1.0, 2.0), (-0.5, 9.0)],
    'rev_append': [(0,), (4,)],
}
