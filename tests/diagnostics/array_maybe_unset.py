import numpy as np
from pycc import CC

cc = CC('unset')


# b is bound only if flag: CPython raises UnboundLocalError otherwise. pycc
# tests that at run time for numbers and arrays (tests/programs/unbound_local.py),
# not yet for a list.
@cc.export('pick', 'f8[:](f8[:], b1)')
def pick(a, flag):
    if flag:
        b = [2.0, 3.0]
    return a * b[0]
