# differential-python: numpy
# A dtype given by a module-level name bound to a string (`dtype =
# "float64"`, then `np.array([...], dtype=dtype)`), and `np.append(x, v)`
# of a number `x` (numpy ravels it: a 1-d result), as a ray-tracing
# module of the corpus writes a quaternion `np.append(cos(t), axis * sin(t))`.
import numpy as np
from pycc import CC

cc = CC('dtype_name_append_number_prog')

dtype = "float64"
SMALL = 'i4'
CODE = "f4"


@cc.export('conj', 'f8[:](f8[:])')
def conj(q):
    w, x, y, z = q
    return np.array([w, -x, -y, -z], dtype=dtype)


@cc.export('small', 'i4[:](i8)')
def small(n):
    a = np.zeros(n, dtype=SMALL)
    a[:] = 7
    return a


@cc.export('half', 'f4[:](f8[:])')
def half(x):
    return np.asarray(x, dtype=CODE) / np.float32(2)


@cc.export('quat', 'f8[:](f8[:], f8)')
def quat(axis, angle):
    r = np.cos(angle / 2.0)
    return np.append(r, axis * np.sin(angle / 2.0))


@cc.export('prepend_int', 'i8[:](i8[:], i8)')
def prepend_int(a, k):
    return np.append(k, a)


@cc.export('prepend_mixed', 'f8[:](f8[:, :], i8)')
def prepend_mixed(m, k):
    return np.append(k * 2, m)


CASES = {
    'conj': [(np.array([1.0, 2.0, -3.0, 0.5]),), (np.array([1.0, 2.0, 3.0]),)],
    'small': [(3,), (0,)],
    'half': [(np.array([1.0, 3.0, 1e40]),)],
    'quat': [(np.array([0.0, 0.0, 1.0]), 0.5), (np.array([1.0, 2.0]), np.pi), (np.zeros(0), 1.0)],
    'prepend_int': [(np.array([5, 6]), -1), (np.zeros(0, np.int64), 3)],
    'prepend_mixed': [(np.arange(6.0).reshape(2, 3), 4)],
}
