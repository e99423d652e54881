from pycc import CC
import numpy as np

cc = CC('list_empty_into_row')


# `list()` stored into a row: a diagnostic, not a crash (it read the
# call's first argument, which `list()` does not have).
@cc.export('empty_row', 'f8(i8)')
def empty_row(n):
    a = np.zeros((3, 4))
    a[1, :] = list()
    return a.sum()
