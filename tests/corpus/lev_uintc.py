# corpus: written for pycc after a public GitHub file, code-index id 6364852665 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; the `@numba.njit(fastmath=True)` kernel given `cc = CC(...)` and `@cc.export` with the signature numba infers for two strs); edit distance of two strs: a `np.uintc` DP table, `int(s[i-1] != t[j-1])` of two characters, three-way `min` of uint32 items, str annotations
import numba
import numpy as np
from numba.pycc import CC
cc = CC('lev_uintc')


@cc.export('edit_distance', '(unicode_type, unicode_type)')
@numba.njit(fastmath=True)
def edit_distance(s: str, t: str):
    """Edit distance of two words by the full DP table."""
    rows = len(s)
    cols = len(t)
    table = np.zeros((rows + 1, cols + 1), dtype=np.uintc)
    for i in range(rows + 1):
        table[i, 0] = i
    for j in range(cols + 1):
        table[0, j] = j
    for j in range(1, cols + 1):
        for i in range(1, rows + 1):
            table[i, j] = min(table[i-1, j] + 1, table[i, j-1] + 1, table[i-1, j-1] + int(s[i-1] != t[j-1]))
    return table[rows, cols]
