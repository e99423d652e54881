# Reductions and comprehensions reached only on a condition or after other
# operators: `k > 0 and sum([... // (k - 1) ...]) > 0` (the comprehension,
# which would raise ZeroDivisionError, runs only when CPython reaches it),
# `or` likewise, an `if` test, and `min(xs, default=...)` / `max(...,
# default=)` / `sum(xs, start)` after operators and calls in a larger
# expression (those are computed first, in CPython's order).
from pycc import CC

cc = CC("reductions_on_conditions")


def build(n):
    xs = [3.5, -1.0]
    for i in range(n):
        xs.append(i * 0.75)
    return xs


@cc.export("and_sum", "b1(i8)")
def and_sum(k):
    return k > 1 and sum([i // (k - 1) for i in range(k)]) > 0


@cc.export("or_sum", "b1(i8)")
def or_sum(k):
    ok = k == 1 or sum([10 // (k - 1) for i in range(3)]) > 12
    return ok


@cc.export("if_min", "i8(i8)")
def if_min(k):
    if k != 1 and min([100 // (k - 1) for i in range(2)], default=-1) > 20:
        return 1
    return 0


@cc.export("minmax_later", "f8(i8, i8)")
def minmax_later(n, m):
    xs = build(n)
    ys = [x for x in xs if x > m]
    return 1.0 + min(ys, default=-1.0) * 2.0 + max(ys, default=3.0) / len(xs)


@cc.export("sum_start_later", "f8(i8)")
def sum_start_later(n):
    xs = build(n)
    s = 0.5
    s += len(xs) * 2.0 + sum(xs, 10.0) - min(xs, default=0.0)
    return s


@cc.export("order_kept", "i8(i8)")
def order_kept(n):
    lst = [4, 9, 1]
    for i in range(n):
        lst.append(i)
    # lst.pop() runs before max() reads the list, as CPython.
    return lst.pop() * 1000 + max(lst, default=-7)


def neg(x):
    return -x


@cc.export("after_call", "i8(i8)")
def after_call(n):
    xs = [i % 3 for i in range(n)]
    # neg(n) runs before max, as CPython (was a diagnostic).
    return neg(n) + max(xs, key=neg)


@cc.export("keyed_after_and", "i8(i8)")
def keyed_after_and(n):
    xs = [i % 3 for i in range(n)]
    # max of an empty list raises only when reached (False * 1 is CPython's int 0).
    v = n > 0 and max(xs, key=neg)
    return v * 1


@cc.export("min_slice_after_and", "i8(i8)")
def min_slice_after_and(n):
    # Was a diagnostic (tests/diagnostics/lists_unsupported.py): min of an
    # empty slice raises ValueError only when reached.
    h = [3]
    v = n > 0 and min(h[1:]) > 0
    return v * 1


CASES = {
    "and_sum": [(0,), (1,), (2,), (5,)],
    "or_sum": [(1,), (2,), (0,), (4,)],
    "if_min": [(1,), (2,), (4,), (9,)],
    "minmax_later": [(0, 0), (5, 1), (3, 10)],
    "sum_start_later": [(0,), (4,)],
    "order_kept": [(0,), (3,)],
    "after_call": [(0,), (1,), (5,)],
    "keyed_after_and": [(0,), (1,), (5,)],
    "min_slice_after_and": [(0,), (1,)],
}
