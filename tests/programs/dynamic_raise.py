# `raise E(...)` and `assert c, msg` with values known only at run time
# (numba's dynamic exceptions): f-strings, str(), several arguments, numbers
# and None. CPython builds the instance, so type, args and message match.
# differential-python: numpy
import numpy as np
from pycc import CC

cc = CC('dynamic_raise')
LIMIT = "limit reached"


@cc.export('check', 'f8(f8, i8)')
def check(x, n):
    if x < 0:
        raise ValueError("negative: " + str(x))
    if n == 1:
        raise IndexError(f"bad n {n} for x={x:.3f}")
    if n == 2:
        raise KeyError(n)
    if n == 3:
        raise RuntimeError("several", n, x, None)
    if n == 4:
        raise ValueError(LIMIT)
    if n == 5:
        raise ZeroDivisionError(x / 4)
    assert x < 100, f"too big: {x!r}"
    assert x < 50, "constant!"
    return x


@cc.export('first_negative', 'i8(f8[:])')
def first_negative(a):
    s = 0
    for i in range(a.shape[0]):
        if a[i] < 0:
            raise ValueError(f"a[{i}] = {a[i]} is negative")
        s += 1
    return s


@cc.export('assert_lazy', 'i8(i8)')
def assert_lazy(n):
    # The message is computed only when the assertion fails: 1 // n would
    # raise ZeroDivisionError if it ran for n == 0.
    assert n != 1, f"one: {10 // n}"
    return n


def _cases(arg_tuples):
    return [{'args': a, 'kwargs': {}} for a in arg_tuples]


CASES = {
    'check': _cases([(-1.5, 0), (1.0, 1), (1.0, 2), (1.0, 3), (1.0, 4), (1.0, 5), (200.0, 0),
                              (70.0, 0), (2.0, 0), (float('nan'), 1), (float('inf'), 0)]),
    'first_negative': _cases([(np.array(x, dtype=np.float64),) for x in ([1.0, -2.0], [1.0, 2.0, 3.0], [], [-0.0, -1e-300])]),
    'assert_lazy': _cases([(0,), (1,), (2,), (-3,)]),
}
