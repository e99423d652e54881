# differential-python: numpy
# Forms real numba.pycc modules use (issue 16, corpus10): a signature
# written as a constant string expression ('...' + '...'), a tuple display
# with None unpacked into names (`best, thr = (-1, None)`: `thr` starts
# out None), and strs passed to this file's functions (numba's
# unicode_type parameters) by exports and helpers, and a tuple parameter
# rebound to a tuple of another length before it is passed on, and
# np.arange with a complex dtype (Chebyshev coefficients' weights), and a
# list or dict returned on several paths (`return res` early and at the end).
import numpy as np
from pycc import CC

cc = CC('corpus10_forms')

SIG_HEAD = 'f8(f8[:], '


@cc.export('scaled_sum', 'f8(f8[:], ' +
           'f8)')
def scaled_sum(x, k):
    return k * x.sum()


@cc.export('prefixed_sig', SIG_HEAD + 'i8)')
def prefixed_sig(x, n):
    return x[:n].sum()


@cc.export('best_above', '(f8[:], f8)')
def best_above(x, floor):
    best_index, best_value, count = (-1, None, 0)
    for i in range(x.shape[0]):
        if x[i] > floor and (best_value is None or x[i] > best_value):
            best_value = x[i]
            best_index = i
        count += 1
    if best_value is None:
        return best_index, -1.0, count
    return best_index, best_value, count


@cc.export('first_none', '(i8,)')
def first_none(n):
    # The None item first, then items that read the names being bound.
    a, b = None, n + 1
    if n > 2:
        a = b * 2
    if a is None:
        return -1, b
    return a, b


def impurity(counts, criterion):
    total = counts.sum()
    if total == 0:
        return 0.0
    p = counts / total
    if criterion == "gini":
        return 1.0 - (p * p).sum()
    if criterion.startswith("ent"):
        s = 0.0
        for q in p:
            if q > 0:
                s -= q * np.log2(q)
        return s
    raise ValueError("unknown criterion")


def count_char(s, c):
    n = 0
    for ch in s:
        if ch == c:
            n += 1
    return n


def count_twice(s, c):
    # A str parameter passed on, and a str the helper makes passed on.
    return count_char(s, c) + count_char(s + c, c)


@cc.export('impurity_of', 'f8(i8[:], unicode_type)')
def impurity_of(counts, criterion):
    return impurity(counts, criterion)


@cc.export('both_impurities', 'UniTuple(f8, 2)(i8[:])')
def both_impurities(counts):
    return impurity(counts, "gini"), impurity(counts, "entropy")


@cc.export('char_counts', 'i8(unicode_type, unicode_type)')
def char_counts(text, c):
    return count_twice(text, c) * 10 + count_char(text[1:], "a")


def weighted(info, k=1.0):
    a, b = info
    return a + b * k


@cc.export('rebound_tuple', 'f8(UniTuple(f8, 3))')
def rebound_tuple(info):
    a, b, c = info
    info = (a, b)
    return weighted(info, k=c)


def relax(info, omega=None):
    lattice, source = info
    lattice[:] = (1 - omega) * lattice + omega * source
    return lattice.sum()


@cc.export('rebound_arrays', 'f8(Tuple((f8[:], f8[:], f8)))')
def rebound_arrays(info):
    lattice, source, omega = info
    info = (lattice, source)
    return relax(info, omega=omega) + lattice[0]


@cc.export('complex_squares', 'c16[:](i8)')
def complex_squares(n):
    return np.arange(n, dtype=np.complex128) ** 2


@cc.export('complex_steps', 'c8[:](f8, f8, f8)')
def complex_steps(a, b, s):
    return np.arange(a, b, s, dtype=np.complex64)


@cc.export('complex_code', 'c16[:](f8, f8)')
def complex_code(a, b):
    return np.arange(a, b, dtype='D') * 1j + np.arange(a, b, dtype=complex)


@cc.export('positions', '(i8[:], i8)')
def positions(a, v):
    res = []
    if a.shape[0] == 0:
        return res
    for i in range(a.shape[0]):
        if a[i] == v:
            res.append(i)
    if len(res) > 2:
        return res[:2]
    return res


@cc.export('tally', '(i8[:],)')
def tally(a):
    d = {}
    if a.shape[0] == 0:
        return d
    for x in a:
        d[x] = d.get(x, 0) + 1
    if len(d) == 1:
        single = {a[0]: -1}
        return single
    return d


CASES = {
    'scaled_sum': [(np.array([1.0, 2.5]), 2.0), (np.array([]), 3.0)],
    'prefixed_sig': [(np.array([1.0, 2.0, 4.0]), 2), (np.array([1.0]), 0)],
    'best_above': [(np.array([0.5, 3.0, -1.0, 2.0]), 1.0), (np.array([0.5, -2.0]), 1.0), (np.array([]), 0.0)],
    'first_none': [(0,), (3,), (-5,)],
    'impurity_of': [(np.array([3, 1, 0, 4]), "gini"), (np.array([3, 1, 0, 4]), "entropy"),
                    (np.array([0, 0]), "gini"), (np.array([1, 1]), "other"), (np.array([2, 5]), "é")],
    'both_impurities': [(np.array([2, 2, 4]),), (np.array([7]),)],
    'rebound_tuple': [((1.0, 2.0, 3.0),), ((0.5, -1.0, 0.0),)],
    'rebound_arrays': [lambda: ((np.array([1.0, 2.0]), np.array([3.0, 5.0]), 0.5),)],
    'complex_squares': [(5,), (0,)],
    'complex_steps': [(0.1, 2.0, 0.3), (1.0, -1.0, -0.25), (0.0, 1.0, 2.0)],
    'complex_code': [(0.5, 3.3), (2.0, 1.0)],
    'positions': [(np.array([1, 2, 1, 1]), 1), (np.array([5]), 1), (np.array([], dtype=np.int64), 3),
                  (np.array([3, 1, 3]), 3)],
    'tally': [(np.array([1, 2, 1]),), (np.array([], dtype=np.int64),), (np.array([4, 4]),)],
    'char_counts': [("banana", "a"), ("", "x"), ("ππa", "π"), ("aaa", "")],
}
