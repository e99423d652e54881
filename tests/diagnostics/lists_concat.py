# List concatenation and repetition that pycc does not compile.
from numba.pycc import CC

cc = CC('lists_concat_diag')


@cc.export('by_float', 'i8(i8)')
def by_float(n):
    a = [1, 2]
    b = a * 2.5  # CPython: TypeError
    return len(b)


@cc.export('mixed_items', 'i8(i8)')
def mixed_items(n):
    a = [1, 2]
    b = [(1, 2)]
    c = a + b  # one list, items of one type
    return len(c)
