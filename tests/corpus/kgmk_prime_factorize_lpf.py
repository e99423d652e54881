# corpus: github.com/kagemeka/python src/kgmk/dsa/number_theory/prime_factorize/with_lpf/jit.py @ 486ce39d97360b61029527bacf00a87fdbcf552c (`@nb.njit` kernels; adapted: `from numba.pycc import CC`, `cc = CC(...)` and one `@cc.export(name, signature)` per exported kernel added, nothing else changed); license: the repository's, no header in the file
import numpy as np
import numba as nb



from numba.pycc import CC
cc = CC('kgmk_prime_factorize_lpf')
@cc.export('prime_factorize', 'i8[:,:](i8, i8[:])')
@nb.njit
def prime_factorize(
  n: int,
  lpf: np.array,
) -> np.array:
  p, c = [-1], [-1]
  while n > 1:
    i = lpf[n]
    n //= i
    if p[-1] == i:
      c[-1] += 1
      continue
    p.append(i)
    c.append(1)
  return np.vstack((
    np.array(p),
    np.array(c),
  )).T[1:]


@cc.export('prime_factorize_factorial', 'i8[:,:](i8, i8[:])')
@nb.njit
def prime_factorize_factorial(
  n: int,
  lpf: np.array,
) -> np.array:
  prime, cnt = [], []
  idx = np.full(n + 1, -1, dtype=np.int64)
  for i in range(n + 1):
    for p, c in prime_factorize(i, lpf):
      i = idx[p]
      if i != -1:
        cnt[i] += c
        continue
      idx[p] = len(prime)
      prime.append(p)
      cnt.append(c)
  return np.vstack((
    np.array(prime),
    np.array(cnt),
  )).T 