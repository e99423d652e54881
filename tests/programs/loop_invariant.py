# differential-python: numpy
# Loop-invariant calls moved out of `for` loops (src/sema/loopinvariant.rs):
# the values, the exceptions and where they come from stay CPython's and
# numpy's. Empty inner loops (the call never runs), an IndexError in the
# moved prefix, negative steps, loops that write what the call reads (the
# call stays), a variable the body sets again, a call with effects.
import numpy as np
from numpy import power, tanh
from pycc import CC

cc = CC('loop_invariant')


@cc.export('slowparts', 'f8[:, :, :, :](i8, i8, f8[:, :, :], f8[:, :, :], f8[:, :], f8[:, :, :])')
def slowparts(d, e, preDz, preWz, SRW, yxV):
    fprime = lambda x: 1 - power(tanh(x), 2)
    out = np.zeros((yxV.shape[0], yxV.shape[1], 2 * d, e))
    for k in range(2 * d):
        for i in range(e):
            out[:, :, k, i] = fprime(preDz[k]) * fprime(preWz[i]) * SRW[i, k] * yxV[:, :, i]
    return out


@cc.export('backward', 'f8(f8[:, :], i8)')
def backward(a, n):
    g = lambda x: np.exp(x) - 1.0
    s = 0.0
    for k in range(a.shape[0]):
        for i in range(n, 0, -1):
            t = g(a[k])
            s += t[i % t.shape[0]] * i
    return s


@cc.export('writes_input', 'f8[:](f8[:], i8)')
def writes_input(a, n):
    f = lambda x: np.tanh(x) + 1.0
    s = np.zeros(a.shape[0])
    for i in range(n):
        t = f(a)
        s += t
        a[i % a.shape[0]] = s[0]
    return s


@cc.export('writes_result', 'f8[:](f8[:], i8)')
def writes_result(a, n):
    f = lambda x: np.sqrt(x)
    s = np.zeros(a.shape[0])
    for i in range(n):
        t = f(a)
        t[0] += 1.0
        s += t
    return s


@cc.export('reassigned', 'f8(f8[:], i8)')
def reassigned(a, n):
    f = lambda x: np.cos(x)
    s = 0.0
    for i in range(n):
        t = f(a)
        s += t[0]
        t = a * i
        s += t[-1]
    return s


def noisy(x):
    print('noisy', x.shape[0])
    return x * 2.0


@cc.export('effects', 'f8(f8[:], i8)')
def effects(a, n):
    s = 0.0
    for i in range(n):
        t = noisy(a)
        s += t[0]
    return s


@cc.export('into_list', 'f8(f8[:], i8)')
def into_list(a, n):
    f = lambda x: np.log(x)
    parts = []
    for i in range(n):
        t = f(a)
        parts.append(t)
    parts[0][0] = 100.0
    s = 0.0
    for p in parts:
        s += p[0]
    return s


@cc.export('bad_row', 'f8(f8[:, :], i8, i8)')
def bad_row(a, k, n):
    f = lambda x: np.tanh(x)
    s = 0.0
    for i in range(n):
        t = f(a[k])
        s += t[0] + i
    return s



R = np.random.RandomState(7)
A3 = R.standard_normal((4, 3, 5))
B3 = R.standard_normal((3, 3, 5))
S2 = R.standard_normal((3, 4))
Y3 = R.standard_normal((3, 5, 3))
V = R.random_sample(6) + 0.5

CASES = {
    'slowparts': [
        lambda: (2, 3, A3.copy(), B3.copy(), S2.copy(), Y3.copy()),
        lambda: (2, 0, A3.copy(), B3.copy(), S2.copy(), Y3.copy()),
        lambda: (0, 3, A3.copy(), B3.copy(), S2.copy(), Y3.copy()),
        # k reaches 4: IndexError from preDz[k] in the moved prefix, after
        # the earlier rows were written (the result is lost either way).
        lambda: (3, 1, A3.copy(), B3.copy(), S2.copy(), Y3.copy()),
        lambda: (2, 4, A3.copy(), B3.copy(), S2.copy(), Y3.copy()),
    ],
    'backward': [lambda: (V.reshape(2, 3).copy(), 4), lambda: (V.reshape(2, 3).copy(), 0), lambda: (V.reshape(3, 2).copy(), -2)],
    'writes_input': [lambda: (V.copy(), 5), lambda: (V.copy(), 0)],
    'writes_result': [lambda: (V.copy(), 4)],
    'reassigned': [lambda: (V.copy(), 3), lambda: (V.copy(), 0)],
    'effects': [lambda: (V.copy(), 3), lambda: (V.copy(), 0)],
    'into_list': [lambda: (V.copy(), 3)],
    'bad_row': [lambda: (V.reshape(2, 3).copy(), 1, 3), lambda: (V.reshape(2, 3).copy(), 5, 2), lambda: (V.reshape(2, 3).copy(), 5, 0)],
}
