# corpus: written for pycc after a public GitHub file, code-index id 1492656754 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); cloud-track cell coordinates gathered in a dict of (count, int16 array) tuples, started from a dict display
from numba.typed import Dict, List
from numba.core import types
import numba as nb
import numpy as np
from numba.pycc import CC

cc = CC('cloud_cells_dict')


@cc.export('analyze_field', '(i8[:, :, :], i8)')
@nb.jit
def analyze_field(field, max_size):
    cells = {1: (0, np.zeros((2, max_size), dtype=np.int16))}
    for row in range(field.shape[1]):
        for col in range(field.shape[2]):
            val = field[0, row, col]
            if val not in cells:
                cells[val] = (0, np.empty((2, max_size), dtype=np.int16))
            ind, cord = cells[val]
            if ind < max_size:
                cord[:, ind] = np.asarray([row, col], dtype=np.int16)
                ind += 1
                cells[val] = (ind, cord)
    return cells


@cc.export('cell_counts', '(i8[:, :, :], i8)')
@nb.jit
def cell_counts(field, max_size):
    cells = analyze_field(field, max_size)
    out = np.zeros(len(cells), np.int64)
    i = 0
    for key in cells:
        n, cord = cells[key]
        out[i] = n * 1000 + cord[0, :n].sum() + cord[1, :n].sum()
        i += 1
    return out
