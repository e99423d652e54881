# corpus: written for pycc after a public GitHub file, code-index id 47750663966 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); Louvain community levels: `Dict.empty(key_type=types.int64, value_type=types.float64)` returned by a helper and walked with `for c in acc`, `acc.get(own, 0.0)`, `for c, w in acc.items()`, `List([List.empty_list(types.int64) for _ in range(k)])`, lists of lists as `ListType(ListType(int64))` results and arguments
import numpy as np
from numba import njit
from numba.typed import Dict, List
from numba.core import types
from numba.pycc import CC
cc = CC('louvain_levels')


@cc.export('modularity', 'f8(i8[:], f8[:], f8[:], f8, f8)')
@njit(fastmath=True, cache=True, nogil=True)
def modularity(node2com, inner, deg, total, res):
    q = 0.0
    for c in range(node2com.shape[0]):
        if deg[c] > 0:
            q += res * inner[c] / total
            q -= (deg[c] / (2.0 * total)) ** 2
    return q


@njit(fastmath=True, cache=True, nogil=True)
def community_weights(node, nbrs, wts, node2com):
    acc = Dict.empty(key_type=types.int64, value_type=types.float64)
    for i in range(len(nbrs[node])):
        if nbrs[node][i] != node:
            c = node2com[nbrs[node][i]]
            if c not in acc:
                acc[c] = wts[node][i]
            else:
                acc[c] += wts[node][i]
    return acc


@cc.export('renumber', 'Tuple((ListType(ListType(int64)), int64[:]))(int64[:], int64)')
@njit(fastmath=True, cache=True, nogil=True)
def renumber(node2com, n):
    size = np.zeros(n, dtype=np.int64)
    for v in range(n):
        size[node2com[v]] += 1
    new_index = np.zeros(n, dtype=np.int64)
    k = 0
    for c in range(n):
        if size[c] > 0:
            new_index[c] = k
            k += 1
    groups = List([List.empty_list(types.int64) for _ in range(k)])
    relabel = np.zeros(n, dtype=np.int64)
    for v in range(n):
        idx = new_index[node2com[v]]
        groups[idx].append(v)
        relabel[v] = idx
    return groups, relabel


@cc.export('one_pass', 'b1(i8[:], f8[:], f8[:], f8[:], f8[:], ListType(ListType(int64)), ListType(ListType(float64)), f8, f8)')
@njit(fastmath=True, cache=True, nogil=True)
def one_pass(node2com, inner, loops, deg, gdeg, nbrs, wts, total, res):
    moved = False
    for node in range(len(nbrs)):
        own = node2com[node]
        acc = community_weights(node, nbrs, wts, node2com)
        node2com[node] = -1
        deg[own] -= gdeg[node]
        inner[own] -= acc.get(own, 0.0) + loops[node]
        best = own
        best_gain = 0
        for c in acc:
            gain = res * acc[c] - (deg[c] * gdeg[node]) / (2.0 * total)
            if gain > best_gain:
                best_gain = gain
                best = c
        node2com[node] = best
        deg[best] += gdeg[node]
        inner[best] += acc.get(best, 0.0) + loops[node]
        if best != own:
            moved = True
    return moved


@cc.export('induced', 'Tuple((i8, ListType(ListType(int64)), ListType(ListType(float64))))(ListType(ListType(int64)), ListType(ListType(int64)), ListType(ListType(float64)), i8[:])')
@njit(fastmath=True, cache=True, nogil=True)
def induced(groups, nbrs, wts, node2com):
    m = len(groups)
    new_nbrs = List([List.empty_list(types.int64) for _ in range(m)])
    new_wts = List([List.empty_list(types.float64) for _ in range(m)])
    for g in range(m):
        acc = Dict.empty(key_type=types.int64, value_type=types.float64)
        for v in groups[g]:
            for i in range(len(nbrs[v])):
                u = nbrs[v][i]
                c = node2com[u]
                if c not in acc:
                    acc[c] = 0.0
                if u == v:
                    acc[c] += 2 * wts[v][i]
                else:
                    acc[c] += wts[v][i]
        for c, w in acc.items():
            new_nbrs[g].append(c)
            if c == g:
                new_wts[g].append(w / 2.0)
            else:
                new_wts[g].append(w)
    return m, new_nbrs, new_wts
