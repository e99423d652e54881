# numba's Set(T) argument (a Python set) is not compiled yet: the signature
# says so at `Set`, with what to pass instead.
from pycc import CC
cc = CC('m')


@cc.export('hits', 'boolean(int64[:], Set(int64))')
def hits(a, s):
    for x in a:
        if x in s:
            return True
    return False
