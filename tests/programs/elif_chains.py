# differential-python: numpy
# `elif` links whose tests or bodies need rewriting before typing (sets,
# generators, comprehensions, the walrus, max with key, numpy calls):
# each link is rewritten on its own (sema/desugar/elifchain.rs), so what a rewrite
# computes first runs just before its own test, only when the earlier
# tests were false, in CPython's order.
import numpy as np
from pycc import CC

cc = CC('elif_chains')


def trace(x):
    print('trace', x)
    return x


@cc.export('set_links', 'i8(i8)')
def set_links(n):
    if n in {1, 2, 3}:
        return 1
    elif n in {4, 5} | {6}:
        return 2
    elif len({n, n + 1, n % 3}) == 2:
        return 3
    else:
        return 4


@cc.export('generator_links', 'i8(f8[:], f8)')
def generator_links(a, t):
    if any(x > t for x in a):
        return 1
    elif all(x < -t for x in a):
        return 2
    elif sum(x for x in a if x > 0) > t / 2:
        return 3
    elif min(abs(x - t) for x in a) < 0.3:
        return 4
    return 5


@cc.export('ordered_links', 'i8(i8)')
def ordered_links(n):
    if trace(n) > 10:
        return 1
    elif (m := trace(n * 2)) > 10:
        return m
    elif len([k for k in range(n) if trace(k) % 2 == 0]) > 1:
        return 3
    elif np.sum(np.arange(trace(n + 5))) > 6:
        return 4
    else:
        return -1


@cc.export('body_rewrites', 'f8(f8[:], i8)')
def body_rewrites(a, k):
    s = 0.0
    for i in range(len(a)):
        if k == 0:
            s += sum([x * x for x in a])
        elif k == 1:
            m = max(a, key=lambda x: -x)
            s += m
        elif k == 2:
            s += np.sum(a[a > 0]) + len({int(x) for x in a})
        elif (r := a[i] * 2.0) > 1.0:
            s += r
        else:
            s -= 1.0
    return s


@cc.export('long_chain', 'i8(i8)')
def long_chain(n):
    if n == 0:
        return 10
    elif n == 1:
        return 11
    elif n in {2, 3}:
        return 12
    elif n == 4:
        return 14
    elif any(k == n for k in range(5, 8)):
        return 15
    elif n == 8:
        return 18
    elif (q := n // 2) == 5:
        return q * 100
    elif n == 12:
        return 22
    return -n


N = [-2, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]
A = [
    [0.5, -1.0, 2.0],
    [-3.0, -4.0],
    [1.0],
    [0.25, 0.25, -0.75, 3.5],
]
CASES = {
    'set_links': [(n,) for n in N],
    'generator_links': [(np.array(a), t) for a in A for t in (0.0, 0.5, 1.0, 5.0)],
    'ordered_links': [(n,) for n in (-1, 0, 1, 2, 3, 4, 6, 11)],
    'body_rewrites': [(np.array(a), k) for a in A for k in range(4)],
    'long_chain': [(n,) for n in N],
}
