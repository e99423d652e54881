import numpy as np
from pycc import CC
cc = CC('m')


@cc.export('at_computed', '(f8[:], i8[:])')
def at_computed(a, i):
    np.add.at(a * 2.0, i, 1.0)


@cc.export('at_float_index', '(f8[:], f8[:])')
def at_float_index(a, x):
    np.add.at(a, x, 1.0)


@cc.export('at_list_index', '(f8[:],)')
def at_list_index(a):
    np.add.at(a, [0, 1], 1.0)


@cc.export('at_unary', '(f8[:], i8[:])')
def at_unary(a, i):
    np.negative.at(a, i)


@cc.export('at_no_b', '(f8[:], i8[:])')
def at_no_b(a, i):
    np.add.at(a, i)


@cc.export('copyto_where', '(f8[:], f8[:])')
def copyto_where(a, b):
    np.copyto(a, b, where=b > 0)


@cc.export('polyder_order', '(i4[:], i8)')
def polyder_order(p, m):
    return np.polyder(p, m)


@cc.export('polyint_2d', '(f8[:, :],)')
def polyint_2d(p):
    return np.polyint(p)


@cc.export('pad_stat', '(f8[:],)')
def pad_stat(a):
    return np.pad(a, 2, mode='mean', stat_length=1)


@cc.export('pad_values_pair', '(f8[:],)')
def pad_values_pair(a):
    return np.pad(a, 2, constant_values=(1.0, 2.0))


@cc.export('pad_positional_value', '(f8[:],)')
def pad_positional_value(a):
    return np.pad(a, 2, 'constant', 0.0)
