# differential-python: numpy
# str.join of a comprehension, a generator or map(str, xs) written in the
# call (`",".join([str(v) for v in xs])`, `" ".join(map(str, xs))`,
# f-strings of numbers): CPython's str/repr of floats exactly (-0.0, nan,
# inf, 1e+16, 0.1 + 0.2), also inside a larger expression; a generator
# over a str.
import numpy as np
from pycc import CC

cc = CC("join_comprehensions")


@cc.export("floats", "(f8[:],)")
def floats(xs):
    return ",".join([str(v) for v in xs])


@cc.export("ints_map", "(i8[:],)")
def ints_map(xs):
    return " ".join(map(str, xs))


@cc.export("fstrings", "(f8[:],)")
def fstrings(xs):
    s = ";".join([f"{v:.3f}" for v in xs if v == v])
    return s, " ".join(f"{v}" for v in xs)


@cc.export("bracketed", "(f8[:], i8)")
def bracketed(xs, k):
    return "[" + ", ".join([f"{i}:{x}" for i, x in enumerate(xs) if i < k]) + "]"


@cc.export("list_map", "(i8,)")
def list_map(n):
    L = [i * i - 3 for i in range(n)]
    return "-".join(map(str, L))


@cc.export("letters", "(unicode_type,)")
def letters(s):
    return ",".join(c for c in s), "".join([c.upper() for c in s if c != "b"])


X = np.array([1.5, -0.0, 1e16, 0.1 + 0.2, np.nan, -np.inf, 1 / 3, 2.0**70])
CASES = {
    "floats": [(X,), (np.zeros(0),)],
    "ints_map": [(np.array([3, -2, 0, 2**62]),), (np.zeros(0, dtype=np.int64),)],
    "fstrings": [(X,)],
    "bracketed": [(X, 3), (X, 0)],
    "list_map": [(0,), (5,)],
    "letters": [("abcb",), ("",), ("é✓",)],
}
