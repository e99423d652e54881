# differential-python: numpy
# A module large enough for two code generation partitions (backend
# codegen.rs emit_parallel) where one export recurses: the partition
# without the recursion kept an unused declaration of the thread's stack
# floor and emitted it untyped, so the link failed ("pycc_stack_floor: TLS
# reference mismatches non-TLS reference"). Found by fuzz/programs probes.
import math
import numpy as np
from pycc import CC
cc = CC('split_recursion_prog')

def h_stats(a, b):
    return min(a, b), max(a, b), a + b

def h_rec(n, acc, step):
    if n <= 0:
        return acc
    return h_rec(n - step, acc + n * step, step)

@cc.export('l1', 'f8(i8, i8, f8)')
def l1(n, k, x):
    fl = []
    for i in range(n % 9):
        fl.append(x * i - k)
    fl.sort()
    fl.reverse()
    s = 0.0
    if len(fl) > 2:
        s += fl.pop(1)
        fl.insert(0, 2.5)
        sl = fl[1:3]
        s += sl[0] if len(sl) > 0 else 0.0
    if 2.5 in fl:
        s += fl.index(2.5) + fl.count(2.5)
    if fl:
        s += min(fl) + max(fl) + sum(fl)
    for i in reversed(range(n % 5)):
        s += i
    for i in range(k % 7, -3, -2):
        s -= i
    lo, hi, tot = h_stats(n, k)
    s += lo - hi + tot
    s += h_rec(abs(n) % 20, 0, 1 + abs(k) % 3)
    srt = sorted(fl)
    s += srt[-1] if srt else 0.0
    return s

@cc.export('a1', 'f8(f8[:], i8)')
def a1(a, k):
    n = a.shape[0]
    M = np.empty((n, 3))
    for i in range(n):
        for j in range(3):
            M[i, j] = a[i] * j - k
    s = float(np.sum(M))
    m8 = np.zeros(n, dtype=np.int8)
    for i in range(n):
        m8[i] = i * 30 + k
    s += float(np.sum(m8))
    u8 = np.zeros(n, dtype=np.uint8)
    u8[:] = 250
    u8 += 10
    s += float(u8[0])
    bm = a > 0.0
    s += float(np.any(bm)) + float(np.all(bm)) + np.count_nonzero(bm)
    s += np.argmax(a) + np.argmin(a)
    s += np.sum(np.linspace(0.0, 1.0, 7)) + np.sum(np.arange(0.0, 1.0, 0.3))
    s += np.dot(a, a) + np.sum(np.outer(a, a[::-1])) + np.cumprod(a)[-1]
    s += np.sum(np.clip(a, a[::-1], 5.0))
    s += np.sum(M.T @ M) + np.sum(M.reshape(3, n).ravel()) + M.flatten()[0]
    c = a.copy()
    c[::-1] = a
    s += c[0]
    T = np.zeros((n, 2, 3))
    for i in range(n):
        for j in range(2):
            for q in range(3):
                T[i, j, q] = i - j * q
    s += np.sum(T)
    return s


CASES = {
    'l1': [(n, k, x) for n in (0, 5, 8, -7, 23) for k in (0, -3, 29) for x in (0.0, 0.5, -2.0)],
    'a1': [(np.array([1.5, -2.0, 0.3, np.nan][:n]), k) for n in (1, 2, 3, 4) for k in (0, 3, -100)],
}
