# differential-python: numpy
# Scalar draws of numpy's global RandomState made without a Python call
# (runtime_buffer.c, random_scalar_fast): uniform(low, high) and
# randint(low, high) from the bit generator with numpy's own arithmetic
# (low + range * next_double; masked rejection on 32- or 64-bit words).
# Each case seeds, draws, and checks the values, the state after (the next
# double), and the errors numpy raises, which come from numpy's own call.
import numpy as np
from pycc import CC

cc = CC('numpy_random_scalars')


@cc.export('uniform_sum', 'f8(i8, i8, f8, f8)')
def uniform_sum(seed, n, low, high):
    np.random.seed(seed)
    s = 0.0
    for i in range(n):
        s += np.random.uniform(low, high) * (i + 1)
    return s + np.random.random()


@cc.export('uniform_forms', 'UniTuple(f8, 5)(i8, i8)')
def uniform_forms(seed, k):
    np.random.seed(seed)
    a = np.random.uniform()
    b = np.random.uniform(k)
    c = np.random.uniform(-k, k)
    d = np.random.uniform(True, 3)
    return a, b, c, d, np.random.rand()


@cc.export('randint_sum', 'i8(i8, i8, i8, i8)')
def randint_sum(seed, n, low, high):
    np.random.seed(seed)
    s = 0
    for i in range(n):
        s = s * 31 + np.random.randint(low, high)
    return s + np.random.randint(1000)


@cc.export('randint_last', 'i8(i8, i8, i8)')
def randint_last(seed, low, high):
    np.random.seed(seed)
    x = np.random.randint(low, high)
    x = np.random.randint(low, high)
    return x ^ np.random.randint(7)


@cc.export('randint_one', 'i8(i8, i8)')
def randint_one(seed, high):
    np.random.seed(seed)
    return np.random.randint(high) * 1000 + np.random.randint(high)


@cc.export('walk', 'f8[:](i8, i8)')
def walk(seed, n):
    np.random.seed(seed)
    out = np.empty(n)
    x = 0.0
    for i in range(n):
        if np.random.randint(0, 2) == 1:
            x += np.random.uniform(0.0, 1.0)
        else:
            x -= np.random.random()
        out[i] = x
    return out


I64_MIN = -(2 ** 63)
I64_MAX = 2 ** 63 - 1
CASES = {
    'uniform_sum': [(0, 100, 0.0, 1.0), (1, 50, -3.5, 2.25), (2, 10, 5.0, -5.0), (3, 5, 1.0, 1.0),
                    (4, 3, -1e308, 1e308), (5, 3, 0.0, float('inf')), (6, 2, float('nan'), 1.0),
                    (7, 20, 1e-300, 2e-300)],
    'uniform_forms': [(0, 3), (11, -2), (12, 0)],
    'randint_sum': [(0, 100, 0, 10), (1, 60, -5, 5), (2, 40, 0, 2), (3, 10, 7, 8), (4, 30, 0, 2 ** 32),
                    (5, 30, 0, 2 ** 32 + 1), (6, 30, -(2 ** 40), 2 ** 40), (7, 30, 0, 2 ** 32 - 1),
                    (8, 20, I64_MIN, I64_MAX), (9, 20, I64_MIN, 0), (10, 20, 1, I64_MAX),
                    (11, 3, 5, 5), (12, 3, 6, 5), (13, 3, 0, 3)],
    'randint_last': [(0, 0, 1), (1, -1, 0), (2, I64_MIN, I64_MIN + 1), (3, I64_MAX - 1, I64_MAX),
                     (4, 10, I64_MIN)],
    'randint_one': [(0, 10), (1, 1), (2, 0), (3, -4), (4, 2 ** 62)],
    'walk': [(0, 20), (42, 50)],
}
