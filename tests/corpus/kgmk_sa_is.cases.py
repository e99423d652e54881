# Suffix arrays of "mmiissiissiippii", "abracadabra" and "banana" as codes (1-based and 0-based: a.min() <= 0 adds 1 in place, so fresh copies)
import numpy as np


def codes(s, base):
    return np.array([ord(c) - ord("a") + base for c in s], dtype=np.int64)


CASES = {
    "sa_is": [lambda: (codes("mmiissiissiippii", 1),), lambda: (codes("abracadabra", 0),), lambda: (codes("banana", 1),),
              lambda: (codes("aaaaaa", 1),), lambda: (codes("z", 1),)],
}
