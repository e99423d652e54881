# differential-python: numpy
# `[*a, *b, c]` list displays of lists, ranges and arrays (as
# `list(a) + list(b) + [c]`, the same items in the same order) and
# `tuple(x)` where x's length is known when compiling: a list or tuple
# display, a tuple variable, `a.shape`, a range of constants (issue 16).
import numpy as np
from pycc import CC

cc = CC("star_display_tuple_call")


@cc.export('joined', '(i8[:], i8)')
def joined(a, n):
    x = [1, 2]
    y = [*x, *range(n), *a, 5]
    z = [*x]
    z.append(n)
    h = 0
    for v in y:
        h = h * 3 + v
    return h, len(y), [*x, *range(n)], z, len([*range(3), *x])


@cc.export('row_sums', '(f8[:, :],)')
def row_sums(m):
    rows = []
    for i in range(m.shape[0]):
        rows.append(float(m[i].sum()))
    return [*rows, float(m.sum())]


@cc.export('floats_then_ints', '(f8[:],)')
def floats_then_ints(a):
    s = 0.0
    for v in [*a, *a[::-1]]:
        s = s * 0.5 + v
    return s


@cc.export('tuples', '(i8, f8[:, :])')
def tuples(n, m):
    t = tuple([n, n + 1, n * 2])
    u = tuple(t)
    s = tuple(m.shape)
    r = tuple(range(2, 11, 3))
    q = tuple(range(-2, 1))
    return t, u[2], s, r, len(q), tuple((n, 1.5))


CASES = {
    "joined": [(np.array([7, 8], dtype=np.int64), 3), (np.zeros(0, dtype=np.int64), 0)],
    "row_sums": [(np.arange(6.0).reshape(2, 3),), (np.zeros((0, 2)),)],
    "floats_then_ints": [(np.array([1.0, 2.0, 3.5]),), (np.zeros(0),)],
    "tuples": [(4, np.zeros((2, 5))), (-1, np.ones((1, 1)))],
}
