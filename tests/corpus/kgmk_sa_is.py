# corpus: github.com/kagemeka/python src/kgmk/dsa/string/suffix_array/sa_is/non_recursive/jit.py @ 486ce39d97360b61029527bacf00a87fdbcf552c (`@nb.njit` kernels; adapted: `from numba.pycc import CC`, `cc = CC(...)` and one `@cc.export(name, signature)` per exported kernel added, nothing else changed); license: the repository's, no header in the file
import typing 
import numpy as np
import numba as nb
from numba.pycc import CC
cc = CC('kgmk_sa_is')



@nb.njit
def _compute_next_array(
  a: np.ndarray, 
  sa: np.ndarray, 
  is_lms: np.ndarray,
) -> np.ndarray:
  n = a.size
  lms_idx = sa[is_lms[sa]]
  l = lms_idx.size
  na = np.full(n, -1, dtype=np.int64)
  na[-1] = i = 0
  for j in range(l - 1):
    j, k = lms_idx[j], lms_idx[j + 1]
    for d in range(n):
      j_is_lms = is_lms[j + d]
      k_is_lms = is_lms[k + d]
      if a[j + d] != a[k + d] or j_is_lms ^ k_is_lms: 
        i += 1; break
      if d > 0 and j_is_lms | k_is_lms: break
    na[k] = i
  na = na[na >= 0]
  return na


@nb.njit
def _induce(
  a: np.ndarray,
  is_s: np.ndarray,
  lms: np.ndarray,
  bucket: np.ndarray,
) -> np.ndarray:
  n, m = a.size, bucket.size
  sa = np.full(n, -1, np.int64)
  
  def _set_lms():
    sa_idx = bucket.cumsum()
    for i in lms[::-1]:
      x = a[i] 
      sa_idx[x] -= 1
      sa[sa_idx[x]] = i
  
  def _induce_l():
    sa_idx = bucket.copy()
    s = 0 
    for i in range(m):
      s, sa_idx[i] = s + sa_idx[i], s
    for i in range(n):
      i = sa[i] - 1
      if i < 0 or is_s[i]: continue
      x = a[i]
      sa[sa_idx[x]] = i
      sa_idx[x] += 1

  def _induce_s():
    sa_idx = bucket.cumsum()
    for i in range(n - 1, -1, -1):
      i = sa[i] - 1
      if i < 0 or not is_s[i]: continue
      x = a[i] 
      sa_idx[x] -= 1
      sa[sa_idx[x]] = i
  
  _set_lms()
  _induce_l()
  _induce_s()
  return sa
  

@nb.njit
def _preprocess(
  a: np.ndarray
) -> typing.Tuple[np.ndarray]:
  n = a.size
  is_s = np.ones(n, np.bool8)
  for i in range(n - 1, 0, -1):
    is_s[i - 1] = (
      is_s[i] if a[i - 1] == a[i] else
      a[i - 1] < a[i]
    )
  is_lms = np.zeros(n, np.bool8)
  is_lms[np.arange(1, n)[~is_s[:-1] & is_s[1:]]] = True
  lms = np.flatnonzero(is_lms)
  bucket = np.bincount(a)
  return is_s, is_lms, lms, bucket
  

@cc.export('sa_is', 'i8[:](i8[:])')
@nb.njit
def sa_is(
  a: np.ndarray,
) -> np.ndarray:
  if a.min() <= 0: a += 1
  assert (a > 0).all()
  a = np.hstack((a, np.array([0])))

  st: typing.List[typing.Tuple[np.ndarray]] = []
  while True:
    is_s, is_lms, lms, b = _preprocess(a)
    sa = _induce(a, is_s, lms, b)
    st.append((a, is_s, lms, b))
    a = _compute_next_array(a, sa, is_lms)
    l = lms.size
    if a.max() < l - 1: continue
    lms_order = np.empty(l, np.int64)
    for i in range(l): lms_order[a[i]] = i
    break

  while st:
    a, is_s, lms, b = st.pop()
    lms = lms[lms_order]
    lms_order = _induce(a, is_s, lms, b)

  return lms_order[1:]