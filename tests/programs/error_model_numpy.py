# differential-python: numpy
# numba's `error_model='numpy'` on a helper (`@njit(error_model='numpy')`):
# float `/`, `//`, `%` and divmod by zero give inf or nan, int `//` and `%`
# by zero give 0, as numba's NumpyErrorModel; the export that calls it
# keeps Python's errors. CPython raises where the model does not, so
# REFERENCE computes the helper with numpy scalars (numpy's own loops, the
# same values numba gives).
import numpy as np
from pycc import CC

cc = CC('error_model_numpy')


def njit(*args, **kwargs):
    # numba.njit(...) as plain Python sees it here: the function unchanged.
    return lambda f: f


@njit(error_model='numpy', fastmath=False)
def ratio(a, b):
    return a / b


@njit(error_model='numpy')
def floors(a, b):
    return a // b + a % b * 1000.0


@njit(error_model='numpy')
def int_floors(a, b):
    q, r = divmod(a, b)
    return (a // b) * 1000000 + (a % b) * 1000 + q + r


@njit(error_model='numpy')
def int_ratio(a, b):
    return a / b


@njit(error_model='python')
def strict(a, b):
    return a / b


@cc.export('f_ratio', 'f8(f8, f8)')
def f_ratio(a, b):
    return ratio(a, b)


@cc.export('f_floors', 'f8(f8, f8)')
def f_floors(a, b):
    return floors(a, b)


@cc.export('i_floors', 'i8(i8, i8)')
def i_floors(a, b):
    return int_floors(a, b)


@cc.export('i_ratio', 'f8(i8, i8)')
def i_ratio(a, b):
    return int_ratio(a, b)


@cc.export('python_model', 'f8(f8, f8)')
def python_model(a, b):
    # The export itself and a helper with the default model still raise.
    return strict(a, b) + a / b


def np_f_ratio(a, b):
    with np.errstate(all='ignore'):
        return float(np.float64(a) / np.float64(b))


def np_f_floors(a, b):
    with np.errstate(all='ignore'):
        a, b = np.float64(a), np.float64(b)
        return float(a // b + a % b * 1000.0)


def np_i_floors(a, b):
    with np.errstate(all='ignore'):
        a, b = np.int64(a), np.int64(b)
        q, r = np.divmod(a, b)
        return int(a // b * 1000000 + a % b * 1000 + q + r)


def np_i_ratio(a, b):
    # Exact for these magnitudes; by zero numpy's float division.
    if b != 0:
        return a / b
    with np.errstate(all='ignore'):
        return float(np.float64(a) / np.float64(b))


REFERENCE = {'f_ratio': np_f_ratio, 'f_floors': np_f_floors, 'i_floors': np_i_floors, 'i_ratio': np_i_ratio}

F = [(1.0, 0.0), (-1.0, 0.0), (0.0, 0.0), (1.0, -0.0), (7.5, 2.0), (-7.5, 2.0), (5.0, -3.0),
     (float('inf'), 0.0), (float('nan'), 1.0), (1e308, 1e-308), (-0.0, 5.0)]
CASES = {
    'f_ratio': F,
    'f_floors': F,
    'i_floors': [(7, 0), (-7, 0), (0, 0), (7, 2), (-7, 2), (7, -2), (123456, 1000)],
    'i_ratio': [(1, 0), (-1, 0), (0, 0), (7, 2), (-9, 4), (2**53 + 1, 3)],
    'python_model': [(1.0, 0.0), (0.0, 0.0), (3.0, 2.0)],
}
