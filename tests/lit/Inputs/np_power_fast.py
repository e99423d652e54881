import numpy as np
from pycc import CC

cc = CC('np_power_fast_lit')


# First, so that the test reads the runtime's codes of numpy's power and
# tanh from their calls instead of writing the numbers down.
@cc.export('cube', 'f8[:](f8[:])')
def cube(a):
    return np.power(a, 3)


@cc.export('th', 'f8[:](f8[:])')
def th(a):
    return np.tanh(a)


@cc.export('fprime', 'f8[:, :](f8[:, :])')
def fprime(x):
    return 1 - np.power(np.tanh(x), 2)


@cc.export('roots', 'f8[:](f8[:])')
def roots(a):
    return np.power(a, 0.5) + np.power(a, -1)
