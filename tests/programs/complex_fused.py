# differential-python: numpy
# Fused complex128 expressions (src/sema/ndarray/arrayops/cxfused.rs): + - * unary - and
# np.conj of complex arrays, real arrays and numbers, computed in the loop
# that uses them: abs(z) as a real leaf (argmin/argmax/min/max/sum of it,
# or stored), np.sum(z) as numpy's complex pairwise sum (blocks of 4, 64
# items), numpy's multiply (its fused multiply-adds) and absolute (its SIMD
# formula; numpy's own for more than 1,024 items, where its SIMD loop
# is faster) bit for bit; complex64 operands stay numpy's calls.
import numpy as np
from pycc import CC

cc = CC('complex_fused_prog')


@cc.export('decide', 'c16[:](c16[:], c16[:])')
def decide(E, symbols):
    out = np.zeros(E.shape[0], dtype=E.dtype)
    for i in range(E.shape[0]):
        im = np.argmin(abs(E[i] - symbols) ** 2)
        out[i] = symbols[im]
    return out


@cc.export('argmax_abs', 'i8(c16[:], c16)')
def argmax_abs(z, w):
    return np.argmax(np.abs(z * w - 1.0))


@cc.export('min_abs', 'f8(c16[:, :], c16[:])')
def min_abs(z, w):
    return np.min(np.abs(z - np.conj(w)))


@cc.export('max_abs2', 'f8(c16[:], f8[:])')
def max_abs2(z, x):
    return (np.abs(-z + x) * 2.0).max()


@cc.export('abs_array', 'f8[:](c16[:], c16[:])')
def abs_array(z, w):
    return np.abs(z * w) + 1.0


@cc.export('sum_abs', 'f8(c16[:])')
def sum_abs(z):
    return np.sum(abs(z - 1j))


@cc.export('filt', 'c16(c16[:, :], c16[:, :])')
def filt(E, wx):
    return np.sum(E * np.conj(wx))


@cc.export('filt_view', 'c16(c16[:, :], c16[:, :], i8)')
def filt_view(E, wx, k):
    X = E[:, k:k + wx.shape[1]]
    return np.sum(X * np.conj(wx))


@cc.export('sum1', 'c16(c16[:], c16[:])')
def sum1(a, b):
    return (a * b).sum()


@cc.export('sum_real_mix', 'c16(c16[:], f8[:], i8[:])')
def sum_real_mix(a, x, k):
    return np.sum(a * x - k + 2.5j)


@cc.export('sum_t', 'c16(c16[:, :], c16[:, :])')
def sum_t(a, b):
    return np.sum(a.T + b)


@cc.export('sum64', 'c8(c8[:], c8[:])')
def sum64(a, b):
    return np.sum(a * b)


@cc.export('abs64', 'i8(c8[:])')
def abs64(a):
    return np.argmin(np.abs(a - 1j))


@cc.export('cma', 'Tuple(c16[:, :], c16[:, :, :])(c16[:, :], c16[:, :, :], f8, f8, i8)')
def cma(E, wxy, mu, R, os):
    pols, L = E.shape
    ntaps = wxy.shape[-1]
    N = (L // os // ntaps - 1) * ntaps
    err = np.zeros((pols, L), dtype=np.complex128)
    for k in range(pols):
        for i in range(N):
            X = E[:, i * os:i * os + ntaps]
            Xest = np.sum(X * np.conj(wxy[k]))
            err[k, i] = (R - abs(Xest) ** 2) * Xest
            wxy[k] += mu * np.conj(err[k, i]) * X
    return err, wxy


@cc.export('iadd', 'c16[:, :](c16[:, :], c16[:], f8[:])')
def iadd(a, b, x):
    a += b * x - 1j
    return a


@cc.export('isub', 'c16[:](c16[:], c16[:])')
def isub(a, b):
    a[1:] -= np.conj(b[:-1]) * 2.0
    return a


@cc.export('imul', 'c16[:, :](c16[:, :], c16[:, :])')
def imul(a, b):
    a *= b * 0.5j - 1.0
    return a


@cc.export('iself', 'c16[:](c16[:])')
def iself(a):
    a[1:] += a[:-1] * 1j
    return a


@cc.export('iadd64', 'c8[:](c8[:], c8[:])')
def iadd64(a, b):
    a += b * b
    return a


def C(n, seed):
    g = np.random.default_rng(seed)
    return g.standard_normal(n) + 1j * g.standard_normal(n)


def R(n, seed):
    return np.random.default_rng(seed).standard_normal(n)


nan, inf = float('nan'), float('inf')
ODD = np.array([complex(nan, 1), complex(1, nan), complex(inf, nan), complex(nan, -inf), complex(-0.0, -0.0),
                complex(0.0, -0.0), complex(inf, inf), complex(-inf, 2), 1e308 + 1e308j, 3 + 4j, 5e-324 + 0j,
                complex(-nan, 1), complex(2, -nan), complex(-nan, -nan), complex(-nan, inf)])
W0 = np.zeros((2, 2, 21), dtype=np.complex128)
W0[0][0][10] = W0[1][1][10] = 1
CASES = {
    'decide': [(C(4096, 1), C(32, 2)), (C(7, 3), C(1, 4)), (C(0, 3), C(3, 4)), (ODD, ODD[::-1].copy()),
               (C(5, 1), np.array([nan + 0j, 1 + 1j]))],
    'argmax_abs': [(C(100, 5), 0.5 - 2j), (C(5000, 5), 0.5 - 2j), (ODD, 1 + 1j), (C(0, 1), 1j), (np.array([1 + 0j, 1 + 0j]), 1 + 0j)],
    'min_abs': [(C(12, 6).reshape(3, 4), C(4, 7)), (C(3000, 6).reshape(3, 1000), C(1000, 7)), (ODD[:10].reshape(2, 5), ODD[1:6].copy()), (np.zeros((0, 3), complex), C(3, 1)),
                (np.full((2, 2), 1 + 1j), np.full(2, 1 - 1j))],
    'max_abs2': [(C(2000, 8), R(2000, 9)), (ODD, R(15, 1)), (np.zeros(3, complex), np.zeros(3))],
    'abs_array': [(C(9, 1), C(9, 2)), (C(2000, 1), C(2000, 2)), (C(1025, 1), C(1, 2)), (ODD, ODD), (C(0, 1), C(0, 1)), (C(3, 1), C(1, 2))],
    'sum_abs': [(C(1000, 3),), (C(3000, 3),), (ODD,), (C(0, 3),)],
    'filt': [(C(42, 1).reshape(2, 21), C(42, 2).reshape(2, 21)), (C(6, 1).reshape(2, 3), C(3, 2).reshape(1, 3)),
             (C(0, 1).reshape(2, 0), C(0, 1).reshape(2, 0)), (ODD[:10].reshape(2, 5), ODD[1:11].reshape(2, 5)), (ODD[5:].reshape(2, 5), ODD[4:14].reshape(2, 5)),
             (C(600, 4).reshape(3, 200), C(200, 5).reshape(1, 200)), (C(6, 1).reshape(2, 3), C(6, 2).reshape(3, 2)),
             # Inner extents 1, 2, 3, 5 (the unrolled walk's index wraps often), a broadcast row, strided and reversed views.
             (C(40, 1).reshape(40, 1), C(40, 2).reshape(40, 1)), (C(34, 1).reshape(17, 2), C(34, 2).reshape(17, 2)),
             (C(99, 3).reshape(33, 3), C(3, 4).reshape(1, 3)), (C(300, 5).reshape(60, 5)[::2, ::-1], C(150, 6).reshape(30, 5)),
             (C(1000, 7).reshape(200, 5), C(1000, 8).reshape(200, 5)), (C(27, 9).reshape(9, 3), C(9, 1).reshape(9, 1)),
             (ODD.reshape(5, 3), ODD[::-1].reshape(5, 3))],
    'filt_view': [(C(2 * 3000, 1).reshape(2, 3000), C(42, 2).reshape(2, 21), 10),
                  (C(2 * 500, 3).reshape(2, 500), C(2 * 300, 4).reshape(2, 300), 7),
                  (np.asfortranarray(C(40, 1).reshape(4, 10)), np.asfortranarray(C(20, 2).reshape(4, 5)), 2)],
    'sum1': [(C(n, n), C(n, n + 1)) for n in [0, 1, 3, 4, 5, 7, 8, 9, 63, 64, 65, 127, 128, 129, 255, 300, 1000, 4099]]
            + [(ODD, ODD), (np.full(5, complex(-0.0, -0.0)), np.ones(5, complex)), (C(4, 1), C(5, 1))],
    'sum_real_mix': [(C(77, 1), R(77, 2), np.arange(77)), (ODD, R(15, 3), np.arange(15)), (C(0, 1), R(0, 2), np.arange(0))],
    'sum_t': [(C(12, 1).reshape(3, 4), C(12, 2).reshape(4, 3)), (C(300, 1).reshape(20, 15), C(300, 2).reshape(15, 20))],
    'sum64': [(C(100, 1).astype(np.complex64), C(100, 2).astype(np.complex64))],
    'abs64': [(C(100, 1).astype(np.complex64),)],
    'cma': [(np.ones((2, 3 * 10**2), dtype=np.complex128), W0, 1e-3, 1.0, 2), (C(600, 1).reshape(2, 300), W0, 1e-4, 1.0, 2)],
    'iadd': [(C(12, 1).reshape(3, 4), C(4, 2), R(4, 3)), (C(12, 1).reshape(3, 4), C(1, 2), R(4, 3)),
             (C(12, 1).reshape(3, 4), C(3, 2), R(3, 3)), (ODD[:10].reshape(2, 5), ODD[1:6].copy(), R(5, 1))],
    'isub': [(C(10, 1), C(10, 2)), (ODD.copy(), ODD[::-1].copy()), (C(1, 1), C(1, 2)), (C(5, 1), C(3, 2))],
    'imul': [(C(12, 1).reshape(3, 4), C(12, 2).reshape(3, 4)), (ODD[:10].reshape(5, 2), ODD[1:11].reshape(5, 2)), (ODD[5:].reshape(5, 2), ODD[:10].reshape(5, 2)),
             (C(12, 1).reshape(3, 4), C(3, 2).reshape(3, 1)), (C(12, 1).reshape(3, 4), C(12, 2).reshape(4, 3))],
    'iself': [(C(9, 1),), (ODD.copy(),)],
    'iadd64': [(C(10, 1).astype(np.complex64), C(10, 2).astype(np.complex64))],
}
