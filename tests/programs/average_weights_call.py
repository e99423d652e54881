# differential-python: numpy
# np.average(a, weights=<call>): a weights array made by a numpy call in the
# argument itself (`np.arange(n)`, `np.linspace(...)`, `np.ones(n)`), whose
# ndim is known only once typed. pycc once said "a complex array is not
# compiled here yet" for it (src/sema/npcalls/setops.rs, setops_value).
import numpy as np
from pycc import CC

cc = CC('average_weights_call_prog')


@cc.export('arange_weights', '(f8[:],)')
def arange_weights(a):
    return np.average(a, weights=np.arange(a.shape[0]))


@cc.export('linspace_weights', '(f8[:],)')
def linspace_weights(a):
    return np.average(a, weights=np.linspace(0.0, 1.0, a.shape[0]))


@cc.export('axis_weights', '(f8[:, :],)')
def axis_weights(a):
    return np.average(a, axis=1, weights=np.arange(1.0, a.shape[1] + 1.0))


@cc.export('positional_weights', '(f8[:], i8)')
def positional_weights(a, n):
    return np.average(a, None, np.arange(n))


@cc.export('isin_arange', '(i8[:], i8)')
def isin_arange(a, n):
    return np.isin(a, np.arange(n))


A = np.array([3.0, -1.5, 2.0, 7.25, 0.5, -4.0])
CASES = {
    'arange_weights': [(A,), (np.array([1.0]),)],
    'linspace_weights': [(A,)],
    'axis_weights': [(np.arange(12.0).reshape(3, 4) * 1.5 - 4.0,)],
    # numpy's ZeroDivisionError for weights summing to zero, and its
    # TypeError/ValueError for a length that differs.
    'positional_weights': [(A, 6), (A, 4)],
    'isin_arange': [(np.array([3, 1, 7, -1, 5]), 4)],
}
