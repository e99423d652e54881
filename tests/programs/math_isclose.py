"""`math.isclose` as CPython's mathmodule.c: equal, else not both finite
is False, else within rel_tol of either operand or within abs_tol."""
import math
from pycc import CC

cc = CC('math_isclose')


@cc.export('close', 'b1(f8, f8)')
def close(a, b):
    return math.isclose(a, b)


@cc.export('close_tol', 'b1(f8, f8)')
def close_tol(a, b):
    return math.isclose(a, b, rel_tol=1e-3, abs_tol=1e-6)


@cc.export('close_ints', 'b1(i8, i8)')
def close_ints(a, b):
    return math.isclose(a, b, rel_tol=0.1)


@cc.export('count_close', 'i8(f8, i8)')
def count_close(x, n):
    k = 0
    for i in range(n):
        if math.isclose(x * i, i * x + 1e-12, abs_tol=1e-9):
            k += 1
    return k


INF, NAN = float('inf'), float('nan')
CASES = {
    'close': [(1.0, 1.0), (1.0, 1.0 + 1e-10), (1.0, 1.0 + 1e-8), (0.0, 1e-300), (INF, INF), (INF, -INF), (NAN, NAN),
              (-0.0, 0.0), (1e308, INF), (-5.0, -5.000000001)],
    'close_tol': [(1.0, 1.0005), (1.0, 1.002), (0.0, 5e-7), (0.0, 2e-6), (NAN, 1.0), (INF, 1e308)],
    'close_ints': [(10, 11), (10, 12), (2**62, 2**62 + 1), (-(2**63), 2**63 - 1), (0, 0)],
    'count_close': [(0.1, 10), (1e10, 5), (0.0, 0)],
}
