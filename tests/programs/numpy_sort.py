# np.sort(a) as a value, statement and operand, computed by numpy (nan last).
# differential-python: numpy
import numpy as np
from pycc import CC

cc = CC('numpy_sort')


@cc.export('sorted1', 'f8[:](f8[:])')
def sorted1(a):
    b = np.sort(a)
    return b


@cc.export('sorted_int2', 'i8[:, :](i8[:, :])')
def sorted_int2(a):
    return np.sort(a)


@cc.export('median_ish', 'f8(f8[:])')
def median_ish(a):
    s = np.sort(a)
    return s[len(s) // 2]


@cc.export('sorted_view', 'i4[:](i4[:])')
def sorted_view(a):
    return np.sort(a[::-1])


@cc.export('sort_sum', 'f8(f8[:])')
def sort_sum(a):
    return np.sort(a).sum()


CASES = {
    'sorted1': [(np.array([3.0, -1.0, float('nan'), 2.5, -0.0, 0.0]),), (np.zeros(0),)],
    'sorted_int2': [(np.array([[3, 1, 2], [9, -7, 0]]),)],
    'median_ish': [(np.array([5.0, 1.0, 4.0, 2.0, 3.0]),), (np.zeros(0),)],
    'sorted_view': [(np.array([4, 1, 3, 2], dtype=np.int32),)],
    'sort_sum': [(np.array([1e16, 1.0, -1e16]),)],
}
