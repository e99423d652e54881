# differential-python: numpy
# corpus12's forms of real numba.pycc files: an export's tuple result
# holding strs beside numbers and arrays (`return Xi, 'Neu', ts[i]`, a
# reflected-Brownian step), on several paths, from literals, arguments
# and str variables.
import numpy as np
from pycc import CC

cc = CC("corpus12_forms")


@cc.export("exited", "(f8, f8[:], f8[:])")
def exited(p, x0, x1):
    if x1[0] < 0 or x1[0] > 1:
        v = x1 - x0
        t = -x0[0] / v[0] if x1[0] < 0 else (1 - x0[0]) / v[0]
        xi = np.array([0.0 if x1[0] < 0 else 1.0, x0[1] + t * v[1]])
        if xi[1] > p:
            return xi, 'Dir', t
        return xi, 'Neu', t
    return x1, 'Non', 1.0


@cc.export("labelled", "(i8, unicode_type)")
def labelled(n, name):
    tag = name + '!'
    if n < 0:
        return name, n, tag
    return 'pos', n * 2, name


@cc.export("all_strs", "(i8,)")
def all_strs(k):
    if k % 2 == 0:
        return 'even', 'x'
    return 'odd', 'y'


CASES = {
    "exited": [(0.5, np.array([0.5, 0.5]), np.array([1.2, 0.9])),
               (0.5, np.array([0.5, 0.5]), np.array([1.2, 0.1])),
               (0.5, np.array([0.5, 0.5]), np.array([-0.2, 0.4])),
               (0.5, np.array([0.5, 0.5]), np.array([0.6, 0.4]))],
    "labelled": [(3, "ab"), (-1, "cd"), (0, "")],
    "all_strs": [(2,), (3,)],
}
