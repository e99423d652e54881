import numpy as np
from pycc import CC

cc = CC('unset')


# b is bound only if flag: CPython raises UnboundLocalError otherwise. pycc
# tests that at run time only in a function that can raise already (one that
# allocates, indexes or divides); this one cannot, so it is an error.
@cc.export('pick', 'f8[:](f8[:], b1)')
def pick(a, flag):
    if flag:
        b = a
    return b

