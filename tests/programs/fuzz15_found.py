# differential-python: numpy
# Found by fuzz/programs/exprtree.py (fuzz15). (1) A conditional expression
# in an `if` statement's test whose untaken arm needs a statement before it
# (`np.signbit(a / b)`): the arm ran before the `if`, always (seed 143: a
# ZeroDivisionError CPython never reaches). (2) A comparison chain's
# shared middle operand ran before its left operand when the left one read
# an array sum (seed 6: `math.ceil(s) <= math.floor(b) != k` raised floor's
# OverflowError, CPython ceil's ValueError). (3) `//` and `%` of an int64
# and a uint64 (`x % 2**63`, whose literal is a uint64) wrapped the uint64
# to int64 first (seed 46): now CPython's exact value, wrapped only where
# it does not fit int64. (4) A complex product's real left operand ran
# after the right operand's shared values (seed 116: `math.cos(a) * (0.0 **
# -1e-05 * z)` raised the power's ZeroDivisionError, CPython cos's ValueError).
import math

import numpy as np
from pycc import CC

cc = CC('fuzz15_found')


@cc.export('if_test_arm', 'f8(i8, f8)')
def if_test_arm(a, c):
    v1 = float(c) if ((math.isnan(math.inf)) if bool(-3) else bool(np.signbit((a + 0) / int(a)))) else 2.0
    return v1


@cc.export('elif_test_arm', 'i8(i8, b1)')
def elif_test_arm(a, k):
    if a > 100:
        return 1
    elif (k if a >= 0 else bool(np.signbit(1.0 / (a + 1)))):
        return 2
    return 3


@cc.export('chain_order', 'b1(f8[:], f8, i8)')
def chain_order(c, b, k):
    return math.ceil(float(c[1:].sum())) <= math.floor(b) != k


@cc.export('mod_u64', 'i8(i8)')
def mod_u64(x):
    return x % 2**63 - 1


@cc.export('floordiv_u64', 'i8(i8)')
def floordiv_u64(x):
    return x // 2**63


@cc.export('u64_mod', 'i8(i8)')
def u64_mod(x):
    return 2**63 % x


@cc.export('u64_floordiv', 'i8(i8)')
def u64_floordiv(x):
    return 2**63 // x


@cc.export('u64_divmod', 'UniTuple(i8, 2)(u8, i4)')
def u64_divmod(u, s):
    return divmod(u, s)


@cc.export('mod_u64_arg', 'i8(i8, u8)')
def mod_u64_arg(s, u):
    return s % u + s // u


@cc.export('cx_left_first', 'c16(f8, f8)')
def cx_left_first(a, b):
    return math.cos(a) * ((b ** -1e-05) * (-0.5 + 0j))


X = [3, -3, 0, 7, -2**63, 2**63 - 1, -1, 1]
NAN = np.array([1.0, 2.0, np.nan])
CASES = {
    'if_test_arm': [(a, c) for a in [0, 1, -2] for c in [1.0, -0.0]],
    'elif_test_arm': [(a, k) for a in [-1, 0, 5, 200, -7] for k in [True, False]],
    'chain_order': [(NAN, -math.inf, 0), (NAN, 1.0, 0), (np.array([0.0, 1.5, 2.0]), -math.inf, 3),
                    (np.array([0.0, 1.5, 2.0]), 5.0, 4), (np.array([0.0, 1.5, 2.0]), 5.0, 5)],
    'mod_u64': [(x,) for x in X],
    'floordiv_u64': [(x,) for x in X],
    'u64_mod': [(x,) for x in X],
    'u64_floordiv': [(x,) for x in X if x not in (1, -1)],
    'u64_divmod': [(u, s) for u in [0, 5, 2**63, 2**64 - 1, 2**63 + 7] for s in [1, 3, -3, -1, 2**31 - 1, -2**31]
                   if -2**63 <= u // s < 2**63],
    'mod_u64_arg': [(s, u) for s in [5, -5, 0, -2**63, 2**63 - 1] for u in [1, 3, 2**63, 2**64 - 1, 7]],
    'cx_left_first': [(a, b) for a in [math.inf, 1.0, -math.inf, 0.5] for b in [0.0, 2.0, 1e-300]],
}
