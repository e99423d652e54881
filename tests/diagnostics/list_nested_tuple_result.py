# An export may return a list of flat tuples of int64, float64 or bool;
# a list of nested tuples is not boxed yet (a diagnostic, never a flat
# tuple in their place).
from numba.pycc import CC

cc = CC('list_nested_tuple_result')


@cc.export('nested', '(i8,)')
def nested(n):
    out = []
    for i in range(n):
        out.append(((i, i + 1), i * 2))
    return out
