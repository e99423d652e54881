# corpus: github.com/kagemeka/python src/kgmk/dsa/topology/union_find/parent_size_at_same/jit.py @ 65607ee (`@nb.njit` kernels; adapted: `from numba.pycc import CC`, `cc = CC(...)` and one `@cc.export(name, signature)` per kernel added, nothing else changed); license: the repository's, no header in the file
import typing 
import numpy as np 
import numba as nb
from numba.pycc import CC
cc = CC('kgmk_union_find')



@cc.export('uf_build', '(i8,)')
@nb.njit 
def uf_build(n: int) -> np.ndarray:
  return np.full(n, -1, np.int64)


@cc.export('uf_find', '(i8[:], i8)')
@nb.njit 
def uf_find(uf: np.ndarray, u: int) -> int:
  if uf[u] < 0: return u 
  uf[u] = uf_find(uf, uf[u])
  return uf[u]


@cc.export('uf_unite', '(i8[:], i8, i8)')
@nb.njit 
def uf_unite(
  uf: np.ndarray, 
  u: int, 
  v: int,
) -> typing.NoReturn:
  u, v = uf_find(uf, u), uf_find(uf, v)
  if u == v: return
  if uf[u] > uf[v]: u, v = v, u
  uf[u] += uf[v]
  uf[v] = u
