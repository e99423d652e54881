# differential-python: numpy
# Imports under a top-level `if` or `try` (AtCoder templates import numpy
# only under `if __name__ == '__main__':`, where numba's compile step runs
# them): the functions see the module by that name; a top-level import of
# the same name wins over one in a branch.
import sys
import math as m2
from pycc import CC

cc = CC('nested_imports_prog')

if sys.version_info >= (3, 0):
    import numpy as np
    from math import sqrt as root
else:
    pass

try:
    import math as m
except ImportError:
    raise

if sys.platform == 'no such platform':
    import cmath as m2


@cc.export('row_mod', 'i8(i8, i8)')
def row_mod(n, mod):
    dp = np.zeros((n + 1, 3), np.int64)
    dp[0] = 1
    for i in range(1, n + 1):
        dp[i] = dp[i - 1] * 3 + i
        dp[i] %= mod
    return dp[n].sum() % mod


@cc.export('hyp', 'f8(f8, f8)')
def hyp(a, b):
    return root(a * a + b * b) + m.floor(a) + m2.sqrt(abs(b))


CASES = {
    'row_mod': [(0, 7), (5, 1000), (40, 998244353)],
    'hyp': [(3.0, 4.0), (-1.5, 0.25), (0.0, -9.0)],
}
