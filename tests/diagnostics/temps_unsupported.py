# Array temporaries are made only where they always run: an array made by
# a call and indexed in a later operand of `and`/`or` stays an error that
# says so (np.argsort(a)[k] there, whose ndim is known, is a view of an
# array numpy always makes without error: tests/programs/tuple_item_ndim.py).
import numpy as np
from pycc import CC

cc = CC('temps_unsupported')


@cc.export('copy_operand', 'b1(f8[:], i8)')
def copy_operand(a, k):
    return k > 0 or (a.copy() * 2.0)[0] > 1.0
