import numpy as np


def b(s):
    return np.frombuffer(s.encode(), dtype=np.uint8).copy()


# ABC141 E: the longest substring occurring twice without overlap.
CASES = {
    "z_algo": [(b("ababa"),), (b("x"),)],
    "solve": [(5, b("ababa")), (2, b("xy")), (13, b("strangeorange"))],
}
