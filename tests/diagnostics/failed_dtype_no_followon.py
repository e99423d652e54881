import numpy as np
from numba import types
from numba.typed import List
from pycc import CC
cc = CC('m')

@cc.export('groups', 'ListType(ListType(int64))(f8[:])')
def groups(ds):
    # The failed assignment leaves `a` unknown; the list of lists built
    # after it must not draw a second error about the declared result.
    out = List()
    a = np.empty(len(ds), dtype=object)
    last = -1.0
    for idx in np.argsort(a):
        if ds[idx] != last:
            last = ds[idx]
            out.append(List.empty_list(types.int64))
        out[-1].append(idx)
    return out
