# corpus: github.com/kagemeka/python src/kgmk/dsa/string/lcp_array/kasai/jit.py @ 486ce39d97360b61029527bacf00a87fdbcf552c (`@nb.njit` kernels; adapted: `from numba.pycc import CC`, `cc = CC(...)` and one `@cc.export(name, signature)` per exported kernel added, nothing else changed); license: the repository's, no header in the file
import numpy as np
import numba as nb



from numba.pycc import CC
cc = CC('kgmk_lcp_kasai')
@cc.export('lcp_kasai', 'i8[:](i8[:], i8[:])')
@nb.njit
def lcp_kasai(
  a: np.ndarray,
  sa: np.ndarray,
) -> np.ndarray:
  n = a.size
  assert n > 0 and sa.size == n
  
  rank = np.empty(n, np.int64)
  for i in range(n): rank[sa[i]] = i
  h, l = np.empty(n - 1, np.int64), 0
  for i in range(n):
    if l: l -= 1
    r = rank[i]
    if r == n - 1: continue
    j = sa[r + 1]
    while i + l < n and j + l < n:
      if a[i + l] != a[j + l]: break 
      l += 1
    h[r] = l
  return h