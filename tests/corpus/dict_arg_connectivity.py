# corpus: written for pycc after a public GitHub file, code-index id 29512025662 and 15364575248 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); typed dicts passed in: a connectivity remap through `DictType(int64, int64)`, a topological sort over a dict of lists
import numpy as np
from numba import njit, types, prange
from numba.typed import Dict, List
from numba.pycc import CC

cc = CC('dict_arg_connectivity')


@cc.export('update_connectivity', 'int64[:,:](int64[:,:], DictType(int64, int64), int64)')
@njit("int64[:,:](int64[:,:], DictType(int64, int64), int64)", cache=True, parallel=True)
def update_connectivity(conn, indices_dict, fill_value):
    dim_a, dim_b = conn.shape
    conn_flat = conn.flatten()
    result = np.empty_like(conn_flat)
    for i in prange(len(conn_flat)):
        if conn_flat[i] == fill_value:
            result[i] = fill_value
        else:
            result[i] = indices_dict.get(conn_flat[i], fill_value)
    return result.reshape(dim_a, dim_b)


@cc.export('topological_sort', '(DictType(int64, ListType(int64)),)')
@njit
def topological_sort(edges):
    in_degree = Dict.empty(key_type=types.int64, value_type=types.int64)
    for node in edges:
        if node not in in_degree:
            in_degree[node] = 0
        for nxt in edges[node]:
            if nxt not in in_degree:
                in_degree[nxt] = 1
            else:
                in_degree[nxt] += 1
    queue = List()
    for node in in_degree:
        if in_degree[node] == 0:
            queue.append(node)
    result = List()
    while queue:
        node = queue.pop(0)
        result.append(node)
        if node in edges:
            for nxt in edges[node]:
                in_degree[nxt] -= 1
                if in_degree[nxt] == 0:
                    queue.append(nxt)
    return result
