# Python's random module from compiled code: random(), uniform(a, b),
# randint(a, b) and randrange(...) made as Lib/random.py makes them, with
# the module's own C methods random() and getrandbits(k) drawing
# (runtime_buffer.c, py_random_fast): the same values and state as
# CPython, and CPython's own errors for the calls it rejects.
import random

from pycc import CC

cc = CC('python_random_scalars')


@cc.export('uniform_sum', 'f8(i8, i8, f8, f8)')
def uniform_sum(seed, n, a, b):
    random.seed(seed)
    s = 0.0
    for i in range(n):
        s += random.uniform(a, b) * (i + 1)
    return s + random.random()


@cc.export('uniform_ints', 'f8(i8, i8, i8)')
def uniform_ints(seed, a, b):
    random.seed(seed)
    return random.uniform(a, b) + random.uniform(a, 0.5)


@cc.export('randint_mix', 'i8(i8, i8, i8, i8)')
def randint_mix(seed, n, a, b):
    random.seed(seed)
    s = 0
    for i in range(n):
        s = (s * 31 + random.randint(a, b)) % 1000000007
    return s * 1000 + random.randrange(1000)


@cc.export('randrange_forms', 'UniTuple(i8, 3)(i8, i8, i8)')
def randrange_forms(seed, a, b):
    random.seed(seed)
    return random.randrange(b), random.randrange(a, b), random.randrange(a, b, 3)


@cc.export('after', 'f8(i8, i8)')
def after(seed, k):
    # The shared state goes on from where the compiled draws left it.
    random.seed(seed)
    for i in range(k):
        random.randint(0, 2 ** 40)
    return random.random()


CASES = {
    'uniform_sum': [(0, 50, 0.0, 1.0), (1, 20, -3.5, 2.25), (2, 10, 5.0, -5.0), (3, 3, 1e308, -1e308)],
    'uniform_ints': [(0, 1, 10), (1, -(2 ** 60), 2 ** 60), (2, 2 ** 53, -(2 ** 53)), (3, 7, 7)],
    'randint_mix': [(0, 100, 1, 6), (1, 50, -5, 5), (2, 30, 0, 2 ** 32), (3, 30, 0, 2 ** 62),
                    (4, 30, -(2 ** 62), 2 ** 62), (5, 5, 3, 3), (6, 2, 4, 3), (7, 2, -(2 ** 63), 2 ** 63 - 1)],
    'randrange_forms': [(0, 2, 10), (1, -7, 1), (2, 5, 5), (3, 3, -2), (4, 0, 1)],
    'after': [(0, 5), (9, 100)],
}
