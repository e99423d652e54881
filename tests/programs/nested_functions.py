# Nested functions and lambdas bound to a name (numba's inner functions):
# they read the enclosing variables at the call, may store into enclosing
# arrays, call each other and themselves.
# differential-python: numpy
import numpy as np
from pycc import CC

cc = CC('nested_functions_prog')


@cc.export('affine', 'i8(i8, i8)')
def affine(n, k):
    def g(x):
        return x * n + k
    h = lambda y: g(y) * 2
    return g(3) + h(4)


@cc.export('late', 'f8(f8)')
def late(x):
    scale = 2.0
    f = lambda t: t * scale
    a = f(x)
    scale = 0.5
    return a + f(x)


@cc.export('recursive', 'i8(i8)')
def recursive(n):
    def fact(m):
        if m <= 1:
            return 1
        return m * fact(m - 1)
    return fact(n)


@cc.export('comb_mod', 'i8(i8, i8)')
def comb_mod(n, r):
    MOD = 10**9 + 7

    def power(b, e):
        result = 1
        b %= MOD
        while e > 0:
            if e & 1:
                result = result * b % MOD
            b = b * b % MOD
            e >>= 1
        return result

    num = 1
    den = 1
    for i in range(r):
        num = num * (n - i) % MOD
        den = den * (i + 1) % MOD
    return num * power(den, MOD - 2) % MOD


@cc.export('fill', 'i8(i8[:])')
def fill(a):
    n = a.shape[0]

    def put(i, v):
        a[i] = v + n

    for i in range(n):
        put(i, i * i)
    total = 0
    for i in range(n):
        total += a[i]
    return total


CASES = {
    'affine': [(2, 7), (-3, 0)],
    'late': [(1.5,), (-4.0,)],
    'recursive': [(0,), (5,), (20,)],
    'comb_mod': [(10, 3), (1000, 500), (5, 0)],
    'fill': [lambda: (np.zeros(5, dtype=np.int64),), lambda: (np.zeros(0, dtype=np.int64),)],
}
