# differential-python: numpy
# np.random.seed / np.random.random: numpy's legacy MT19937 stream, bit for
# bit (pycc keeps its own generator per module, as numba does, so each case
# seeds first; CPython's side uses numpy's global RandomState).
import numpy as np
from pycc import CC

cc = CC('numpy_random_prog')


@cc.export('first', 'UniTuple(f8, 3)(i8)')
def first(seed):
    np.random.seed(seed)
    return np.random.random(), np.random.random(), np.random.random_sample()


@cc.export('nth', 'f8(i8, i8)')
def nth(seed, n):
    # Past 312 doubles the state regenerates (624 words, two per double).
    np.random.seed(seed)
    x = 0.0
    for i in range(n):
        x = np.random.random()
    return x


@cc.export('reseed', 'b1(u4)')
def reseed(seed):
    np.random.seed(seed)
    a = np.random.random()
    np.random.seed(seed)
    return a == np.random.random()


@cc.export('fill', 'f8[:](i8, i8)')
def fill(seed, n):
    np.random.seed(seed)
    out = np.empty(n)
    for i in range(n):
        out[i] = np.random.rand()
    return out


CASES = {
    'first': [(0,), (1,), (42,), (12345,), (2**32 - 1,), (-1,), (2**32,), (-(2**63),)],
    'nth': [(0, 1), (5, 312), (5, 313), (7, 1000), (2**31, 2000)],
    'reseed': [(0,), (2**32 - 1,)],
    'fill': [(3, 5), (3, 0)],
}
