# differential-python: numpy
# Found by fuzz/programs/exprtree.py. (1) Int arithmetic on literals alone
# whose exact value, or a step on the way, leaves int64 (`2**63`,
# `2**64 // 4`): CPython's compiler folds it to one exact constant, which
# numba types as uint64 past int64; pycc computed it at run time in int64,
# so `x / 2**63 - 1` divided by -2**63 (exprtree seed 11); past uint64 it
# stays the wrapping run-time arithmetic. (2) `.real` /
# `.imag` of a complex expression dropped the other part, and with it a
# ZeroDivisionError it raises (`complex(a / b, v).imag`, exprtree seed 14).
import numpy as np
from pycc import CC

cc = CC('exprtree_found')


@cc.export('over_pow', 'f8(i8)')
def over_pow(x):
    return x / 2**63 - 1


@cc.export('over_shift', 'f8(i8)')
def over_shift(x):
    return (1 << 63) * 0.5 + x


@cc.export('over_then_back', 'i8(i8)')
def over_then_back(x):
    return 2**64 // 4 + x - (-2**63) // 2**62


@cc.export('min_literal', 'i8(i8)')
def min_literal(x):
    return (-2**63) // 3 + x


@cc.export('min_shift', 'i8(i8)')
def min_shift(x):
    # `-2**63` of a folded `2**63` is int64's MIN, not a uint64 negated (exprtree seed 35)
    return -2**63 >> (x & 63)


@cc.export('min_div', 'f8(i8)')
def min_div(x):
    return -2**63 / max(abs(~-9223372036854775808), x)


@cc.export('past_u64', 'i8(i8)')
def past_u64(x):
    # past uint64 no int type holds it: the run-time arithmetic wraps, as pycc's ints do
    return -2**63 - 1 + x


@cc.export('u64_literal', 'f8(i8)')
def u64_literal(x):
    return float(2**64 - 1) + x


@cc.export('imag_drops_real', 'f8(f8, f8)')
def imag_drops_real(a, b):
    return complex(a / b, 1.0).imag


@cc.export('real_drops_imag', 'f8(f8, i8)')
def real_drops_imag(a, k):
    return complex(a, 10 // k).real


@cc.export('imag_after_array_sum', 'f8(i4, c16, f8[:, :, :])')
def imag_after_array_sum(a, b, c):
    # the array's sum is queued before the statement: the division after it still runs (exprtree seed 14)
    v = -0.0
    w = max(-b.imag, complex(a / float(c[:, ::-1, 1].sum()), v).imag)
    return 1.0


@cc.export('order_kept', 'f8(f8, f8)')
def order_kept(a, b):
    # both parts raise: the real part's error comes first, as CPython's
    return complex(a // b, float(10 // int(b))).imag


X = [0, 1, -1, 7, -2147483394, 2**62, -2**62, 2**63 - 1, -2**63]
F = [0.0, -0.0, 1.5, -2.0, float('inf'), float('nan')]
CASES = {
    'over_pow': [(x,) for x in X],
    'over_shift': [(x,) for x in X],
    'over_then_back': [(x,) for x in [0, 1, -1, 5]],
    'min_literal': [(x,) for x in [0, 1, -1, 5]],
    'min_shift': [(x,) for x in [0, 1, 62, 63, -1]],
    'min_div': [(x,) for x in X],
    'past_u64': [(x,) for x in [0, 1, 5]],
    'u64_literal': [(x,) for x in X],
    'imag_drops_real': [(a, b) for a in F for b in F],
    'real_drops_imag': [(a, k) for a in F for k in [0, 1, -3]],
    'imag_after_array_sum': [(3, 1j, np.array([[[-0.4, -0.0]]])), (3, 1j, np.array([[[0.5, 2.0]]]))],
    'order_kept': [(a, b) for a in F for b in [0.0, 1.0, 0.5, -2.0]],
}
