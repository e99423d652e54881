# Factorizations through a least-prime-factor table, of numbers and of a factorial
# (not of 1!: its empty lists make numpy's float64 array, pycc's int64: README, Deviations).
import numpy as np

def _lpf(n):
    lpf = np.arange(n + 1, dtype=np.int64)
    for p in range(2, n + 1):
        if lpf[p] == p:
            for q in range(p * p, n + 1, p):
                if lpf[q] == q:
                    lpf[q] = p
    return lpf

LPF = _lpf(100)
CASES = {
    "prime_factorize": [(60, LPF), (97, LPF), (1, LPF), (64, LPF)],
    "prime_factorize_factorial": [(10, LPF), (6, LPF)],
}
