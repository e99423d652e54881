# differential-python: numpy
# numpy breadth, round 31: `np.conj` / `np.conjugate` of real arrays
# (numpy's conjugate ufunc: a new array of the operand's dtype, int8 for
# bools, memory order 'K'), `a.conj()` / `a.conjugate()` of a real array
# variable (numpy returns the array itself, no copy: a store through the
# result reaches `a`), and `np.sum` / `prod` / `mean` / `min` / `max` of a
# complex array with an axis (a complex array, numpy's own reduction);
# `np.where(cond, x, y)` with complex array choices of one dtype or one
# and a real Python number (numpy's where, the array's dtype).
import numpy as np
from pycc import CC

cc = CC('numpy_breadth31_prog')


@cc.export('conj_real', '(f8[:], i4[:, :], b1[:], f4[:, :])')
def conj_real(a, m, b, s):
    return np.conj(a), np.conjugate(m), np.conj(b), np.conjugate(s.T), np.conj(a[::-2] * 2.0) + 1.0


@cc.export('conj_method', '(f8[:], i8[:, :])')
def conj_method(a, m):
    b = a.conj()
    b[0] = 99.0
    c = m.conjugate()
    c[0, 0] = -7
    return a, m, m.T.conj(), np.sum(np.conj(a) * a)


@cc.export('cx_axis', '(c16[:, :],)')
def cx_axis(z):
    s = np.sum(z, axis=0)
    return (s * 2.0 + 1j, z.sum(axis=1), np.mean(z, axis=-1), np.prod(z, axis=0, keepdims=True),
            np.max(z, axis=0), z.min(axis=1), np.abs(np.sum(z.T, axis=0)))


@cc.export('cx_axis_f', '(c8[:, :], c16[:, :, :])')
def cx_axis_f(w, t):
    return np.mean(w, axis=0), np.sum(w, axis=1), np.sum(t, axis=(0, 2)), np.mean(t * 2.0, axis=1)


@cc.export('cx_where', '(c16[:, :], c16[:, :], b1[:], c8[:], f8)')
def cx_where(z, w, m, v, x):
    a = np.where(z.real > 0, z, 0)
    return (a, a * 2.0, np.where(np.abs(z) > 1.5, z, w.T[:2, :3]), np.where(m, z, -1), np.where(v.imag > 0, 0.5, v),
            np.where(m, x, z).sum())


Z = np.array([[1 + 2j, 1 - 1j, -3j], [0 + 5j, 1 + 0j, np.nan + 1j]])

CASES = {
    'conj_real': [lambda: (np.arange(5.0) - 2, np.arange(6, dtype=np.int32).reshape(2, 3), np.array([True, False]),
                           np.arange(6, dtype=np.float32).reshape(3, 2)),
                  lambda: (np.zeros(0), np.zeros((0, 2), np.int32), np.zeros(0, bool), np.zeros((1, 0), np.float32))],
    'conj_method': [lambda: (np.arange(3.0), np.arange(6).reshape(2, 3))],
    'cx_axis': [lambda: (Z.copy(),), lambda: (Z.T.copy(),), lambda: (Z[:, ::2],), lambda: (np.zeros((0, 2), np.complex128),)],
    'cx_where': [lambda: (Z.copy(), (Z * 1j).T.copy(), np.array([True, False, True]), Z[0].astype(np.complex64), 2.5),
                 lambda: (Z[:, ::-1], np.ones((3, 2)) + 1j, np.zeros(3, bool), np.zeros(0, np.complex64), -1.0)],
    'cx_axis_f': [lambda: (Z.astype(np.complex64), np.arange(24.0).reshape(2, 3, 4) + 1j)],
}
