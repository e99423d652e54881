"""Recursive kernels for bench/recursion.py (issue: the recursion guard)."""
from pycc import CC

cc = CC('recursion_kernels')


@cc.export('fib', 'i8(i8)')
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@cc.export('ack', 'i8(i8, i8)')
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


@cc.export('tree_sum', 'f8(f8[:], i8, i8)')
def tree_sum(a, lo, hi):
    if hi - lo <= 4:
        s = 0.0
        for i in range(lo, hi):
            s += a[i]
        return s
    mid = (lo + hi) // 2
    return tree_sum(a, lo, mid) + tree_sum(a, mid, hi)


@cc.export('depth', 'i8(i8)')
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
