# Comparisons between uint64 and signed ints compare values, as CPython
# compares ints: numba's unified type for the pair (int64) would wrap a
# uint64 above 2**63 to a negative number (found by the builtins helper:
# `u > 5` was False for u = 2**64 - 2).
# differential: --overflow=raise
from pycc import CC

cc = CC('unsigned_compare')

U64 = [0, 1, 5, 2**63 - 1, 2**63, 2**64 - 2, 2**64 - 1]
I64 = [-2**63, -1, 0, 5, 2**63 - 1]


@cc.export('gt_const', 'b1(u8)')
def gt_const(u):
    return u > 5


@cc.export('ge_neg_const', 'b1(u8)')
def ge_neg_const(u):
    return u >= -1


@cc.export('six', 'UniTuple(b1, 6)(u8, i8)')
def six(u, s):
    return u < s, u <= s, u == s, u != s, u > s, u >= s


@cc.export('six_left', 'UniTuple(b1, 6)(i4, u8)')
def six_left(s, u):
    return s < u, s <= u, s == u, s != u, s > u, s >= u


def calls():
    return -7


@cc.export('once', 'b1(u8)')
def once(u):
    # The signed operand is a call: computed once, in order.
    return calls() < u != 3


@cc.export('in_branch', 'i8(u8, i8)')
def in_branch(u, s):
    if u > s and s < 0:
        return 1
    return 2


CASES = {
    'gt_const': [(u,) for u in U64],
    'ge_neg_const': [(u,) for u in U64],
    'six': [(u, s) for u in U64 for s in I64],
    'six_left': [(s, u) for s in [-2**31, -1, 0, 5, 2**31 - 1] for u in U64],
    'once': [(u,) for u in U64],
    'in_branch': [(u, s) for u in U64 for s in I64],
}
