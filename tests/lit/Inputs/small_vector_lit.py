import numpy as np
from pycc import CC

cc = CC('small_vector_lit')


@cc.export('push', 'f8[:, :](f8[:, :], f8, f8)')
def push(force, x, y):
    for i in range(1, force.shape[0]):
        fvec = np.array([x * i, y * i])
        force[i - 1] -= fvec
        force[i] += fvec
    return force


@cc.export('kept', 'f8(f8, f8)')
def kept(x, y):
    v = np.array([x, y])
    return v[0] + v[1]
