# differential-python: numpy
# `.real` and `.imag` of complex arrays: real views of each item's part
# (reductions of them, arithmetic, stores through them, returned views);
# compared with numpy itself, bit for bit.
import numpy as np
from pycc import CC

cc = CC('numpy_parts_prog')


@cc.export('reduce_parts', '(c16[:],)')
def reduce_parts(a):
    return a.real.min() - a.imag.max() + a[::2].imag.sum()


@cc.export('arith_parts', '(c16[:, :],)')
def arith_parts(a):
    return a.imag * 2.0 + a.T.real


@cc.export('store_parts', '(c16[:],)')
def store_parts(a):
    a.imag[:] = 1.5
    a.real[a.real > 0.5] = 0.0
    return a


@cc.export('ret_real', '(c16[:],)')
def ret_real(a):
    return a.real


@cc.export('ret_imag_c8', '(c8[:, :],)')
def ret_imag_c8(a):
    return a.imag[1:]


def Z(n=6):
    r = np.random.RandomState(0)
    return r.rand(n) + 1j * r.rand(n)


CASES = {
    'reduce_parts': [lambda: (Z(),), lambda: (np.zeros(0, complex),)],
    'arith_parts': [lambda: ((Z(9)).reshape(3, 3),)],
    'store_parts': [lambda: (Z(),)],
    'ret_real': [lambda: (Z(),), lambda: (Z()[::-2],)],
    'ret_imag_c8': [lambda: (Z(6).reshape(3, 2).astype(np.complex64),)],
}
