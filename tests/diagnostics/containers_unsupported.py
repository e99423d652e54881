import numpy as np
from pycc import CC
cc = CC('m')


@cc.export('sum_arrays', 'f8(f8[:])')
def sum_arrays(a):
    xs = [a, a * 2.0]
    return sum(xs)


@cc.export('sort_arrays', 'i8(f8[:])')
def sort_arrays(a):
    xs = [a]
    xs.sort()
    return len(xs)


@cc.export('two_ndims', 'i8(f8[:], f8[:, :])')
def two_ndims(a, m):
    xs = [a]
    xs.append(m)
    return len(xs)


@cc.export('number_into_arrays', 'i8(f8[:])')
def number_into_arrays(a):
    xs = [a]
    xs.append(1.0)
    return len(xs)


@cc.export('in_arrays', 'b1(f8[:])')
def in_arrays(a):
    xs = [a]
    return a in xs


@cc.export('overlap', 'f8(f8[:], i8)')
def overlap(a, k):
    x = 1.0
    if k > 0:
        x = a
    return x[0]


@cc.export('list_overlap', 'i8(i8)')
def list_overlap(n):
    x = [n]
    if n > 0:
        x = n
    return len(x)
