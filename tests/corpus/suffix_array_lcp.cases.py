import numpy as np


def codes(s):
    return np.frombuffer(s, dtype="b").astype(np.int64)


# ABC213 F (common prefixes): the bytes of the string, as main() reads them.
CASES = {
    "solve": [(codes(b"abb"),), (codes(b"mississippi"),), (codes(b"aaaa"),)],
}
