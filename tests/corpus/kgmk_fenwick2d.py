# corpus: github.com/kagemeka/python src/kgmk/dsa/tree/misc/fenwick2d/one_indexed/add/jit.py @ 486ce39d97360b61029527bacf00a87fdbcf552c (`@nb.njit` kernels; adapted: `from numba.pycc import CC`, `cc = CC(...)` and one `@cc.export(name, signature)` per exported kernel added, nothing else changed); license: the repository's, no header in the file
import typing 
import numpy as np 
import numba as nb 


from numba.pycc import CC
cc = CC('kgmk_fenwick2d')
@cc.export('fw_build', 'i8[:,:](i8[:,:])')
@nb.njit
def fw_build(a: np.ndarray) -> np.ndarray:
  n, m = a.shape[:2]
  fw = np.empty((n + 1, m + 1) + a.shape[2:], np.int64)
  fw[1:, 1:] = a.copy()
  for i in range(1, n + 1):
    for j in range(1, m + 1):
      k = j + (j & -j)
      if k < m + 1: fw[i, k] += fw[i, j]
  for j in range(1, m + 1):
    for i in range(1, n + 1):
      k = i + (i & -i)
      if k < n + 1: fw[k, j] += fw[i, j]
  return fw


@cc.export('fw_set', 'void(i8[:,:], i8, i8, i8)')
@nb.njit
def fw_set(
  fw: np.ndarray, 
  i: int, 
  j: int, 
  x: int,
) -> typing.NoReturn:
  n, m = fw.shape
  j0 = j
  while i < n:
    j = j0
    while j < m:
      fw[i, j] += x
      j += j & -j
    i += i & -i


@cc.export('fw_get', 'i8(i8[:,:], i8, i8)')
@nb.njit
def fw_get(fw: np.ndarray, i: int, j:int) -> int:
  v = 0
  i, j = i + 1, j + 1
  j0 = j 
  while i > 0:
    j = j0
    while j > 0:
      v += fw[i, j]
      j -= j & -j
    i -= i & -i
  return v 
