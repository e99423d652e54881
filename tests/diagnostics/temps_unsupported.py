# Array temporaries are made only where they always run: an array made by
# a call and indexed in a later operand of `and`/`or`, an arm of a
# conditional expression or a `while` condition stays an error that says so.
import numpy as np
from pycc import CC

cc = CC('temps_unsupported')


@cc.export('later_operand', 'b1(f8[:], i8)')
def later_operand(a, k):
    return k > 0 and np.argsort(a)[0] == 0


@cc.export('arms', 'i8(f8[:], i8)')
def arms(a, k):
    return 1 + (np.argsort(a)[0] if k > 0 else np.argsort(a)[::-1][0])


@cc.export('while_test', 'i8(f8[:], i8)')
def while_test(a, k):
    while np.argsort(a)[k] > 0:
        k += 1
    return k


@cc.export('copy_operand', 'b1(f8[:], i8)')
def copy_operand(a, k):
    return k > 0 or (a.copy() * 2.0)[0] > 1.0
