# corpus: github.com/kagemeka/python src/kgmk/dsa/tree/heap/binary/jit.py @ 486ce39d97360b61029527bacf00a87fdbcf552c (`@nb.njit` kernels; adapted: `from numba.pycc import CC`, `cc = CC(...)` and one `@cc.export(name, signature)` per exported kernel added, nothing else changed); license: the repository's, no header in the file
import typing 
import numba as nb 
import numpy as np



from numba.pycc import CC
cc = CC('kgmk_binary_heap')
T = typing.TypeVar('T')
@cc.export('heappush', 'void(List(int64), i8)')
@nb.njit
def heappush(
  hq: typing.List[T],
  x: T,
) -> typing.NoReturn:
  i = len(hq)
  hq.append(x)
  while i > 0:
    j = (i - 1) >> 1
    if hq[i] >= hq[j]: break 
    hq[i], hq[j] = hq[j], hq[i]
    i = j


T = typing.TypeVar('T')
@cc.export('heappop', 'i8(List(int64))')
@nb.njit
def heappop(
  hq: typing.List[T],
) -> T:
  hq[0], hq[-1] = hq[-1], hq[0]
  x = hq.pop()
  i, n = 0, len(hq)
  while 1:
    j = (i << 1) + 1
    if j >= n: break
    j += j < n - 1 and hq[j + 1] < hq[j]
    if hq[i] <= hq[j]: break
    hq[i], hq[j] = hq[j], hq[i]
    i = j 
  return x