# corpus: written for pycc after a public GitHub file, code-index id 42401590466 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); a dict of int lists grown by one helper and flattened to (keys, values) arrays by another, `dtype=types.int64` default parameters
import numba
import numpy as np
from numba import njit
from numba.typed import Dict, List
from numba.core import types
from numba.pycc import CC

cc = CC('dict_of_lists_flatten')


@njit(cache=True, nogil=True)
def add_key_vals(typed_dict, key_list, values_list, dtype=types.int64):
    """Append each value to its key's list, making the list on first sight."""
    for k, v in zip(key_list, values_list):
        if k not in typed_dict:
            typed_dict[k] = List.empty_list(dtype)
        typed_dict[k].append(v)


@njit(cache=True, nogil=True)
def flatten_keys_vals(typed_dict, n_items=-1, sort=True):
    if n_items < 0:
        n_items = sum([len(x) for x in typed_dict.values()])
    keys = np.empty(n_items, dtype=np.int64)
    vals = np.empty(n_items, dtype=np.int64)
    keys_array = np.array(list(typed_dict.keys()), dtype=np.int64)
    if sort:
        keys_array = np.sort(keys_array)
    i = 0
    for k in keys_array:
        for v in typed_dict[k]:
            keys[i] = k
            vals[i] = v
            i += 1
    return keys, vals


@njit(cache=True, nogil=True)
def read_values(typed_dict, key_list, dtype=types.int64):
    result = List.empty_list(dtype)
    for k in key_list:
        result.extend(typed_dict[k])
    return result


@cc.export('group_pairs', '(i8[:], i8[:], b1)')
@njit(cache=True)
def group_pairs(keys, vals, sort):
    d = Dict.empty(key_type=types.int64, value_type=types.ListType(types.int64))
    add_key_vals(d, keys, vals)
    return flatten_keys_vals(d, -1, sort)


@cc.export('values_of', '(i8[:], i8[:], i8[:])')
@njit(cache=True)
def values_of(keys, vals, wanted):
    d = Dict.empty(key_type=types.int64, value_type=types.ListType(types.int64))
    add_key_vals(d, keys, vals)
    return read_values(d, wanted)


@cc.export('to_array', '(i8[:],)')
@njit(cache=True, nogil=True)
def to_array(l):
    a = np.empty(len(l), dtype=np.float64)
    for i, v in enumerate(l):
        a[i] = v
    return a
