# differential-python: numpy
# A name rebound to a value of another kind later in the function: split
# into one variable per web (sema/desugar/webs.rs).
import numpy as np
from pycc import CC
cc = CC('containers_rebind')


@cc.export('num_then_array', 'f8(f8[:, :], i8)')
def num_then_array(m, n):
    cur = m[0, 0] * 2.0
    total = cur
    for i in range(n):
        cur = m[i]
        total += cur[0] + cur[-1]
    return total


@cc.export('list_then_number', 'i8(i8)')
def list_then_number(n):
    x = [i * i for i in range(n)]
    s = 0
    for v in x:
        s += v
    x = s * 2
    return x + 1


@cc.export('branches', 'f8(f8[:], i8)')
def branches(a, k):
    if k > 0:
        y = a * 2.0
        r = y[0]
    else:
        y = 3.5
        r = y + 1.0
    return r


@cc.export('param_rebound', 'f8(f8, i8)')
def param_rebound(x, n):
    t = x + 1.0
    x = np.zeros(n)
    x[0] = t
    return x.sum() + t


@cc.export('tuple_then_number', 'i8(i8)')
def tuple_then_number(n):
    p = (n, n + 1)
    a, b = p
    p = a * b
    return p


@cc.export('comprehension_scope', 'i8(i8)')
def comprehension_scope(n):
    rows = [[i, i + 1] for i in range(n)]
    t = 0
    for st in rows:
        t += st[1]
    firsts = [st * 2 for st in range(n)]
    return t * 100 + sum(firsts)


CASES = {
    'comprehension_scope': [(0,), (4,)],
    'num_then_array': [(np.arange(12.0).reshape(4, 3), 4), (np.ones((2, 2)), 0), (np.ones((2, 2)), 2)],
    'list_then_number': [(0,), (5,)],
    'branches': [(np.array([1.5, 2.0]), 1), (np.array([1.5]), 0)],
    'param_rebound': [(2.5, 3), (0.0, 1)],
    'tuple_then_number': [(3,), (-2,)],
}
