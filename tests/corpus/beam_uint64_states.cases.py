# Permutations of 12 packed into four uint64 words (6 bits a value, 10 values a word)
import numpy as np


def pack(p):
    out = [0, 0, 0, 0]
    for j, v in enumerate(p):
        out[j // 10] |= int(v) << (6 * (j % 10))
    return tuple(np.uint64(x) for x in out)


rng = np.random.RandomState(5)
N = 12
PERMS = [rng.permutation(N) for _ in range(6)]
PERMS.append(PERMS[0][::-1].copy())
PERMS.append(PERMS[1].copy())
STATES = np.array([[int(x) for x in pack(p)] for p in PERMS], np.uint64)
P = np.array([(i + N // 2 + (1 if i % 2 == 0 else -1)) % N for i in range(N)], np.int64)

CASES = {
    "decode": [(pack(PERMS[0]), N), (pack(PERMS[3]), 5)],
    "transform": [(PERMS[2].astype(np.int64), N, 1, 0), (PERMS[2].astype(np.int64), N, -1, 5)],
    "canonical": [(pack(PERMS[1]), N), (pack(np.arange(N)), N)],
    "select_distinct": [(STATES, np.arange(8, dtype=np.int64), N, 8), (STATES, np.arange(8, dtype=np.int64)[::-1].copy(), N, 3)],
    "meeting": [(STATES, STATES[:3].copy(), P, N), (STATES[:2].copy(), STATES[5:].copy(), np.arange(N, dtype=np.int64), N)],
}
