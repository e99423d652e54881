# differential-python: numpy
# print() of arrays (numpy's own str of each, as CPython's print writes
# str(a); numba formats them the same way) and of None.
import numpy as np
from pycc import CC

cc = CC('print_arrays_prog')


@cc.export('arrays', 'i8(f8[:], i8[:, :], b1[:])')
def arrays(a, m, flags):
    print(a)
    print('m =', m, 'rows:', m.shape[0])
    print(a * 2.0, flags, None, sep=' | ')
    print(a[::-1], end='!\n')
    print(m[0], m.T)
    return a.shape[0]


@cc.export('in_loop', 'f8(i8)')
def in_loop(n):
    x = np.zeros(3)
    for i in range(n):
        x[i % 3] += i
        print(i, x)
    return x.sum()


@cc.export('complex_and_empty', 'void(c16[:], f4[:])')
def complex_and_empty(z, e):
    print(z, e)
    print(np.arange(1200))


CASES = {
    'arrays': [lambda: (np.array([0.1, -0.0, 1e20, np.nan]), np.arange(6).reshape(2, 3), np.array([True, False])),
               lambda: (np.array([]), np.zeros((0, 2), np.int64), np.zeros(0, np.bool_))],
    'in_loop': [(0,), (4,)],
    'complex_and_empty': [lambda: (np.array([1 + 2j, -1.5j]), np.array([1.1, 2.5], np.float32)),
                          lambda: (np.zeros(0, np.complex128), np.zeros(0, np.float32))],
}
