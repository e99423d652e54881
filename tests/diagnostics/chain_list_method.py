# A list method in a later operand of a comparison chain: pycc computes it
# before the statement, so it would run before the operands on its left
# (which read the list) and even where an earlier comparison fails.
from pycc import CC

cc = CC('chain_list_method')


@cc.export('popped', 'b1(i8)')
def popped(n):
    xs = [1, 5, 3]
    return n < xs[-1] < xs.pop()


@cc.export('guarded_min', 'b1(f8)')
def guarded_min(x):
    L = [1.0]
    L.pop()
    return x < 0.0 < min(L)
