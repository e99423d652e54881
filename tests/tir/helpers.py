# Typing: a helper is specialized once per argument-type signature it is
# called with; a helper that can raise makes its callers raise-capable.
from pycc import CC

cc = CC('helpers')


def scale(x, k):
    return x * k


def checked(a, b):
    return a // b


@cc.export('both', 'f8(f8, i8)')
def both(x, n):
    return scale(x, 2.0) + scale(n, 3) + checked(n, 2)


@cc.export('pair', 'UniTuple(i8, 2)(i8, i8)')
def pair(a, b):
    q, r = divmod(a, b)
    return r, q
