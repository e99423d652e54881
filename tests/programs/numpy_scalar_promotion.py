# differential-python: numpy
# numpy scalars are strong in numpy 2's promotion (NEP 50): an array's
# element or a float reduction (`a[0]`, `np.mean(a)`) with an array of
# another dtype promotes as a dtype, not as a Python number (`f4 array *
# a[0]` of a float64 `a` is float64, `i4 array * ja[0]` is int64); masks
# whose comparison takes an array a numpy call makes (`c[np.argsort(a) ==
# b] = x`), unary operators of such arrays (`~np.argsort(a)`) and tuple
# items (`np.concatenate((np.argsort(a), b))`). Found
# by fuzz/programs (ndarrays); compared with numpy itself.
import numpy as np
from pycc import CC

cc = CC('numpy_scalar_promotion_prog')


@cc.export('f4_times_elem', 'f8[:](f4[:], f8[:])')
def f4_times_elem(b, a):
    return b * a[0]


@cc.export('i4_times_elem', 'i4[:](i4[:], i8[:])')
def i4_times_elem(ia, ja):
    c = ia * ja[0]
    return c.astype(np.int32)


@cc.export('i4_times_elem_sum', 'f8(i4[:], i8[:])')
def i4_times_elem_sum(ia, ja):
    return float(np.sum(ia * ja[-1]))


@cc.export('f4_minus_mean', 'f8(f4[:], f8[:])')
def f4_minus_mean(b, a):
    return float(np.sum(b - np.mean(a))) + float(np.sum(b + a.sum()))


@cc.export('f4_inplace_elem', 'f4[:](f4[:], f8[:])')
def f4_inplace_elem(b, a):
    c = b.copy()
    c += a[0]
    c *= -a[1]
    return c


@cc.export('f4_compare_elem', 'i8(f4[:], f8[:])')
def f4_compare_elem(b, a):
    return int(np.sum(b < a[1])) + int(np.count_nonzero(b == a[0]))


@cc.export('u1_plus_elem', 'f8(u1[:], i8[:])')
def u1_plus_elem(ua, ja):
    # ja[1] is an int64 scalar: no OverflowError, the sum is int64
    return float(np.sum(ua + ja[1]))


@cc.export('maximum_elem', 'f8(f4[:], f8[:])')
def maximum_elem(b, a):
    return float(np.sum(np.maximum(b, a[1])))


@cc.export('f4_elem_f4', 'f4[:](f4[:])')
def f4_elem_f4(b):
    return b * b[0] + np.float32(1.5) * 0.1


@cc.export('mask_of_call', 'i4[:](i4[:], b1[:], i8)')
def mask_of_call(ia, ba, k):
    c = ia.copy()
    c[np.argsort(ia, kind="stable") == ba] = k
    c[(np.cumsum(ia) > 2) & (ia != k)] += 1
    return c


@cc.export('unary_of_call', 'f8(f8[:], i8[:])')
def unary_of_call(a, ja):
    # `~np.argsort(a)` sliced: the call is computed first, as a BinOp's operand
    return float(np.argmin((~np.argsort(a))[::3])) + float(np.max((-np.sort(ja))[1:]))


@cc.export('concat_of_call', 'f8(f8[:], i8[:], f8, i8)')
def concat_of_call(a, ja, x, k):
    # a tuple item a numpy call makes is computed first
    c = np.concatenate((np.argsort(a), ja & ja))
    return float(np.min(np.concatenate((np.argsort(a), (np.where(a > x, ja, k) & c[:len(ja)]))))) + float(c[-1])


@cc.export('where_clip_elem', 'f8(f4[:], f8[:])')
def where_clip_elem(b, a):
    # np.where / np.clip with a numpy scalar: the float32 array converts to
    # float64, the scalar is not rounded to float32
    s = float(np.sum(np.where(b > 0, b, a[0]))) + float(np.sum(np.where(b > 0, np.float64(0.1), b)))
    return s + float(np.sum(np.clip(b, a[0], a[1]))) + float(np.sum(b.clip(None, a[-1])))


@cc.export('where_clip_int_elem', 'f8(i4[:], i8[:])')
def where_clip_int_elem(ia, ja):
    return float(np.sum(np.where(ia > 0, ia, ja[0]) * 2**31)) + float(np.sum(np.clip(ia, ja[0], ja[1]) * 2**31))


def F(n, s=0):
    return np.random.default_rng(n + s).standard_normal(n) * 3


CASES = {
    'f4_times_elem': [(lambda n=n: (F(n).astype(np.float32), F(n, 1))) for n in (1, 2, 5)],
    'i4_times_elem': [lambda: (np.array([2**30, 3, -7], np.int32), np.array([4, 5, 6]))],
    'i4_times_elem_sum': [lambda: (np.array([2**30, 3, -7], np.int32), np.array([4, 5, 2**33]))],
    'f4_minus_mean': [(lambda n=n: (F(n).astype(np.float32), F(n, 1))) for n in (1, 2, 7)],
    'f4_inplace_elem': [(lambda n=n: (F(n).astype(np.float32), F(n + 1, 1))) for n in (1, 2, 7)],
    'f4_compare_elem': [lambda: (np.array([0.1, 0.3, 0.7], np.float32), np.array([0.1, 0.3, 0.5]))],
    'u1_plus_elem': [lambda: (np.array([1, 200, 255], np.uint8), np.array([-2, 300])),
                     lambda: (np.array([1, 200], np.uint8), np.array([0, -5]))],
    'maximum_elem': [(lambda n=n: (F(n).astype(np.float32), F(n + 1, 1))) for n in (1, 2, 7)],
    'f4_elem_f4': [(lambda n=n: (F(n).astype(np.float32),)) for n in (1, 2, 7)],
    'unary_of_call': [(lambda n=n: (F(n), np.arange(n) - 3)) for n in (2, 7)],
    'concat_of_call': [(lambda n=n: (F(n), np.arange(n) - 3, 0.5, -2)) for n in (1, 2, 7)],
    'where_clip_elem': [(lambda n=n: (F(n).astype(np.float32), F(n + 2, 1))) for n in (1, 2, 7)],
    'where_clip_int_elem': [lambda: (np.array([3, -1, 2**30], np.int32), np.array([-2, 5])),
                            lambda: (np.array([7], np.int32), np.array([0, 2**33]))],
    'mask_of_call': [lambda: (np.array([3, -1, 0, 2], np.int32), np.array([True, False, True, False]), 9),
                     lambda: (np.array([1], np.int32), np.array([False]), -2)],
}
