# differential-python: numpy
# Arrays computed by numpy calls (np.argsort, np.sort, np.concatenate) as
# operands of elementwise expressions under reductions with an axis, methods
# and np.diff, and index arrays computed in a store's target (a call, a view
# of one, int arithmetic): found by fuzz/programs (arrays); compared with
# numpy itself, bit for bit.
import numpy as np
from pycc import CC

cc = CC('numpy_computed_operands_prog')


@cc.export('sum_axis', 'f8(f8[:], f4[:])')
def sum_axis(a, fa):
    return float(np.sum(fa + np.argsort(a), axis=0))


@cc.export('method_sum', 'f8(f8[:], i8[:])')
def method_sum(a, ia):
    return float((a * (np.argsort(a) * ia)).sum())


@cc.export('diff_sum', 'f8(f8[:], i8[:])')
def diff_sum(a, ia):
    return float(np.sum(np.diff(a + np.argsort(a) - np.sort(ia))))


@cc.export('concat_operand', 'f8[:](f8[:], i8[:])')
def concat_operand(a, ia):
    return a * 0.5 + np.concatenate((ia[1:], ia[:1]))


@cc.export('store_call_view', 'f8[:](f8[:], i8[:], f8)')
def store_call_view(a, ia, x):
    c = a.copy()
    c[np.argsort(ia)[:2]] = x
    return c


@cc.export('store_arith_index', 'f8[:](f8[:], i8[:])')
def store_arith_index(a, ia):
    c = a.copy()
    # Repeated indices add once (numpy's buffered fancy `+=`).
    c[np.abs(ia) % c.shape[0]] += 1.0
    c[-ia % c.shape[0]] = a[ia % c.shape[0]] * 2.0
    return c


@cc.export('int_store_index', 'i8[:](f8[:], i8[:], i8)')
def int_store_index(a, ia, k):
    ic = ia.copy()
    ic[np.argsort(a)[-2:]] = -k
    ic[(ia + 1) % 3] -= k
    return ic


@cc.export('argsort_reduced', 'Tuple((f8, i8[:]))(f8[:], i8[:])')
def argsort_reduced(a, ia):
    s = float(np.sum(np.argsort(a))) + float(np.max(np.argsort(ia)))
    return s + np.sum(np.argsort(a), axis=0) + np.mean(np.argsort(a)), np.cumsum(np.argsort(ia))


def A(n, s=0):
    return np.random.default_rng(n + s).standard_normal(n)


def I(n):
    return np.random.default_rng(n + 7).integers(-6, 7, n)


CASES = {
    'sum_axis': [(lambda n=n: (A(n), A(n, 1).astype(np.float32))) for n in (1, 2, 5, 17)] + [lambda: (A(0), A(0).astype(np.float32))],
    'method_sum': [(lambda n=n: (A(n), I(n))) for n in (1, 3, 17)],
    'diff_sum': [(lambda n=n: (A(n), I(n))) for n in (1, 2, 9)],
    'concat_operand': [(lambda n=n: (A(n), I(n))) for n in (1, 4, 9)] + [lambda: (A(3), I(2))],
    'store_call_view': [(lambda n=n: (A(n), I(n), 2.5)) for n in (1, 2, 6)],
    'store_arith_index': [(lambda n=n: (A(n), I(n))) for n in (1, 2, 6, 17)],
    'argsort_reduced': [(lambda n=n: (A(n), I(n))) for n in (1, 2, 6)] + [lambda: (A(0), I(0))],
    'int_store_index': [(lambda n=n: (A(n), I(n), 3)) for n in (1, 2, 6)] + [lambda: (A(2), I(1), 1)],
}
