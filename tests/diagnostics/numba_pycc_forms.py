# Forms of real numba.pycc files that stay unsupported (issue 16): a
# helper's tuple result with None, None beside an array item of an
# export's tuple result, calling an export that returns a.tolist() or a
# tuple holding None, and a
# helper's tuple result holding a list or a str.
import numpy as np
from pycc import CC

cc = CC('m')


def split_or_none(x):
    if x > 0:
        return (x, None)
    return (x, 1.5)


@cc.export('helper_none_tuple', '(f8,)')
def helper_none_tuple(x):
    # The result name used whole (not only as `t[k]`).
    t = split_or_none(x)
    return t


@cc.export('none_beside_array', '(f8[:],)')
def none_beside_array(a):
    if a.shape[0] == 0:
        return (0, None)
    return (1, a * 2.0)


@cc.export('listed', '(f8[:],)')
def listed(a):
    return (a * 2.0).tolist()


@cc.export('calls_listed', '(f8[:],)')
def calls_listed(a):
    return listed(a)


def list_and_tag(n):
    L1 = [0] * n
    return (L1, 'x')


@cc.export('helper_list_tuple', '(i8,)')
def helper_list_tuple(n):
    a, b = list_and_tag(n)
    return n
