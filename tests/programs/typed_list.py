# differential-python: numpy
# numba.typed.List() and List.empty_list(t): an empty list whose item type
# is what the body appends (as `[]`).
import numpy as np
from numba import typed, types
from numba.typed import List
from pycc import CC

cc = CC('typed_list')


@cc.export('gaps', 'f8[:](f8[:], f8)')
def gaps(times, tol):
    det = List()
    det.append(times[0])
    for i in range(len(times) - 1):
        if times[i + 1] - times[i] > tol:
            det.append(times[i + 1])
    out = np.zeros(len(det))
    for i in range(len(det)):
        out[i] = det[i]
    return out


@cc.export('count_even', 'i8(i8)')
def count_even(n):
    evens = typed.List()
    for i in range(n):
        if i % 2 == 0:
            evens.append(i)
    return len(evens)


@cc.export('last_square', 'i8(i8)')
def last_square(n):
    squares = List.empty_list(types.int64)
    for i in range(n):
        squares.append(i * i)
    if len(squares) == 0:
        return -1
    return squares[-1] + squares[0]


CASES = {
    'gaps': [(np.array([0.1, 0.12, 1.1, 1.3, 3.0]), 0.1), (np.array([5.0]), 1.0), (np.array([0.0, 2.0, 4.0]), 1.5)],
    'count_even': [(0,), (1,), (10,)],
    'last_square': [(0,), (1,), (5,)],
}
