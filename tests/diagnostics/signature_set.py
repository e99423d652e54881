# numba's Set(T) arguments are the caller's Python set: sets of int64,
# float64 and bool. Other item types are a signature error at the item type.
from pycc import CC
cc = CC('m')


@cc.export('narrow', 'boolean(int64[:], Set(int32))')
def narrow(a, s):
    return len(s) > 0
