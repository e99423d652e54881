# corpus: written for pycc after a public GitHub file, code-index id 43829199 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); neighbourhood onion layers of a grid: `List.empty_list(types.int64)` appended to a `List()` of lists (`out_x.append(List.empty_list(types.int64))`, then `out_x[-1].append(...)`), a `Tuple((ListType(ListType(int64)), ...))` result, `List(np.arange(n, dtype=np.int64))` as a work list rebound to `List.empty_list(...)` in a loop, `for idx in np.argsort(a)`, `((a[0]*s[0])**2+(a[1]*s[1])**2)**0.5` of tuples, `np.empty(len(ds), dtype=type(ds[0]))` of a typed list's item
import numpy as np
from numba import njit
from numba.core import types
from numba.typed import List
from numba.pycc import CC
cc = CC('onion_layers')


@njit
def unflat(k, dim):
    return (k // dim[1], k % dim[1])


@njit
def scaled_norm(a, size):
    return ((a[0]*size[0])**2+(a[1]*size[1])**2)**0.5


@cc.export('layers', 'Tuple((ListType(ListType(int64)), ListType(ListType(int64))))(UniTuple(i8, 2), UniTuple(f8, 2), f8)')
@njit
def layers(dim, size, limit):
    xs = List.empty_list(types.int64)
    ys = List.empty_list(types.int64)
    ds = List.empty_list(types.float64)
    for k in np.arange(dim[0]*dim[1], dtype=np.int64):
        n = unflat(k, dim)
        d = scaled_norm(n, size)
        if d <= limit:
            xs.append(n[0])
            ys.append(n[1])
            ds.append(d)
            if n[0] > 0:
                xs.append(-n[0])
                ys.append(n[1])
                ds.append(d)
    out_x = List()
    out_y = List()
    last = -1.
    a = np.empty(len(ds), dtype=type(ds[0]))
    for i, v in enumerate(ds):
        a[i] = v
    for idx in np.argsort(a):
        d = ds[idx]
        if d != last:
            last = d
            out_x.append(List.empty_list(types.int64))
            out_y.append(List.empty_list(types.int64))
        out_x[-1].append(xs[idx])
        out_y[-1].append(ys[idx])
    return out_x, out_y


@cc.export('frontier', 'i8(i8[:], i8)')
@njit
def frontier(counts, rounds):
    todo = List(np.arange(counts.shape[0], dtype=np.int64))
    total = 0
    for r in range(rounds):
        cur = todo
        todo = List.empty_list(types.int64)
        for c in cur:
            if counts[c] > r:
                total += 1
                todo.append(c)
    return total
