# Array temporaries are made only where they always run: an array made by
# a call and indexed in a later operand of `and`/`or` in a `while` test
# stays an error that says so (at the top of an assignment, a `return` or
# an `if` test the operands become branches and it works:
# tests/programs/short_circuit_numpy.py; np.argsort(a)[k] there, whose ndim
# is known, is a view of an array numpy always makes without error:
# tests/programs/tuple_item_ndim.py).
import numpy as np
from pycc import CC

cc = CC('temps_unsupported')


@cc.export('copy_operand', 'i8(f8[:], i8)')
def copy_operand(a, k):
    while k > 0 or (a.copy() * 2.0)[0] > 1.0:
        k -= 1
        a[0] -= 1.0
    return k
