import numpy as np


def b(s):
    return np.frombuffer(s.encode(), dtype=np.int8).copy()


# ABC135 F's samples, and the Z-array itself.
CASES = {
    "z_algo": [(np.array([1, 2, 1, 2, 1, 3], np.int64),), (np.array([7], np.int64),)],
    "solve": [(b("abcabab"), b("ab")), (b("aa"), b("aaaaaaa")), (b("aba"), b("baaab"))],
}
