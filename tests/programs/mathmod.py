# The math module against CPython: values bit for bit, and its ValueError /
# OverflowError cases.
# differential: --fastmath
# (and once more with fastmath: floats within tests/differential.py's tolerance)
import math
from math import sqrt, pi as PI
from pycc import CC

cc = CC('mathmod')

F = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 1e-310, 10.0, 710.0, -710.0, 1e308, float('inf'), float('-inf'), float('nan')]


@cc.export('m_sqrt', 'f8(f8)')
def m_sqrt(x):
    return math.sqrt(x)


@cc.export('m_exp', 'f8(f8)')
def m_exp(x):
    return math.exp(x) + math.expm1(x * 0.5)


@cc.export('m_log', 'f8(f8)')
def m_log(x):
    return math.log(x)


@cc.export('m_logs', 'f8(f8)')
def m_logs(x):
    return math.log2(x) - math.log10(x) + math.log1p(x)


@cc.export('m_trig', 'f8(f8)')
def m_trig(x):
    return math.sin(x) * math.cos(x) - math.tan(x) + math.atan(x)


@cc.export('m_asin', 'f8(f8)')
def m_asin(x):
    return math.asin(x) + math.acos(x)


@cc.export('m_hyper', 'f8(f8)')
def m_hyper(x):
    return math.sinh(x) + math.cosh(x) + math.tanh(x) + math.asinh(x)


@cc.export('m_atanh', 'f8(f8)')
def m_atanh(x):
    return math.atanh(x)


@cc.export('m_acosh', 'f8(f8)')
def m_acosh(x):
    return math.acosh(x)


@cc.export('m_erf', 'f8(f8)')
def m_erf(x):
    return math.erf(x) + math.erfc(x) + math.fabs(x)


@cc.export('m_floor', 'i8(f8)')
def m_floor(x):
    return math.floor(x) + math.ceil(x) + math.trunc(x)


@cc.export('m_preds', 'i8(f8)')
def m_preds(x):
    return math.isnan(x) + 2 * math.isinf(x) + 4 * math.isfinite(x)


@cc.export('m_two', 'f8(f8, f8)')
def m_two(x, y):
    return math.atan2(x, y) + math.copysign(1.5, y)


@cc.export('m_fmod', 'f8(f8, f8)')
def m_fmod(x, y):
    return math.fmod(x, y)


@cc.export('m_consts', 'f8(f8)')
def m_consts(x):
    return math.degrees(x) + math.radians(x) + math.pi * math.e - math.tau + sqrt(PI)


@cc.export('m_int_arg', 'f8(i8)')
def m_int_arg(n):
    return math.sqrt(n) if n >= 0 else math.exp(n)


@cc.export('m_pow', 'f8(f8, f8)')
def m_pow(x, y):
    return math.pow(x, y)


@cc.export('m_log_base', 'f8(f8, f8)')
def m_log_base(x, b):
    return math.log(x, b)


@cc.export('m_log_int_base', 'f8(i8, i8)')
def m_log_int_base(x, b):
    return math.log(x, b)


P = F + [3.0, -3.0, 0.25, -2.0, 1.5, -1.5, 5e-324, -1e308, 1023.5, -1075.0]

CASES = {name: [(x,) for x in F] for name in
         ['m_sqrt', 'm_exp', 'm_log', 'm_logs', 'm_trig', 'm_asin', 'm_hyper', 'm_atanh', 'm_acosh', 'm_erf', 'm_floor', 'm_preds', 'm_consts']}
CASES['m_two'] = [(x, y) for x in F for y in F]
CASES['m_fmod'] = [(x, y) for x in F for y in F]
CASES['m_int_arg'] = [(n,) for n in [0, 4, 2**53 + 1, -3]]
# math.floor etc. of huge floats give big ints in CPython; int64 cannot hold them.
DEVIATIONS = {('m_floor', (x,)): 'OverflowError' for x in (1e308,)}
CASES['m_pow'] = [(x, y) for x in P for y in P]
CASES['m_log_base'] = [(x, b) for x in F for b in F]
CASES['m_log_int_base'] = [(x, b) for x in [0, 1, 2, 8, -8, 2**63 - 1] for b in [0, 1, 2, 10, -2, 2**63 - 1]]
