# differential-python: numpy
# Calls to functions of the file with keyword arguments (`f(x, ddof=1)`),
# in or out of parameter order, leaving out defaults before a keyword, as in
# real modules: `_var(data[i], ddof=ddof)`; and float('inf') / float('nan')
# string literals.
import numpy as np
from pycc import CC

cc = CC('keyword_calls')
SCALE = 2.5
INF = float('inf')


def _var(data, ddof=0):
    s, q = 0.0, 0.0
    for x in data:
        s += x
        q += x * x
    n = len(data)
    return (q / n - (s / n) ** 2) * (n / (n - ddof))


def _lin(x, a=1.0, b=SCALE, c=-1):
    return a * x + b * c


def _fill(out, value, start=0, step=1):
    for i in range(start, len(out), step):
        out[i] = value
    return out


@cc.export('rows_var', 'f8[:](f8[:,:], i8)')
def rows_var(data, ddof):
    out = np.zeros(data.shape[0])
    for i in range(data.shape[0]):
        out[i] = _var(data[i], ddof=ddof)
    return out


@cc.export('lins', 'f8(f8)')
def lins(x):
    return _lin(x, c=3) + _lin(x, b=0.5, a=2.0) + _lin(a=-1.0, x=x) + _lin(x, 2.0, c=2)


@cc.export('filled', 'f8[:](i8, f8)')
def filled(n, v):
    out = np.zeros(n)
    _fill(out, value=v, step=2)
    return _fill(out, v * 2, start=n - 1)


@cc.export('smallest', 'f8(f8[:])')
def smallest(a):
    m = float('inf')
    lo = float(' -Infinity ')
    for x in a:
        if x < m:
            m = x
    if m == float('+inf'):
        return float('nan')
    return m + (lo if m < -1e300 else 0.0) + float('1_0.5e-1') + (INF if m > 5.0 else 0.0)


CASES = {
    'rows_var': [(np.arange(12.0).reshape(3, 4) ** 1.5, 0), (np.arange(12.0).reshape(3, 4), 1)],
    'lins': [(0.0,), (1.5,), (-2.0,)],
    'filled': [(5, 1.5), (1, -1.0), (0, 2.0)],
    'smallest': [(np.array([3.0, -2.0, 7.5]),), (np.array([]),), (np.array([np.inf]),), (np.array([-np.inf, 1.0]),), (np.array([6.0]),)],
}
