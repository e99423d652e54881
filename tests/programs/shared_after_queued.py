# differential-python: numpy
# A value shared by a complex product (each part of the product reads it
# twice, so it is computed once) that reads what a statement queued before
# the expression computes (`int(e.max())`, the loop over `e`; a masked sum):
# it runs after that statement, not before it (found by the exprtree fuzzer:
# pycc raised UnboundLocalError for `$acc6`). Also with the shared value's
# own ZeroDivisionError, an empty array's ValueError first, and in a loop.
import math
import numpy as np
from pycc import CC

cc = CC("shared_after_queued")


@cc.export("scaled", "f8(f8, i8[:])")
def scaled(b, e):
    v = (b + int(e[e > 0].sum())) * complex(int(e.max()) / 255, 0.0)
    return v.real


@cc.export("divided", "f8(f8, i8[:], i8)")
def divided(b, e, d):
    v = (b + e[e % 2 == 0].sum()) * complex(int(e.max()) / d, 1.0).conjugate()
    return v.real - v.imag


@cc.export("looped", "f8(f8, i8, u1, i8[:])")
def looped(b, c, d, e):
    s = 0.0
    for k in range(3):
        v = ((abs(abs(b) ** b) ** (int(np.argmax(e)) / int(d))) + (int(e[e % 2 == 0].sum()) ** ((int(e[e % 2 == 0].sum()) << (c & 15)) & 3))) * complex((int(e.max()) / 255), (-math.inf ** (int(d) % 5 - 2))).conjugate()
        s += v.real + k
    return s


E = np.array([-5, 5, 2])
CASES = {
    "scaled": [lambda: (3.0, E.copy()), lambda: (-1.5, np.array([7])), lambda: (0.0, np.array([], dtype=np.int64))],
    "divided": [lambda: (3.0, E.copy(), 7), lambda: (3.0, E.copy(), 0), lambda: (1.0, np.array([], dtype=np.int64), 0)],
    "looped": [lambda: (3.0, -2147483648, 1, E.copy()), lambda: (2.0, 5, 3, np.array([4, 1, 6])), lambda: (2.0, 5, 0, E.copy())],
}
