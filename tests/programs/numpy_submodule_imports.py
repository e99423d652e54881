# differential-python: numpy
# numpy's submodules imported the ways real files import them: names taken
# from numpy.random / numpy.linalg / numpy.fft, and the submodules bound to
# an alias. Each reads as `np.<submodule>.<name>`: numpy's global
# RandomState (so CPython's draws after the same seed), numpy's linalg.
import numpy as np
import numpy.linalg as nla
import numpy.random as npr
from numpy.fft import rfft
from numpy.linalg import det, norm
from numpy.random import rand, randint, seed
from pycc import CC

cc = CC('numpy_submodule_imports')


@cc.export('draws_by_name', 'f8(i8)')
def draws_by_name(n):
    seed(n)
    return rand() + randint(0, 10)


@cc.export('draws_by_alias', 'f8[:](i8, i8)')
def draws_by_alias(s, n):
    npr.seed(s)
    a = npr.rand(n)
    return a * npr.randint(1, 5)


@cc.export('linalg_names', 'f8(f8[:, :])')
def linalg_names(m):
    return det(m) + norm(m) + nla.norm(m[0]) + nla.det(m.T)


@cc.export('spectrum', 'f8(f8[:])')
def spectrum(x):
    return np.abs(rfft(x)).sum()


CASES = {
    'draws_by_name': [(1,), (2,)],
    'draws_by_alias': [(3, 4), (5, 0)],
    'linalg_names': [(np.array([[1.0, 2.0], [3.0, 4.0]]),), (np.eye(3),)],
    'spectrum': [(np.arange(8.0),), (np.array([1.0, -1.0, 0.5]),)],
}
