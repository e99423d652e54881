# differential-python: numpy
# A numpy call or an array operation after `and`/`or`, or in a later link
# of a comparison chain, runs only when the short circuit reaches it, as in
# CPython: pycc computed it before the statement, so its error (a
# ZeroDivisionError in its argument, an empty array's min) was raised where
# CPython never evaluates it. Found by the exprtree fuzzer (seeds 205 and
# 316), reduced.
import math

import numpy as np
import numpy.linalg as nla
from numpy.linalg import inv
from pycc import CC

cc = CC('short_circuit_numpy')


@cc.export('and_log', 'b1(f8, f8)')
def and_log(a, s):
    ok = a > 0.0 and math.isfinite(float(np.log(a % s)))
    return ok


@cc.export('or_log', 'f8(f8, f8)')
def or_log(a, s):
    return float(a <= 0.0 or np.log(a % s))


@cc.export('three_ands', 'i8(f8, f8, i8)')
def three_ands(a, s, k):
    r = 0
    r += k > 0 and a > 0.0 and int(np.floor(a / s))
    return r


@cc.export('chain_test', 'i8(f8, f8)')
def chain_test(a, c):
    if math.inf <= (a if a > 0 else math.inf) <= float(np.log(c / 0)):
        return 1
    return 2


@cc.export('chain_value', 'b1(f8, f8, f8)')
def chain_value(a, b, c):
    return a < b * 2.0 < float(np.sqrt(c / b)) < 10.0


@cc.export('empty_min', 'f8(f8[:])')
def empty_min(x):
    if x.size > 0 and x.min() > 0.0:
        return x.min()
    return -1.0


@cc.export('masked_sum', 'b1(f8[:], b1)')
def masked_sum(e, d):
    v = (len(e) * 2.0 == 1.0) and math.isfinite(float(np.log(float(e.min()) % float(e[e > 0.0].sum()))))
    return (d and not v) and not (v and d)


@cc.export('nested', 'f8(f8, f8)')
def nested(a, s):
    return 1.0 + (a > 0.0 and float(np.log(a % s)) or -1.0) * 2.0


@cc.export('copy_operand', 'b1(f8[:], i8)')
def copy_operand(a, k):
    return k > 0 or (a.copy() * 2.0)[0] > 1.0


# numpy.linalg's functions by their imported names: a singular matrix's
# LinAlgError only when `k > 0` (`inv` was computed first).
@cc.export('inv_imported', 'b1(f8[:, :], i8)')
def inv_imported(m, k):
    return k > 0 and inv(m)[0, 0] > 0.0


@cc.export('inv_module_alias', 'b1(f8[:, :], i8)')
def inv_module_alias(m, k):
    return k > 0 and nla.inv(m)[0, 0] > 0.0


CASES = {
    'inv_imported': [(np.zeros((2, 2)), 0), (np.eye(2), 1), (np.zeros((2, 2)), 1)],
    'inv_module_alias': [(np.zeros((2, 2)), 0), (np.eye(2), 1), (np.zeros((2, 2)), 1)],
    'copy_operand': [(np.zeros(0), 1), (np.array([1.0]), 0), (np.zeros(0), 0)],
    'and_log': [(1.0, 0.0), (-1.0, 0.0), (2.0, 3.0), (0.0, 1.0)],
    'or_log': [(1.0, 0.0), (-1.0, 0.0), (2.0, 3.0)],
    'three_ands': [(1.0, 0.0, 1), (1.0, 0.0, 0), (-1.0, 0.0, 2), (7.0, 2.0, 3)],
    'chain_test': [(-1.0, 1.0), (1.0, 1.0), (math.inf, 1.0)],
    'chain_value': [(5.0, 1.0, 4.0), (1.0, 1.0, 16.0), (1.0, 0.0, 1.0), (-1.0, 0.0, 1.0), (-1.0, 1.0, 0.0)],
    'empty_min': [(np.zeros(0),), (np.array([1.0, 2.0]),), (np.array([-1.0]),)],
    'masked_sum': [(np.array([-1.0, -2.0]), True), (np.array([0.5]), False), (np.array([-0.5]), True)],
    'nested': [(1.0, 0.0), (-1.0, 0.0), (3.0, 2.0)],
}
