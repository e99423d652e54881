# Complex numbers against CPython 3.11's complexobject.c: + - * / ** (the
# c_powi fast path and _Py_c_pow), unary ops, == and !=, abs, bool, .real,
# .imag, .conjugate(), complex(), literals, mixed real/complex operands
# (converted to complex(x, 0.0) first, which shows in signed zeros), and
# complex64. Parts compared by repr (signed zeros, nan); exceptions by type.
import random
import struct
from pycc import CC

cc = CC('complex_ops')


@cc.export('c_add', 'c16(c16, c16)')
def c_add(a, b):
    return a + b


@cc.export('c_sub', 'c16(c16, c16)')
def c_sub(a, b):
    return a - b


@cc.export('c_mul', 'c16(c16, c16)')
def c_mul(a, b):
    return a * b


@cc.export('c_div', 'c16(c16, c16)')
def c_div(a, b):
    return a / b


@cc.export('c_pow', 'c16(c16, c16)')
def c_pow(a, b):
    return a ** b


@cc.export('c_pow_int', 'c16(c16, i8)')
def c_pow_int(a, n):
    return a ** n


@cc.export('c_mixed', '(c16, f8, i8)')
def c_mixed(a, x, n):
    return (x + a) * n - x / a + (x - a) + n * 1j


@cc.export('c_unary', 'c16(c16)')
def c_unary(a):
    z = -a
    z -= +a
    return z.conjugate() - 2.5j


@cc.export('c_cmp', 'UniTuple(b1, 4)(c16, c16)')
def c_cmp(a, b):
    return a == b, a != b, a == 1.5, bool(a) or not b


@cc.export('c_parts', 'UniTuple(f8, 3)(c16)')
def c_parts(a):
    return a.real, a.imag, abs(a)


@cc.export('c_build', 'c16(f8, f8)')
def c_build(x, y):
    return complex(x, y) + complex(x) - complex(complex(y, x), 1j)


@cc.export('c_literal', 'c16()')
def c_literal():
    return 2.5 + 3j - 0j * 1j


@cc.export('c_loop', 'c16(c16, i8)')
def c_loop(c, n):
    z = 0j
    for i in range(n):
        if abs(z) > 2.0:
            break
        z = z * z + c
    return z


@cc.export('c8_mul', 'c8(c8, c8)')
def c8_mul(a, b):
    return a * b


@cc.export('c8_div', 'c8(c8, c8)')
def c8_div(a, b):
    return a / b


def helper(z, w):
    return z * w + 1


@cc.export('c_helper', 'c16(c16, c16)')
def c_helper(a, b):
    r = helper(a, b)
    return r - a


inf, nan = float('inf'), float('nan')
PARTS = [0.0, -0.0, 1.0, -1.0, 2.5, -3.0, inf, -inf, nan, 1e308, -1e308, 1e-308, 5e-324, -5e-324, 1e-200, 3.0e200]
EDGE = [complex(r, i) for r in PARTS for i in PARTS[::3]] + [0j, 1j, -1j, 1 + 1j, 0.5 - 0.25j]
rng = random.Random(4242)


def rand():
    k = rng.random()
    if k < 0.5:
        return complex(rng.uniform(-10, 10), rng.uniform(-10, 10))
    if k < 0.8:
        return complex(rng.uniform(-1e6, 1e6), rng.uniform(-1e-6, 1e-6))
    return complex(rng.choice(PARTS), rng.uniform(-5, 5))


RANDOM = [rand() for _ in range(300)]
PAIRS = [(a, b) for a in EDGE[::2] for b in EDGE[::5]] + [(RANDOM[i], RANDOM[i - 1]) for i in range(len(RANDOM))]
SMALL = [(0j, 0j), (0j, -1 + 0j), (0j, 1j), (0j, 2 + 0j), (2 + 0j, 0.5 + 0j), (1e200 + 1e200j, 3 + 0j), (1e300j, 2.5 + 0j), (-1 + 0j, 0.5 + 0j), (1j, 101 + 0j), (1 + 1j, -100 + 0j), (2 + 0j, 1e300 + 0j)]
INTS = [0, 1, -1, 2, 3, 7, -7, 64, 100, 101, -100, -101, 2**40]



def f32(x):
    return struct.unpack('f', struct.pack('f', x))[0]


# complex64 arguments must be float32 values, so that CPython sees the same
# operands as the compiled function.
P32 = [0.0, -0.0, 1.0, -1.0, 2.5, -3.0, inf, -inf, nan, 0.125, f32(1e30), f32(1e-30)]
C8 = [(complex(a, b), complex(c, d)) for a, b, c, d in zip(P32, P32[3:] + P32[:3], P32[5:] + P32[:5], P32[7:] + P32[:7])]
C8 += [(complex(f32(z.real), f32(z.imag)), complex(f32(w.real), f32(w.imag))) for z, w in zip(RANDOM[:100], RANDOM[100:200]) if abs(z.real) < 1e30 and abs(w.real) < 1e30]

CASES = {
    'c_add': PAIRS,
    'c_sub': PAIRS,
    'c_mul': PAIRS,
    'c_div': PAIRS + [(1 + 1j, 0j), (0j, -0.0 + 0j), (nan + 0j, nan + 0j)],
    'c_pow': PAIRS + SMALL,
    'c_pow_int': [(z, n) for z in EDGE[::3] + RANDOM[:60] for n in INTS],
    'c_mixed': [(a, x, n) for a in EDGE[::4] + RANDOM[:80] for x, n in [(0.0, 0), (-0.0, 1), (2.5, -3), (nan, 2), (inf, 0)]],
    'c_unary': [(z,) for z in EDGE + RANDOM],
    'c_cmp': [(a, b) for a in EDGE[::3] for b in EDGE[::7]] + [(1.5 + 0j, 1.5), (1.5 - 0.0j, 0j), (nan + 0j, nan + 0j)],
    'c_parts': [(z,) for z in EDGE + RANDOM + [1e308 + 1e308j, -1e308 + 1e308j]],
    'c_build': [(x, y) for x in PARTS for y in PARTS[::2]],
    'c_literal': [()],
    'c_loop': [(z, n) for z in EDGE[::5] + RANDOM[:50] for n in (0, 1, 5, 50)],
    'c8_mul': C8,
    'c8_div': C8,
    'c_helper': PAIRS[::4],
}
