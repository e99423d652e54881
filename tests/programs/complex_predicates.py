# differential-python: numpy
# np.isnan / np.isinf / np.isfinite of complex numbers (numpy's and
# cmath's: of either part; isfinite of both), beside cmath's.
import cmath
import numpy as np
from numba.pycc import CC

cc = CC('cp')


@cc.export('preds', 'UniTuple(b1, 6)(c16)')
def preds(z):
    return (np.isnan(z), np.isinf(z), np.isfinite(z), cmath.isnan(z), cmath.isinf(z), cmath.isfinite(z))


@cc.export('guard', 'f8(c16, f8)')
def guard(z, x):
    w = z * x
    if not np.isinf(w):
        return abs(w)
    return -1.0


@cc.export('phase', 'f8(c16)')
def phase(z):
    return cmath.phase(z)


CASES = {
    'preds': [(1 + 2j,), (complex(float('inf'), 0.0),), (complex(0.0, float('-inf')),), (complex(float('nan'), 1.0),),
              (complex(float('inf'), float('nan')),)],
    'guard': [(1 + 1j, 2.0), (1e308 + 1j, 10.0), (1j, float('inf'))],
    'phase': [(-1 + 0j,), (complex(0.0, -0.0),)],
}
