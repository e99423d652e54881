# differential-python: numpy
# numpy's complex-valued ufuncs of a complex number (`np.exp(2j * np.pi *
# k / n)`, the DFT's twiddle factor): numpy's own complex loops through the
# runtime, so the bits are numpy's (they may differ from cmath's).
import numpy as np
from pycc import CC

cc = CC('numpy_complex_scalars')


@cc.export('twiddles', 'c16[:](i8)')
def twiddles(n):
    w = np.empty(n, dtype=np.complex128)
    for k in range(n):
        w[k] = np.exp(-2j * np.pi * k / n)
    return w


@cc.export('dft', 'c16[:](f8[:])')
def dft(x):
    n = x.shape[0]
    out = np.zeros(n, dtype=np.complex128)
    for k in range(n):
        s = 0j
        for t in range(n):
            s += x[t] * np.exp(-2j * np.pi * k * t / n)
        out[k] = s
    return out


@cc.export('funcs', 'UniTuple(c16, 8)(c16)')
def funcs(z):
    return (np.sqrt(z), np.log(z), np.sin(z), np.cos(z), np.tanh(z), np.arcsin(z), np.square(z),
            np.exp2(z) + np.log10(z) * np.conj(z))


@cc.export('nested', 'c16(f8, f8)')
def nested(a, b):
    z = complex(a, b)
    return np.exp(np.log(z) * 0.5) - np.sqrt(z)


CASES = {
    'twiddles': [(1,), (4,), (7,)],
    'dft': [(np.array([1.0, 2.0, 0.5, -1.0]),), (np.arange(5.0),)],
    'funcs': [(1 + 2j,), (-0.5 + 0j,), (0j,), (complex(float('inf'), 1.0),), (complex(1e300, -1e300),),
              (complex(float('nan'), 0.0),)],
    'nested': [(2.0, 0.0), (-1.0, 0.0), (3.0, -4.0)],
}
