from numba import types
from numba.typed import Dict
from pycc import CC
cc = CC('m')


@cc.export('untyped', 'i8(i8)')
def untyped(n):
    d = {}
    return len(d) + n


@cc.export('str_values', 'i8(i8)')
def str_values(n):
    d = {n: 'a'}
    return len(d)


@cc.export('mixed_values', 'i8(i8)')
def mixed_values(n):
    d = {1: n}
    d[2] = (n, n)
    return len(d)


@cc.export('of_arrays', 'i8(f8[:])')
def of_arrays(a):
    d = {1: a}
    return len(d)


@cc.export('returned', '(i8,)')
def returned(n):
    d = {n: n}
    return d, n


def helper(d):
    d[1] = 1.5
    return len(d)


@cc.export('passed', 'i8(i8)')
def passed(n):
    d = {n: n}
    return helper(d)


@cc.export('get_optional', 'i8(i8)')
def get_optional(n):
    d = {n: n}
    return d.get(n) + 1


@cc.export('update', 'i8(i8)')
def update(n):
    d = {n: n}
    d.update(d)
    return len(d)


@cc.export('wider_key', 'i8(i8)')
def wider_key(n):
    d = {n: n}
    return d[1.5]


@cc.export('str_type', 'i8(i8)')
def str_type(n):
    d = Dict.empty(key_type=types.int64, value_type=types.unicode_type)
    return len(d)


@cc.export('unpacked', 'i8(i8)')
def unpacked(n):
    e = {n: n}
    d = {**e}
    return len(d)


@cc.export('as_number', 'i8(i8)')
def as_number(n):
    d = {n: n}
    return d + 1


@cc.export('one_tuple', 'i8(i8)')
def one_tuple(n):
    d = {(n,): n}
    return len(d)
