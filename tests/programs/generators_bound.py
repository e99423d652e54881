# differential-python: numpy
# A generator bound to a name and consumed once (`it = g(n)` then
# `for v in it:`, `sum(it)`, `list(it)`, ...): its arguments are computed
# where the call is, its body runs where it is consumed (src/sema/desugar/genbind.rs).
import numpy as np
from pycc import CC

cc = CC('generators_bound_prog')


def squares(n):
    for i in range(n):
        yield i * i


def countdown(k, log):
    while k > 0:
        log.append(k)
        yield k
        k -= 1


@cc.export('loop_sum', 'i8(i8)')
def loop_sum(n):
    it = squares(n)
    s = 0
    for v in it:
        s += v
    return s


@cc.export('args_first', 'i8(i8)')
def args_first(n):
    it = squares(n)
    n = 100
    total = 0
    for v in it:
        total += v + n
    return total


@cc.export('lazy_order', 'i8[:](i8)')
def lazy_order(k):
    log = [0]
    it = countdown(k, log)
    log.append(-1)
    for v in it:
        log.append(v * 10)
    return np.array(log)


@cc.export('builtins', 'f8(i8)')
def builtins(n):
    a = squares(n)
    s = sum(a)
    b = squares(n)
    m = max(b)
    c = squares(n)
    xs = list(c)
    d = squares(n)
    e = any(d)
    return s + m * 0.5 + len(xs) + e


@cc.export('in_loop', 'i8(i8)')
def in_loop(n):
    t = 0
    for j in range(n):
        g = squares(j)
        for v in g:
            t += v * j
    return t


CASES = {
    'loop_sum': [(0,), (1,), (10,)],
    'args_first': [(0,), (5,)],
    'lazy_order': [(0,), (3,)],
    'builtins': [(1,), (6,), (0,)],
    'in_loop': [(0,), (6,)],
}
