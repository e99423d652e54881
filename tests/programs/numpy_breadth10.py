# differential-python: numpy
# numpy breadth, part 10 (issues 16 and 18): a list or tuple display of
# numbers where numpy converts the argument with asarray: the reductions
# (`np.mean([x, y])`, `np.max((a, b))`, `np.argmax([...])`, empty ones with
# numpy's ValueError), `np.linalg.norm([dx, dy])`, percentiles at a list of
# q, `np.interp(x, [x0, x1], [y0, y1])`, `np.polyval([...], x)`,
# `np.digitize(x, [...])`, `np.isin(a, [...])`, `np.average(v, weights=[...])`.
import numpy as np
from pycc import CC

cc = CC('numpy_breadth10_prog')


@cc.export('reduce_lists', '(f8, f8, i8)')
def reduce_lists(x, y, n):
    m = np.mean([x, y])
    s = np.std((x, y, 1.0))
    v = np.var([x, y, n], ddof=1)
    return m, s, v, np.median([x, y, 0.0]), np.max((x, y)), np.min([n, 3]), np.sum([n, 2, True])


@cc.export('arg_lists', '(f8, f8, f8)')
def arg_lists(x, y, z):
    return np.argmax([x, y, z]), np.argmin((x, y, z)), np.prod([x, y]), np.ptp([x, y, z])


@cc.export('int_lists', '(i8, i8)')
def int_lists(i, j):
    return np.sum([i, j]), np.max([i, j, -1]), np.mean([i, j]), np.cumsum([i, j, 1]), np.sort([j, i, 0])


@cc.export('empty_max', '(i8,)')
def empty_max(n):
    return np.max([]) + n


@cc.export('nested_lists', '(f8,)')
def nested_lists(x):
    return np.sum([[x, 1.0], [2.0, x]], axis=0), np.mean([[x, 1.0], [2.0, x]])


@cc.export('norm_list', '(f8, f8, f8)')
def norm_list(dx, dy, dz):
    total = 0.0
    for k in range(3):
        total += np.linalg.norm([dx * k, dy])
    return total, np.linalg.norm((dx, dy, dz)), np.linalg.norm([dx, dy], ord=1)


@cc.export('percentiles', '(f8[:],)')
def percentiles(a):
    q1, q3 = np.percentile(a, [25, 75])
    lo, hi = np.quantile(a, (0.1, 0.9))
    return q3 - q1, hi - lo, np.nanpercentile(a, [50.0]), np.percentile([1.0, 2.0, 4.0], 50)


@cc.export('interp_lists', '(f8[:], f8, f8)')
def interp_lists(x, lo, hi):
    return np.interp(x, [0.0, 1.0], [lo, hi]), np.interp(0.25, [0, 1, 2], (lo, hi, lo))


@cc.export('poly_lists', '(f8[:], f8)')
def poly_lists(x, c):
    return np.polyval([1.0, -2.0, c], x), np.polyval([3, 0, 1], c), np.polyval(p=[2.0, c], x=x)


@cc.export('bins_lists', '(f8[:], i8[:])')
def bins_lists(x, k):
    return np.digitize(x, [0.0, 1.0, 2.5]), np.isin(k, [1, 3, 5]), np.digitize(x, bins=[3.0, 1.0], right=True)


@cc.export('weights_list', '(f8[:],)')
def weights_list(v):
    return np.average(v[:3], weights=[1.0, 2.0, 3.0]), np.average([1, 2, 3], weights=(3, 2, 1))


A = np.array([3.0, -1.0, 2.5, 0.0, 7.0])
CASES = {
    'reduce_lists': [lambda: (1.5, -2.0, 4), lambda: (0.0, 0.0, 0), lambda: (np.nan, 1.0, 2), lambda: (-0.0, 0.0, -3)],
    'arg_lists': [lambda: (1.0, 3.0, 2.0), lambda: (np.nan, 3.0, 2.0), lambda: (2.0, 2.0, -2.0)],
    'int_lists': [lambda: (3, -4), lambda: (2**62, 2**62), lambda: (0, 0)],
    'empty_max': [lambda: (1,)],
    'nested_lists': [lambda: (1.5,), lambda: (np.inf,)],
    'norm_list': [lambda: (3.0, 4.0, 12.0), lambda: (0.0, 0.0, 0.0), lambda: (1e200, 1e200, 1.0)],
    'percentiles': [lambda: (A,), lambda: (np.array([np.nan, 1.0, 2.0]),), lambda: (np.zeros(0),)],
    'interp_lists': [lambda: (A, -1.0, 1.0), lambda: (np.linspace(0.0, 1.0, 7), 2.0, 2.0), lambda: (np.zeros(0), 0.0, 1.0)],
    'poly_lists': [lambda: (A, 0.5), lambda: (np.zeros(0), -1.0)],
    'bins_lists': [lambda: (A, np.array([1, 2, 3, 4, 5])), lambda: (np.array([np.nan, -np.inf]), np.zeros(0, np.int64))],
    'weights_list': [lambda: (A,), lambda: (np.array([1.0, -1.0, 2.0]),), lambda: (np.array([1.0, 2.0]),)],
}

# Error cases by keyword form: their messages are compared too.
CASES['empty_max'].append({'args': (1,), 'kwargs': {}})
CASES['percentiles'].append({'args': (np.zeros(0),), 'kwargs': {}})
CASES['weights_list'].append({'args': (np.array([1.0, 2.0]),), 'kwargs': {}})


@cc.export('list_vars', '(f8[:], i8)')
def list_vars(a, n):
    times = []
    counts = [0]
    for k in range(n):
        times.append(a[k % a.size] * k)
        counts.append(k % 3)
    return np.mean(times), np.std(times), np.median(times), np.max(counts), np.percentile(times, [50, 90]), np.sum(counts)


CASES['list_vars'] = [lambda: (A, 7), lambda: (A, 1), lambda: (A, 0)]
CASES['list_vars'].append({'args': (A, 0), 'kwargs': {}})


# np.maximum.accumulate and the like: numpy's own method, in the array's dtype.
@cc.export('drawdown', '(f8[:],)')
def drawdown(prices):
    peak = np.maximum.accumulate(prices)
    return np.max((peak - prices) / peak), np.minimum.accumulate(prices)


@cc.export('accumulate_axes', '(f8[:, :], i8)')
def accumulate_axes(m, k):
    return (np.maximum.accumulate(m), np.minimum.accumulate(m, axis=1), np.fmax.accumulate(m, k),
            np.fmin.accumulate(array=m[::-1], axis=-1))


@cc.export('accumulate_ints', '(i4[:], b1[:], u8[:, :, :])')
def accumulate_ints(v, b, w):
    return np.maximum.accumulate(v), np.minimum.accumulate(b), np.maximum.accumulate(w, 2), np.maximum.accumulate(v, None)


CASES['drawdown'] = [lambda: (np.array([1.0, 3.0, 2.0, 5.0, 1.0]),), lambda: (np.array([2.0, np.nan, 1.0]),),
                     lambda: (np.array([-0.0, 0.0, -0.0]),)]
CASES['accumulate_axes'] = [lambda: (np.array([[1.0, np.nan, 0.5], [3.0, -1.0, 7.0]]), 0),
                            lambda: (np.array([[1.0, np.nan, 0.5], [3.0, -1.0, 7.0]]), 1),
                            lambda: (np.array([[1.0, np.nan, 0.5], [3.0, -1.0, 7.0]]), 2),
                            lambda: (np.zeros((0, 3)), -2)]
CASES['accumulate_ints'] = [lambda: (np.array([3, -1, 4, 1, 5], np.int32), np.array([True, False, True]),
                                     np.arange(24, dtype=np.uint64).reshape(2, 3, 4)[:, ::-1, ::-1]),
                            lambda: (np.zeros(0, np.int32), np.zeros(0, bool), np.zeros((1, 0, 2), np.uint64))]
CASES['accumulate_axes'].append({'args': (np.ones((2, 2)), 2), 'kwargs': {}})


# np.clip of numbers: numpy's clip loop inline (a nan bound gives nan, ties keep x).
@cc.export('clip_numbers', '(f8, f8, f8)')
def clip_numbers(x, lo, hi):
    return np.clip(x, lo, hi), np.clip(x, None, hi), np.clip(x, a_min=lo, a_max=None), np.clip(x, 0, 1)


@cc.export('clip_ints', '(i8, i8, i8)')
def clip_ints(x, lo, hi):
    total = 0
    for k in range(-3, 4):
        total += np.clip(x * k, lo, hi)
    return total, np.clip(x, lo, hi), np.clip(x, 0.5, hi)


_SPECIAL = [-0.0, 0.0, 1.0, -1.0, float('nan'), float('inf'), 0.5]
CASES['clip_numbers'] = [(lambda x=x, lo=lo, hi=hi: (x, lo, hi)) for x in _SPECIAL for lo in _SPECIAL for hi in _SPECIAL]
CASES['clip_ints'] = [lambda: (5, 0, 3), lambda: (-2, 0, 3), lambda: (2, 7, 1), lambda: (2**40, -2**50, 2**45)]


# np.diff(a, prepend=x, append=y) of numbers: numpy's array of the number, concatenated.
@cc.export('diff_ends', '(f8[:], i4[:], f4[:, :])')
def diff_ends(a, k, m):
    return (np.diff(a, prepend=0.0), np.diff(a, append=a[-1]), np.diff(k, prepend=0), np.diff(k, n=2, prepend=1.5, append=True),
            np.diff(m, axis=0, prepend=0.0), np.diff(m, prepend=2))


@cc.export('diff_bools', '(b1[:],)')
def diff_bools(b):
    return np.diff(b, prepend=False), np.diff(b, append=1)


CASES['diff_ends'] = [lambda: (np.array([1.0, 4.0, np.nan, -2.0]), np.array([3, 1, 4], np.int32), np.arange(6, dtype=np.float32).reshape(2, 3)),
                      lambda: (np.array([5.0]), np.zeros(0, np.int32), np.zeros((0, 2), np.float32)),
                      lambda: (np.zeros(0), np.zeros(0, np.int32), np.zeros((1, 1), np.float32))]
CASES['diff_bools'] = [lambda: (np.array([True, False, False, True]),), lambda: (np.zeros(0, bool),)]
CASES['diff_ends'].append({'args': (np.zeros(0), np.zeros(0, np.int32), np.zeros((1, 1), np.float32)), 'kwargs': {}})


# np.ediff1d's ends: numpy's own (its same_kind TypeError for a float end of ints).
@cc.export('ediff_ends', '(f8[:], i8[:], f8)')
def ediff_ends(a, k, x):
    return np.ediff1d(a, to_end=x), np.ediff1d(a, to_begin=-1.0), np.ediff1d(k, 0, 5), np.ediff1d(a, x, x)


@cc.export('ediff_cast', '(i8[:], f8)')
def ediff_cast(k, x):
    return np.ediff1d(k, to_end=x)


CASES['ediff_ends'] = [lambda: (np.array([1.0, 4.0, np.nan]), np.array([3, 1, 4]), 2.5), lambda: (np.zeros(0), np.zeros(0, np.int64), -0.0)]
CASES['ediff_cast'] = [{'args': (np.array([3, 1, 4]), 0.5), 'kwargs': {}}]
