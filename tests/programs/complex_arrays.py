# differential-python: numpy
# Complex arrays (c16, c8; 1-d to 3-d): arguments through the buffer
# protocol (format 'Zd'/'Zf'), element reads and stores, views, slice
# assignment, iteration, allocation and returns; the same source run by
# CPython with numpy and compiled by pycc (tests/differential.py). The
# element arithmetic stays with + - * and .real/.imag, where numpy's scalar
# rules and CPython's complex rules give the same bits.
import numpy as np
from pycc import CC

cc = CC('complex_arrays_prog')


@cc.export('total', 'c16(c16[:])')
def total(a):
    s = 0j
    for i in range(a.shape[0]):
        s += a[i]
    return s


@cc.export('total_iter', 'c16(c8[:])')
def total_iter(a):
    s = 0j
    for z in a:
        s = s + z * 2
    return s


@cc.export('parts', 'f8(c16[::1])')
def parts(a):
    s = 0.0
    for i in range(len(a)):
        s += a[i].real * 3.0 - a[i].imag
    return s


@cc.export('scale', 'void(c16[:], c16)')
def scale(a, w):
    for i in range(a.size):
        a[i] = a[i] * w


@cc.export('aug', 'void(c8[:, :], f8)')
def aug(a, x):
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            a[i, j] += x
            a[i, j] *= 1 - 1j
            a[i, -1 - j] -= 2


@cc.export('store_real', 'void(c16[:], i8)')
def store_real(a, n):
    # An int or a float stored into a complex array: imaginary part 0.
    a[0] = n
    a[1] = 2.5
    a[-1] = complex(n, -1.5)


@cc.export('cube', 'c16(c16[:, :, ::1], i8, i8, i8)')
def cube(a, i, j, k):
    return a[i, j, k] + a[-1, -1, -1] + a.ndim


@cc.export('same', 'c16[:](c16[:])')
def same(a):
    return a


@cc.export('tail', 'c16[:](c16[:], i8)')
def tail(a, k):
    return a[k:]


@cc.export('column', 'c8[:](c8[:, :], i8)')
def column(a, k):
    return a[:, k]


@cc.export('view_sum', 'c16(c16[:, :])')
def view_sum(a):
    s = 0j
    for row in a[::-1, 1:]:
        for z in row:
            s += z
    return s


@cc.export('slices', 'void(c16[:], c16[:])')
def slices(a, b):
    a[1:3] = b[:2]
    a[3:5] = 1 + 2j
    a[5:] = 4.5
    a[::-1] = a


@cc.export('from_real', 'void(c16[:], f8[:])')
def from_real(a, b):
    a[:] = b


@cc.export('zeros', 'c16[:](i8)')
def zeros(n):
    return np.zeros(n, np.complex128)


@cc.export('empty_c8', '(i8)')
def empty_c8(n):
    a = np.empty(n, dtype=np.complex64)
    for i in range(n):
        a[i] = complex(i, -i)
    return a


@cc.export('spellings', '(i8, i8)')
def spellings(n, k):
    if k == 0:
        a = np.ones((n, 2), dtype=complex)
    elif k == 1:
        a = np.zeros((n, 2), 'c16')
    elif k == 2:
        a = np.full((n, 2), 1 + 2j, 'D')
    else:
        a = np.full((n, 2), 3j, dtype='complex128')
    a[0, 1] = 7j
    return a


@cc.export('full_inferred', '(i8)')
def full_inferred(n):
    return np.full(n, 1.5 - 2j)


@cc.export('likes', '(c8[:, :])')
def likes(a):
    b = np.zeros_like(a)
    c = np.ones_like(a)
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            b[i, j] = a[i, j] + c[i, j]
    return b


@cc.export('copy', '(c16[:])')
def copy(a):
    return a[::2].copy()


@cc.export('reduce', 'c16(c16[:], i8)')
def reduce(a, k):
    if k == 0:
        return np.sum(a)
    if k == 1:
        return a[1:].sum() + 1
    if k == 2:
        return np.prod(a)
    if k == 3:
        return a.mean()
    if k == 4:
        # A reduction inside an expression whose operands are shared.
        return (np.sum(a) + 1) * (1 + 2j) * (a[1:].mean() - 1j)
    return np.dot(a, a[::-1])


@cc.export('reduce_real', 'c16(f8[:], c16)')
def reduce_real(a, z):
    return (np.sum(a) * 0.5 + a.max()) * z * (a[::2].mean() - z)


@cc.export('reduce_c8', 'c8(c8[:, :])')
def reduce_c8(a):
    return a.sum() + np.mean(a)


def c16(n, off=0.0):
    return lambda: np.array([complex(i * 0.5 + off, 1.25 - i) for i in range(n)], dtype=np.complex128)


def c8(n):
    return lambda: np.array([complex(i * 0.5, 1.25 - i) for i in range(n)], dtype=np.complex64)


def c16_2d(r, c, order='C'):
    return lambda: np.array([[complex(i + 0.25 * j, j - i) for j in range(c)] for i in range(r)], dtype=np.complex128, order=order).reshape(r, c)


def c8_2d(r, c, order='C'):
    return lambda: np.array([[complex(i + 0.25 * j, j - i) for j in range(c)] for i in range(r)], dtype=np.complex64, order=order).reshape(r, c)


def one(make):
    # A case of one array argument, built fresh for each side.
    return lambda: (make(),)


def cube3(n):
    return lambda: (np.arange(n * n * n).reshape(n, n, n) * (1 - 0.5j), 1, -2, 0)


CASES = {
    'total': [one(c16(0)), one(c16(5)), lambda: (c16(9)()[::-2],)],
    'total_iter': [one(c8(0)), one(c8(6)), lambda: (c8(7)()[1::3],)],
    'parts': [one(c16(5)), one(c16(0))],
    'scale': [lambda: (c16(5)(), 2 - 1j), lambda: (c16(8)()[::-3], -0.5j)],
    'aug': [lambda: (c8_2d(3, 4)(), 1.5), lambda: (c8_2d(2, 3, 'F')(), -2.0), lambda: (c8_2d(3, 4)()[:, ::2], 0.25)],
    'store_real': [lambda: (c16(3)(), 7), lambda: (c16(5)(), -1), lambda: (c16(1)(), 2)],
    'cube': [cube3(3), lambda: (np.ones((2, 2, 2), complex), 1, 1, 1), lambda: (np.ones((2, 2, 2), complex), 2, 0, 0)],
    'same': [one(c16(3))],
    'tail': [lambda: (c16(5)(), 2), lambda: (c16(5)(), -1), lambda: (c16(5)()[::-1], 1)],
    'column': [lambda: (c8_2d(3, 4)(), 1), lambda: (c8_2d(3, 4, 'F')(), -1)],
    'view_sum': [one(c16_2d(3, 4)), one(c16_2d(1, 1)), lambda: (c16_2d(4, 5, 'F')()[1:, ::2],)],
    'slices': [lambda: (c16(7)(), c16(3, 10.0)()), lambda: (c16(8)(), c16(2)()), lambda: (c16(7)(), c16(1)())],
    'from_real': [lambda: (c16(4)(), np.arange(4.0) - 1.5), lambda: (c16(4)(), np.arange(3.0))],
    'zeros': [(0,), (3,), (-1,)],
    'empty_c8': [(0,), (4,)],
    'spellings': [(1, 0), (2, 1), (3, 2), (2, 3)],
    'full_inferred': [(3,)],
    'likes': [one(c8_2d(2, 3)), one(c8_2d(0, 3)), one(c8_2d(3, 2, 'F'))],
    'copy': [one(c16(5)), one(c16(0))],
    'reduce': [lambda k=k: (c16(5)(), k) for k in range(6)] + [lambda: (c16(0)(), 3), lambda: (c16(0)(), 5)],
    'reduce_real': [lambda: (np.arange(5.0) - 1.5, 2 - 3j), lambda: (np.ones(1), 1j)],
    'reduce_c8': [one(c8_2d(3, 4)), one(c8_2d(2, 1))],
}
