# differential-python: numpy
# The array method a.dot(b) of 1-d and 2-d arrays: numpy.dot(a, b).
import numpy as np
from pycc import CC

cc = CC('dot_method')


@cc.export('vdot', 'f8(f8[:], f8[:])')
def vdot(a, b):
    return a.dot(b)


@cc.export('matvec', 'f8[:](f8[:, :], f8[:], f8[:])')
def matvec(q, x, lin):
    grad = q.dot(x) + lin
    return grad


@cc.export('gap', 'f8(f8[:, :], f8[:])')
def gap(q, x):
    g = q.dot(x)
    v = np.zeros(g.shape)
    v[np.argmin(g)] = 1.0
    return g.dot(x - v)


@cc.export('matmat', 'f8[:, :](f8[:, :], f8[:, :])')
def matmat(a, b):
    return a.dot(b).dot(a)


Q = np.array([[4.0, 1.0, 0.0], [1.0, 3.0, 0.5], [0.0, 0.5, 2.0]])
X = np.array([0.2, 0.3, 0.5])
CASES = {
    'vdot': [(X, np.array([1.0, -2.0, 4.0])), (np.zeros(0), np.zeros(0)), (X, np.ones(2))],
    'matvec': [(Q, X, np.array([-1.0, 0.5, 0.2])), (Q, np.ones(2), X)],
    'gap': [(Q, X)],
    'matmat': [(Q, Q), (np.ones((2, 3)), np.ones((3, 2)))],
}
