# Forms near corpus12's that stay unsupported: a str in a helper's tuple
# result (an export's may hold strs: tests/programs/corpus12_forms.py),
# calling an export whose tuple result holds a str, and a tuple result
# with a str at a position another return gives a number.
import numpy as np
from pycc import CC

cc = CC('m')


def labelled(x):
    if x > 0:
        return x, 'pos'
    return -x, 'neg'


@cc.export('helper_str_tuple', '(f8,)')
def helper_str_tuple(x):
    y, s = labelled(x)
    return y


@cc.export('step', '(f8[:],)')
def step(a):
    if a[0] > 0:
        return a, 'Neu', 1.0
    return a, 'Non', 0.5


@cc.export('calls_step', '(f8[:],)')
def calls_step(a):
    x, e, t = step(a)
    return t


@cc.export('mixed', '(i8,)')
def mixed(k):
    if k > 0:
        return 'a', k
    return k, k
