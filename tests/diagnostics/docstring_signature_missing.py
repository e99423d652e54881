# A signature read from a docstring the function does not have:
# `solve.__doc__` is None, so CPython raises AttributeError at the export and
# numba compiles nothing. A docstring without a word is IndexError.
from numba.pycc import CC


def solve(n):
    return n + 1


def blank(n):
    "   "
    return n


cc = CC('docstring_signature_missing')
cc.export('solve', solve.__doc__.strip().split()[0])(solve)
cc.export('blank', blank.__doc__.split()[0])(blank)
