# isinstance(x, cls) of a variable, decided from its type as numba does
# (a bool is an int too, as in CPython).
# differential-python: numpy
import numpy as np
from pycc import CC

cc = CC('isinstance_static')


@cc.export('classify', 'i8(f8, i8, b1)')
def classify(x, k, b):
    r = 0
    if isinstance(x, float):
        r += 1
    if isinstance(k, int):
        r += 10
    if isinstance(b, int):
        r += 100
    if isinstance(b, bool):
        r += 1000
    if isinstance(x, (int, bool)):
        r += 10000
    if isinstance(k, (float, int)):
        r += 100000
    return r


@cc.export('containers', 'i8(f8[:], i8)')
def containers(a, n):
    t = (1, 2)
    xs = [1.0, 2.0]
    z = 1 + 2j
    r = isinstance(a, np.ndarray) * 1 + isinstance(t, tuple) * 10 + isinstance(xs, list) * 100
    r += isinstance(z, complex) * 1000 + isinstance(a, list) * 10000 + isinstance(n, object) * 100000
    return r


@cc.export('generic', 'f8(f8)')
def generic(x):
    # The typical use: a branch that a numba function takes per type.
    if isinstance(x, int):
        return x * 2.0
    return x / 2.0


CASES = {
    'classify': [(1.5, 2, True), (-0.0, 0, False)],
    'containers': [(np.ones(2), 3)],
    'generic': [(3.0,), (-1.0,)],
}
