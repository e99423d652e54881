# `types.` prefixes read as numba reads them; a list of arrays as an
# argument (numba's reflected list of arrays) is not compiled yet.
from pycc import CC
cc = CC('m')


@cc.export('count', 'types.int64(types.List(b1[:, ::1], reflected=True))')
def count(shapes):
    n = 0
    for s in shapes:
        n += s.sum()
    return n
