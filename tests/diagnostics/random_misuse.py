import random

import numpy as np
from pycc import CC

cc = CC('m')


@cc.export('f', 'f8(i8, f8[:])')
def f(n, a):
    x = np.random.randint(0, 10, dtype=np.int32)
    y = np.random.beta(2.0)
    z = np.random.normal(size=n, loc=1.0)
    w = np.random.dirichlet(a)
    v = np.random.shuffle(a)
    random.seed(1.5)
    u = random.choice([1.0, 2.0])
    t = random.sample(a, 2)
    r = np.random.normal(a, 1.0)
    q = np.random.uniform(0.0, 1.0, n) + 1
    return x + y + z + w + u + t + r + q + np.random.random((n, 2))


@cc.export('g', 'f8(i8)')
def g(n):
    return np.random.random(n)
