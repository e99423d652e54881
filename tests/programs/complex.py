# Complex numbers against CPython 3.11's complexobject.c: + - * / ** (the
# c_powi fast path and _Py_c_pow), unary ops, == and !=, abs, bool, .real,
# .imag, .conjugate(), complex(), literals, mixed real/complex operands
# (converted to complex(x, 0.0) first, which shows in signed zeros), and
# complex64; cmath (CPython 3.11's cmathmodule.c: special-value tables,
# branch cuts, errno as ValueError/OverflowError). Parts compared by repr
# (signed zeros, nan); exceptions by type.
import cmath
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


# Module-level complex constants, typed at each use as CPython folds them
# (signed zeros included: -2j is complex(-0.0, -2.0)).
Z1 = 1 + 2j
Z2 = -0.0 - 3j
Z3 = -2j
Z4 = 2 * (1.5 - 0.5j) + 1
Z5 = 1e308 * (1 + 1j) * 10


@cc.export('c_module_consts', 'c16(c16)')
def c_module_consts(a):
    return a * Z1 + Z2 - Z3 * Z4 + Z5 * 0.0


@cc.export('c_module_parts', 'UniTuple(f8, 4)()')
def c_module_parts():
    return Z2.real, Z3.real, Z4.imag, abs(Z1)


@cc.export('c_module_shadow', 'c16(c16)')
def c_module_shadow(Z1):
    return Z1 + Z3


# Complex numbers inside tuples: signatures (arguments and returns), tuple
# literals and variables, unpacking, constant indexing, helpers.
@cc.export('t_arg', 'c16(Tuple(c16, f8))')
def t_arg(t):
    z, x = t
    return z * x


@cc.export('t_ret', 'Tuple(c16, f8)(c16, f8)')
def t_ret(z, x):
    return z * 2, x + 1


@cc.export('t_uni', 'UniTuple(c16, 2)(UniTuple(c16, 2))')
def t_uni(t):
    a, b = t
    return b, a * b


@cc.export('t_body', 'c16(c16, f8)')
def t_body(z, x):
    t = (z, x, z * z)
    u = t
    return u[0] + u[-1] * u[1]


def swap(z, x):
    return x, z


def first(t):
    return t[0]


@cc.export('t_helper', 'c16(c16, f8)')
def t_helper(z, x):
    a, b = swap(z, x)
    r = first((b / z, a))
    return r * a


@cc.export('t_polar', 'c16(c16)')
def t_polar(z):
    r, phi = cmath.polar(z)
    return cmath.rect(r, phi)


@cc.export('t_order', 'Tuple(f8, c16)(f8, c16)')
def t_order(x, z):
    # Python's order: 1.0 // x raises first where both would.
    return 1.0 // x, cmath.log(z) * z


@cc.export('t_c8', 'Tuple(c8, f4)(c8)')
def t_c8(z):
    return z * z, z.real


@cc.export('t_infer', '(c16,)')
def t_infer(z):
    return z.conjugate(), z.imag


@cc.export('cm_sqrt', 'c16(c16)')
def cm_sqrt(z):
    return cmath.sqrt(z)


@cc.export('cm_exp', 'c16(c16)')
def cm_exp(z):
    return cmath.exp(z)


@cc.export('cm_log', 'c16(c16)')
def cm_log(z):
    return cmath.log(z)


@cc.export('cm_log10', 'c16(c16)')
def cm_log10(z):
    return cmath.log10(z)


@cc.export('cm_logb', 'c16(c16, c16)')
def cm_logb(z, base):
    return cmath.log(z, base)


@cc.export('cm_acos', 'c16(c16)')
def cm_acos(z):
    return cmath.acos(z)


@cc.export('cm_acosh', 'c16(c16)')
def cm_acosh(z):
    return cmath.acosh(z)


@cc.export('cm_asin', 'c16(c16)')
def cm_asin(z):
    return cmath.asin(z)


@cc.export('cm_asinh', 'c16(c16)')
def cm_asinh(z):
    return cmath.asinh(z)


@cc.export('cm_atan', 'c16(c16)')
def cm_atan(z):
    return cmath.atan(z)


@cc.export('cm_atanh', 'c16(c16)')
def cm_atanh(z):
    return cmath.atanh(z)


@cc.export('cm_cos', 'c16(c16)')
def cm_cos(z):
    return cmath.cos(z)


@cc.export('cm_cosh', 'c16(c16)')
def cm_cosh(z):
    return cmath.cosh(z)


@cc.export('cm_sin', 'c16(c16)')
def cm_sin(z):
    return cmath.sin(z)


@cc.export('cm_sinh', 'c16(c16)')
def cm_sinh(z):
    return cmath.sinh(z)


@cc.export('cm_tan', 'c16(c16)')
def cm_tan(z):
    return cmath.tan(z)


@cc.export('cm_tanh', 'c16(c16)')
def cm_tanh(z):
    return cmath.tanh(z)


@cc.export('cm_isclose', 'UniTuple(b1, 2)(c16, c16)')
def cm_isclose(a, b):
    return cmath.isclose(a, b), cmath.isclose(a, b, abs_tol=1e-300)


@cc.export('cm_isclose_tol', 'b1(c16, c16, f8, f8)')
def cm_isclose_tol(a, b, rel, tol):
    return cmath.isclose(a, b, abs_tol=tol, rel_tol=rel)


@cc.export('cm_rect', 'c16(f8, f8)')
def cm_rect(r, phi):
    return cmath.rect(r, phi)


@cc.export('cm_polar', 'UniTuple(f8, 2)(c16)')
def cm_polar(z):
    return cmath.polar(z)


@cc.export('cm_phase', 'f8(c16)')
def cm_phase(z):
    return cmath.phase(z)


@cc.export('cm_preds', 'UniTuple(b1, 3)(c16)')
def cm_preds(z):
    return cmath.isnan(z), cmath.isinf(z), cmath.isfinite(z)


@cc.export('cm_real', 'c16(f8, i8, b1)')
def cm_real(x, n, b):
    # Real arguments become complex(x, 0.0) first.
    return cmath.sqrt(x) + cmath.log(n, 2) - cmath.exp(b)


@cc.export('cm_c8', 'c16(c8)')
def cm_c8(z):
    return cmath.sqrt(z)


@cc.export('cm_consts', 'c16()')
def cm_consts():
    return cmath.infj + cmath.pi + cmath.e * 1j - cmath.tau + cmath.inf * 0.0


@cc.export('cm_nanj', 'c16()')
def cm_nanj():
    return cmath.nanj


@cc.export('cm_chain', 'b1(c16, c16, c16)')
def cm_chain(a, b, c):
    # The third operand is computed only when a == b, as in Python: a zero
    # c raises ZeroDivisionError only then.
    return a == b == 1 / c


@cc.export('cm_lazy', 'f8(c16, b1)')
def cm_lazy(z, use):
    # The conditional arm's complex work runs only when chosen.
    return abs(cmath.log(z) / z) if use else 0.0


@cc.export('cm_order', 'c16(i8, c16)')
def cm_order(n, z):
    # Arguments in Python's order: 1 // n raises first (ZeroDivisionError)
    # even where cmath.log(z) would raise ValueError.
    return pair(1 // n, cmath.log(z) * z)


def pair(k, z):
    return z + k


@cc.export('cm_nested', 'c16(c16, c16)')
def cm_nested(a, b):
    # Each operation reads its operands' parts twice; shared, the compiled
    # code grows linearly with the depth (copied, z alone would be 2**30 nodes).
    z = ((((((((((((((a * b / a) * b / a) * b / a) * b / a) * b / a) * b / a) * b / a) * b / a) * b / a) * b / a) * b / a) * b / a) * b / a) * b / a) * b / a
    return cmath.sqrt(cmath.exp(cmath.log(cmath.sqrt(cmath.exp(cmath.log(z * z / b) / a) * b) / a) * b) / a)


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

# cmath over every pair of parts from these, which covers the special-value
# tables' rows and columns, both sides of the branch cuts (-2.5 +- 0.0j),
# overflow (1e308) and subnormals (5e-324).
CM_PARTS = [0.0, -0.0, 1.5, -2.5, inf, -inf, nan, 1e308, 5e-324]
CM_EDGE = [complex(r, i) for r in CM_PARTS for i in CM_PARTS]
CM_MORE = [710 + 0j, 709.78 + 1j, -745.2 + 0j, 1e-310 + 1e-310j, 2.2e-308 + 0j, 1 + 1e-10j, 0.8 + 0.6j, 1e308 + 1e308j,
           -1e308 - 1e308j, 4.5e307 + 0j, 1e200 + 1e200j, 0.7 + 0.7j, 1.7 + 0j, 1.2 - 0.3j, 0.0 + 1e-320j]
CM_ALL = CM_EDGE + CM_MORE + RANDOM[:150]
# Around the thresholds of the trigonometric and hyperbolic functions:
# log(DBL_MAX / 4) ~ 708.4, sqrt(DBL_MAX / 4) ~ 6.7e153, atanh's z.real == 1.
CM_TRIG = [708.3 + 1j, 708.5 - 2j, -709 + 0.5j, 1j * 710, 0.5 + 708.5j, 1 + 0j, 1 - 0.0j, 1 + 1e-160j, -1 - 1e-200j,
           7e153 + 1j, 1 + 7e153j, 6e153 + 0j, 1e-155 + 1e-155j, 3 + 4j, -0.5 + 0.5j, 0.999 + 0.001j, 2 + 1e-300j]
CM_BASES = [2 + 0j, 1 + 0j, 0j, -0.0 + 0j, -1 + 0j, 1j, 10 + 0j, inf + 0j, nan + 0j, 1e308 + 0j, 5e-324 + 0j, 0.5 - 2j]

@cc.export('unify_local', '(i8,)')
def unify_local(n):
    # A local assigned real and complex values is complex throughout.
    z = 0
    for i in range(n):
        z = z * 1j + i
    return z


CASES = {
    'unify_local': [(1,), (5,)],
    'c_module_consts': [(z,) for z in EDGE[::2]],
    'c_module_parts': [()],
    'c_module_shadow': [(z,) for z in EDGE[::5]],
    't_arg': [((z, x),) for z in EDGE[::6] for x in (0.0, -2.5, nan)] + [((1j, 'x'),), ((1j, 2),)],
    't_ret': [(z, x) for z in EDGE[::6] for x in (0.0, -2.5, inf)],
    't_uni': [((a, b),) for a, b in PAIRS[::5]],
    't_body': [(z, x) for z in EDGE[::6] for x in (0.0, -0.0, 3.0)],
    't_helper': [(z, x) for z in EDGE[::6] + [0j] for x in (0.0, -2.5, nan)],
    't_polar': [(z,) for z in CM_ALL[::3]],
    't_order': [(x, z) for x in (0.0, 2.0, -0.0) for z in (0j, 1 + 1j, -2.5 + 0j)],
    't_c8': [(z,) for z, _ in C8],
    't_infer': [(z,) for z in EDGE[::4]],
    'cm_sqrt': [(z,) for z in CM_ALL],
    'cm_exp': [(z,) for z in CM_ALL],
    'cm_log': [(z,) for z in CM_ALL],
    'cm_log10': [(z,) for z in CM_ALL],
    'cm_logb': [(z, b) for z in CM_EDGE + CM_MORE for b in CM_BASES] + [(z, w) for z, w in zip(RANDOM[:100], RANDOM[100:200])],
    'cm_acos': [(z,) for z in CM_ALL + CM_TRIG],
    'cm_acosh': [(z,) for z in CM_ALL + CM_TRIG],
    'cm_asin': [(z,) for z in CM_ALL + CM_TRIG],
    'cm_asinh': [(z,) for z in CM_ALL + CM_TRIG],
    'cm_atan': [(z,) for z in CM_ALL + CM_TRIG],
    'cm_atanh': [(z,) for z in CM_ALL + CM_TRIG],
    'cm_cos': [(z,) for z in CM_ALL + CM_TRIG],
    'cm_cosh': [(z,) for z in CM_ALL + CM_TRIG],
    'cm_sin': [(z,) for z in CM_ALL + CM_TRIG],
    'cm_sinh': [(z,) for z in CM_ALL + CM_TRIG],
    'cm_tan': [(z,) for z in CM_ALL + CM_TRIG],
    'cm_tanh': [(z,) for z in CM_ALL + CM_TRIG],
    'cm_isclose': [(a, b) for a in CM_EDGE[::4] for b in CM_EDGE[::5]] + [(z, z * (1 + 1e-10)) for z in RANDOM[:50]] + [(z, z + 1e-9j) for z in RANDOM[50:80]],
    'cm_isclose_tol': [(a, b, r, t) for a, b in [(1 + 1j, 1 + 1.001j), (0j, 1e-10j), (inf + 0j, inf + 0j), (1e308 + 1e308j, -1e308 - 1e308j), (nan + 0j, nan + 0j)]
                       for r in (1e-9, 0.01, 0.0, -1.0, nan) for t in (0.0, 1e-9, -0.0, -1e-300, inf)],
    'cm_rect': [(r, p) for r in CM_PARTS + [-1e308, 3.0] for p in CM_PARTS + [-1.5, 3.141592653589793, 1e300]],
    'cm_polar': [(z,) for z in CM_ALL],
    'cm_phase': [(z,) for z in CM_ALL],
    'cm_preds': [(z,) for z in CM_ALL],
    'cm_real': [(x, n, b) for x in CM_PARTS + [-4.0, 4.0] for n, b in [(1, False), (8, True), (0, False), (-3, True)]],
    'cm_c8': [(z,) for z, _ in C8],
    'cm_consts': [()],
    'cm_nanj': [()],
    'cm_chain': [(a, b, c) for a, b in [(1j, 1j), (1j, 2j), (nan + 0j, nan + 0j)] for c in [0j, 1 + 0j, 1j, -0.0 + 0j]],
    'cm_lazy': [(z, u) for z in [0j, 1 + 1j, -2.5 - 0.0j, inf + 0j] for u in (False, True)],
    'cm_order': [(n, z) for n in (0, 1, -2) for z in (0j, 1 + 2j, -1 + 0j, 1e308 + 0j)],
    'cm_nested': [(a, b) for a, b in PAIRS[::7]],
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
