# differential-python: numpy
# numpy breadth, round 32: `np.sum`/`prod`/`mean`/`min`/`max` of a 1-d
# complex array with an axis (a complex number, numpy's call with that
# axis); a complex reduction along an axis as a ufunc's operand
# (`np.abs(z.sum(axis=1))`); `np.outer`/`np.convolve` of complex arrays;
# `np.where(m, x, y)` with a complex choice and a real array or a Python
# complex (numpy 2's promotion: `where(m, c8, f8)` is complex128,
# `where(m, f4, 1j)` complex64); the statement `np.matmul(a, b, out=o)`
# (numpy's matmul into `o`: its same_kind cast and shape errors);
# `np.sinc` of a float64 or int number, `np.real`/`np.imag` of a number
# (Python's `.real`/`.imag`), and a list display where numpy's asarray takes it in `np.append`,
# `np.searchsorted`, `np.convolve` and `np.outer`; the memory order of an
# elementwise result of one broadcast (stride 0) 2-d operand is numpy's
# ufunc's (C order: nditer's ordering skips a zero stride), not empty_like's.
import numpy as np
from pycc import CC

cc = CC('numpy_breadth32_prog')


@cc.export('cx_axis_number', '(c16[:], c8[:])')
def cx_axis_number(z, w):
    return (np.sum(z, axis=0), np.mean(z, axis=-1), z.sum(axis=0), z.prod(0), np.max(z, axis=0),
            w.min(axis=0), np.mean(w, 0))


@cc.export('cx_axis_bad', '(c16[:], i8)')
def cx_axis_bad(z, k):
    return np.sum(z, axis=k)


@cc.export('cx_reduce_operand', '(c16[:, :],)')
def cx_reduce_operand(z):
    return (np.abs(z.sum(axis=1)) + 1.0, np.exp(z.mean(axis=0)), np.conj(np.cumsum(z)),
            np.abs(np.prod(z, axis=0)) * 2.0)


@cc.export('cx_outer', '(c16[:], c16[:], f8[:], c8[:])')
def cx_outer(z, w, x, v):
    return np.outer(z, w), np.outer(x, z), np.outer(v, x), np.convolve(z, w), np.convolve(v, x, 'same')


@cc.export('cx_where_mixed', '(c16[:], f8[:], c8[:], f4[:], i4[:])')
def cx_where_mixed(z, x, v, f, k):
    return (np.where(x > 0, z, x), np.where(x > 0, v, x), np.where(f > 0, v, f), np.where(k > 1, k, v),
            np.where(z.real > 0, z, 1j), np.where(f > 0, f, 2j), np.where(x > 0, 0.5 + 1j, x),
            np.where(f > 0, v, 1j + 0.5))


@cc.export('matmul_out', '(f8[:, :], f8[:, :], f8[:])')
def matmul_out(a, b, v):
    o = np.empty((a.shape[0], b.shape[1]))
    np.matmul(a, b, out=o)
    p = np.zeros(a.shape[0], np.float32)
    np.matmul(a, v, out=p)
    t = np.zeros((a.shape[0], 2 * b.shape[1]))
    np.matmul(a, b, out=t[:, ::2])
    return o, p, t


@cc.export('matmul_out_int', '(i8[:, :], i8[:, :])')
def matmul_out_int(a, o):
    np.matmul(a, a, out=o)
    return o


@cc.export('numbers', '(f8, i8, c16)')
def numbers(x, k, z):
    return (np.sinc(x), np.sinc(k), np.sinc(0.0), np.sinc(x * 2), np.real(z), np.imag(z * x), np.real(z + 1j),
            np.real(x), np.imag(x), np.real(k * 2), np.imag(k))


@cc.export('list_operands', '(f8[:], f4[:], i8)')
def list_operands(a, f, k):
    return (np.append(a, [1.0, 2.0]), np.append(f, [k, 2]), np.append([0.5], a), np.searchsorted(np.sort(a), [0.0, 1.0]),
            np.convolve(a, [0.5, 0.5], 'valid'), np.outer(a, [1, k]))


@cc.export('broadcast_order', '(f8[:], f8[:, :])')
def broadcast_order(v, m):
    x, y = np.broadcast_arrays(v, m)
    return (x + 0.0, y * 2.0, np.broadcast_to(v, (2, v.shape[0])) * 2.0, np.broadcast_to(v[:, None], (v.shape[0], 3)) - 1.0,
            np.sqrt(np.abs(m.T)), m[::-1, ::2] * 2.0, m[:, :1] * 2.0)


A = np.arange(12.0).reshape(3, 4) * 0.5 - 2.0
Z = np.array([1 + 2j, 3 - 1j, -2j, 0.5 + 0.5j])
Z2 = np.array([[1 + 2j, 3 - 1j, -2j], [0.5 + 0.5j, 2 + 0j, -1 - 1j]])
X = np.array([0.5, -1.25, 3.0, 2.5])

CASES = {
    'broadcast_order': [lambda: (np.arange(4.0), A.copy()), lambda: (np.arange(4.0), A.T.copy().T)],
    'numbers': [lambda: (0.3, 2, 3 + 4j), lambda: (-0.0, 0, -1j), lambda: (float('nan'), -3, complex(1.5, float('inf')))],
    'list_operands': [lambda: (X.copy(), X.astype(np.float32), 3), lambda: (X[::-2], X[:0].astype(np.float32), -1)],
    'cx_axis_number': [lambda: (Z.copy(), Z.astype(np.complex64)), lambda: (Z[::-2], Z[1:3].astype(np.complex64))],
    'cx_axis_bad': [lambda: (Z.copy(), 0), lambda: (Z.copy(), 1), lambda: (Z.copy(), -2)],
    'cx_reduce_operand': [lambda: (Z2.copy(),), lambda: (Z2.T,)],
    'cx_outer': [lambda: (Z.copy(), Z[:3].copy(), X.copy(), Z.astype(np.complex64)),
                 lambda: (Z[::-1], Z[:1].copy(), X[::2], Z[:2].astype(np.complex64))],
    'cx_where_mixed': [lambda: (Z.copy(), X.copy(), Z.astype(np.complex64), X.astype(np.float32),
                                np.array([1, 2, 3, -1], np.int32))],
    'matmul_out': [lambda: (A[:, :3].copy(), A[:3, 1:].copy(), np.arange(3.0)),
                   lambda: (A[:, :3].copy(), A[:2, :].copy(), np.arange(3.0)),
                   lambda: (A[:, :3].copy(), A[:3, 1:].copy(), np.arange(4.0))],
    'matmul_out_int': [lambda: (np.arange(4).reshape(2, 2), np.zeros((2, 2), np.int64)),
                       lambda: (np.arange(4).reshape(2, 2), np.zeros((2, 3), np.int64))],
}
