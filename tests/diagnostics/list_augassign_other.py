# `L op= v` of a list name other than `+=` (extend) and `*=` (repeat in
# place): CPython raises TypeError; pycc says so at compile time instead of
# treating the list as a number.
from pycc import CC

cc = CC("m")


@cc.export("shrink", "(i8,)")
def shrink(n):
    a = [n, 2]
    a -= 1
    return a
