# corpus: written for pycc after a public GitHub file, code-index id 39028185561, 29512025662 and 21209532141 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); three graph/audio helpers that build typed dicts: an id-to-position map read with `get(k, -1)`, a dict returned as `DictType(int64, int64)`, and votes keyed by a rounded float
import numpy as np
import numba
from numba import njit, types
from numba.core import types as ctypes
from numba.typed import Dict
from numba.typed import Dict as TypedDict
from numba.pycc import CC

cc = CC('dict_index_maps')


@cc.export('find_indices_in', '(i8[:], i8[:])')
@numba.njit
def find_indices_in(a, b):
    d = Dict.empty(key_type=ctypes.int64, value_type=ctypes.int64)
    for i, v in enumerate(b):
        d[v] = i
    ai = np.zeros_like(a)
    for i, v in enumerate(a):
        ai[i] = d.get(v, -1)
    return ai


@cc.export('create_indices_dict', 'DictType(int64, int64)(int64[:])')
@njit("DictType(int64, int64)(int64[:])", cache=True)
def create_indices_dict(indices):
    indices_dict = Dict.empty(key_type=types.int64, value_type=types.int64)
    for new_idx, old_idx in enumerate(indices):
        indices_dict[old_idx] = new_idx
    return indices_dict


@cc.export('accumulate_votes', '(f8[:], f8, f8)')
@njit
def accumulate_votes(query_offsets, db_offset, bin_width):
    votes = TypedDict.empty(key_type=types.float64, value_type=types.int64)
    for i in range(query_offsets.shape[0]):
        delta = db_offset - query_offsets[i]
        binned = round(delta / bin_width) * bin_width
        if binned in votes:
            votes[binned] += 1
        else:
            votes[binned] = 1
    return votes
