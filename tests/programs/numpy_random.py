# differential-python: numpy
# np.random in compiled code calls numpy's own global RandomState (and the
# random module Python's own), so each case seeds and then draws: the same
# values as CPython, numpy's dtypes, numpy's (CPython's) errors.
import random

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


@cc.export('scalars', 'UniTuple(f8, 12)(i8)')
def scalars(seed):
    # The gauss-based draws share numpy's cached second normal.
    np.random.seed(seed)
    a = np.random.randn()
    b = np.random.standard_normal()
    c = np.random.normal(1.0, 2.0)
    d = np.random.normal(scale=3.0)
    e = np.random.uniform(-1.0, 1.0)
    f = np.random.uniform(high=5)
    g = np.random.exponential(2.0)
    h = np.random.beta(2.0, 3.0)
    k = np.random.gamma(2.0)
    m = np.random.gamma(2.0, scale=0.5)
    n = np.random.lognormal(0.0, 0.5)
    p = np.random.triangular(0.0, 1.0, 3.0)
    return a, b, c, d, e, f, g, h, k, m, n, p


@cc.export('ints', 'UniTuple(i8, 8)(i8)')
def ints(seed):
    np.random.seed(seed)
    a = np.random.randint(10)
    b = np.random.randint(-5, 5)
    c = np.random.poisson(3.5)
    d = np.random.poisson()
    e = np.random.binomial(10, 0.3)
    f = np.random.geometric(0.25)
    g = np.random.negative_binomial(5, 0.5)
    h = np.random.hypergeometric(10, 5, 6)
    return a, b, c, d, e, f, g, h


@cc.export('randint_range', 'i8(i8, i8, i8)')
def randint_range(seed, low, high):
    np.random.seed(seed)
    return np.random.randint(low, high)


@cc.export('arrays', 'f8[:](i8, i8)')
def arrays(seed, n):
    np.random.seed(seed)
    return np.random.random(n)


@cc.export('arrays2', 'f8[:, :](i8, i8, i8)')
def arrays2(seed, n, m):
    np.random.seed(seed)
    a = np.random.rand(n, m)
    b = np.random.randn(n, m)
    c = np.random.normal(0.0, 2.0, (n, m))
    d = np.random.uniform(1.0, 2.0, size=(n, m))
    return a + b * 10.0 + c * 100.0 + d * 1000.0


@cc.export('int_arrays', 'i8[:](i8, i8)')
def int_arrays(seed, n):
    np.random.seed(seed)
    a = np.random.randint(0, 100, n)
    b = np.random.poisson(2.0, size=n)
    c = np.random.binomial(5, 0.5, n)
    return a + b * 1000 + c * 1000000


@cc.export('sum_of_draws', 'f8(i8, i8)')
def sum_of_draws(seed, n):
    np.random.seed(seed)
    s = np.random.standard_normal(n).sum()
    s += np.random.exponential(1.5, n).sum()
    return s


@cc.export('choices', 'Tuple((i8, f8, i8[:], f8[:]))(i8, f8[:])')
def choices(seed, a):
    np.random.seed(seed)
    x = np.random.choice(10)
    y = np.random.choice(a)
    z = np.random.choice(5, 8)
    w = np.random.choice(a, 3, False)
    return x, y, z, w


@cc.export('choice_p', 'i8[:](i8, f8[:])')
def choice_p(seed, p):
    np.random.seed(seed)
    return np.random.choice(p.shape[0], 6, True, p)


@cc.export('shuffled', 'void(i8, f8[:])')
def shuffled(seed, a):
    np.random.seed(seed)
    np.random.shuffle(a)


@cc.export('shuffled_rows', 'void(i8, i8[:, :])')
def shuffled_rows(seed, a):
    np.random.seed(seed)
    np.random.shuffle(a)


@cc.export('shuffled_view', 'void(i8, f8[:])')
def shuffled_view(seed, a):
    np.random.seed(seed)
    np.random.shuffle(a[1:-1])


@cc.export('permuted', 'Tuple((i8[:], f8[:]))(i8, f8[:])')
def permuted(seed, a):
    np.random.seed(seed)
    return np.random.permutation(6), np.random.permutation(a)


@cc.export('unseeded_reseed', 'f8()')
def unseeded_reseed():
    # seed() with no argument: fresh OS entropy, as numpy.
    np.random.seed()
    np.random.seed(3)
    return np.random.random()


@cc.export('bad_size', 'f8[:](i8)')
def bad_size(n):
    return np.random.random(n)


@cc.export('bad_normal', 'f8(f8)')
def bad_normal(scale):
    np.random.seed(0)
    return np.random.normal(0.0, scale)


@cc.export('py_random', 'UniTuple(f8, 6)(i8)')
def py_random(seed):
    random.seed(seed)
    a = random.random()
    b = random.uniform(2.0, 3.0)
    c = random.gauss(0.0, 1.0)
    d = random.normalvariate(1.0, 2.0)
    e = random.expovariate(0.5)
    f = random.triangular(0.0, 1.0, 0.2)
    return a, b, c, d, e, f


@cc.export('py_ints', 'UniTuple(i8, 4)(i8)')
def py_ints(seed):
    random.seed(seed)
    a = random.randint(1, 6)
    b = random.randrange(10)
    c = random.randrange(0, 100, 7)
    d = random.getrandbits(20)
    return a, b, c, d


@cc.export('py_randint', 'i8(i8, i8, i8)')
def py_randint(seed, a, b):
    random.seed(seed)
    return random.randint(a, b)


@cc.export('py_choice_shuffle', 'f8(i8, f8[:])')
def py_choice_shuffle(seed, a):
    random.seed(seed)
    random.shuffle(a)
    return random.choice(a)


@cc.export('py_sequence', 'f8(i8, i8)')
def py_sequence(seed, n):
    random.seed(seed)
    s = 0.0
    for i in range(n):
        s += random.random() * i
    return s


CASES = {
    'first': [(0,), (1,), (42,), (12345,), (2**32 - 1,), (-1,), (2**32,), (-(2**63),)],
    'nth': [(0, 1), (5, 312), (5, 313), (7, 1000), (2**31, 2000)],
    'reseed': [(0,), (2**32 - 1,)],
    'fill': [(3, 5), (3, 0)],
    'scalars': [(0,), (7,), (123,)],
    'ints': [(0,), (7,), (123,)],
    'randint_range': [(1, 0, 10), (2, -(2**62), 2**62), (3, 5, 5), (4, 6, 5)],
    'arrays': [(0, 5), (1, 0), (2, 1000), (3, -1)],
    'arrays2': [(0, 3, 4), (1, 0, 2), (5, 2, -3)],
    'int_arrays': [(0, 6), (9, 1)],
    'sum_of_draws': [(0, 10), (4, 0)],
    'choices': [(0, np.array([1.5, 2.5, 3.5, 4.5])), (3, np.array([0.25, -1.0, 8.0]))],
    'choice_p': [(0, np.array([0.1, 0.2, 0.7])), (1, np.array([0.5, 0.6, 0.7]))],
    'shuffled': [lambda: (0, np.arange(10.0)), lambda: (5, np.arange(3.0)), lambda: (5, np.zeros(0))],
    'shuffled_rows': [lambda: (2, np.arange(12).reshape(4, 3))],
    'shuffled_view': [lambda: (1, np.arange(8.0))],
    'permuted': [(0, np.arange(5.0)), (4, np.array([2.0]))],
    'unseeded_reseed': [()],
    'bad_size': [(-2,)],
    'bad_normal': [(1.0,), (-1.0,), (float('nan'),)],
    'py_random': [(0,), (1,), (2**40,), (-5,)],
    'py_ints': [(0,), (99,)],
    'py_randint': [(0, 1, 6), (1, 5, 5), (2, 6, 5), (3, -(2**62), 2**62)],
    'py_choice_shuffle': [lambda: (0, np.arange(10.0)), lambda: (1, np.zeros(0))],
    'py_sequence': [(0, 100), (7, 0)],
}
