# differential-python: numpy
# A name bound to a float in one part of a function and to an int in an
# unrelated later part (its webs disjoint): each part keeps its own type,
# as in CPython (and numba's SSA), so the int can be a range bound, an
# index or an int result. Where one use sees both (after an if/else, in a
# loop), the name stays one variable, joined to float (numba's unification;
# the cases take the float paths, where CPython's value is a float too).
import numpy as np
from pycc import CC

cc = CC("disjoint_webs")


@cc.export("float_then_int", "(i8, f8[:])")
def float_then_int(n, a):
    s = 0.0
    for i in range(n):
        x = 1.5 * i
        s += x
    x = 3
    for j in range(x):
        s += a[x] + j
    return s


@cc.export("int_result", "(f8[:],)")
def int_result(a):
    t = a.sum() / 2
    m = t * 2.0
    t = a.shape[0]
    return (m, t // 2, t)


@cc.export("joined", "(i8, b1)")
def joined(n, flag):
    if flag:
        v = 2.5
    else:
        v = n
    r = v * 2
    v = n + 1
    return (r, v)


@cc.export("loop_carried", "(i8,)")
def loop_carried(n):
    k = 0
    for i in range(n):
        k = k + 1
        if i > 2:
            k = k * 0.5
    return k


@cc.export("param_reused", "(f8, i8)")
def param_reused(x, n):
    y = x * 2.0
    x = n * 3
    return (y, x, x % 2)


CASES = {
    "float_then_int": [(4, np.arange(5.0)), (0, np.arange(4.0))],
    "int_result": [(np.arange(5.0),), (np.zeros(0),)],
    "joined": [(3, True), (-1, True)],
    "loop_carried": [(4,), (6,)],
    "param_reused": [(1.5, 7), (-0.0, 2)],
}
