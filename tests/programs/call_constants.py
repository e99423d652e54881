# A module-level name bound once to a call of one of the file's functions
# with constant arguments (`MAXN = _maxn()`, as fast-fisher writes): numba
# freezes the value CPython computed at import; pycc makes each read the
# call, which computes the same value. Its type is the one pycc infers for
# the function (here float64: `n` is unified with `h = float('inf')`, as
# numba would), where CPython's value is an int: equal in comparisons.
from math import lgamma, log
from pycc import CC

cc = CC('call_constants')


def _maxn():
    l, n, h = 1, 2, float('inf')
    while l < n:
        if abs(lgamma(n + 1) - lgamma(n) - log(n)) >= 1:
            h = n
        else:
            l = n
        n = (l + min(h, l * 3)) // 2
    return n


def _scaled(k, x):
    return k * x + 0.5


MAXN = _maxn()
SCALE = _scaled(3, 1.5)


@cc.export('check', 'i8(i8)')
def check(n):
    if n > MAXN:
        raise OverflowError('too large')
    return n + (n < MAXN)


@cc.export('scale', 'f8(f8)')
def scale(x):
    return x * SCALE


CASES = {
    'check': [(0,), (100,), (10**12,)],
    'scale': [(2.0,), (-1.5,)],
}
