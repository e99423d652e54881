# corpus: github.com/kagemeka/python src/kgmk/dsa/algebra/matrix/xor_and/jit.py @ 486ce39d97360b61029527bacf00a87fdbcf552c (`@nb.njit` kernels; adapted: `from numba.pycc import CC`, `cc = CC(...)` and one `@cc.export(name, signature)` per exported kernel added, nothing else changed); license: the repository's, no header in the file
import numpy as np 
import numba as nb 


from numba.pycc import CC
cc = CC('kgmk_xor_and_matrix')
@cc.export('matrix_identity', 'i8[:,:](i8)')
@nb.njit
def matrix_identity(n: int) -> np.ndarray:
  and_e = (1 << 63) - 1
  e = np.zeros((n, n), np.int64)
  for i in range(n): e[i, i] = and_e
  return e


@cc.export('matrix_dot', 'i8[:,:](i8[:,:], i8[:,:])')
@nb.njit 
def matrix_dot(a: np.ndarray, b: np.ndarray) -> np.ndarray:
  n, m = a.shape
  h, w = b.shape
  assert m == h
  c = np.zeros((n, w), np.int64)
  for i in range(n):
    for j in range(w):
      for k in range(m):
        c[i, j] ^= a[i, k] & b[k, j]
  return c


@cc.export('matrix_power', 'i8[:,:](i8[:,:], i8)')
@nb.njit 
def matrix_power(a: np.ndarray, n: int) -> np.ndarray:
  b = matrix_identity(len(a))
  while n:
    if n & 1: b = matrix_dot(b, a)
    a = matrix_dot(a, a)
    n >>= 1
  return b