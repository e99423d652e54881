# A decimal literal with a leading zero (Python 2's octal): CPython's words.
from pycc import CC
cc = CC('m')

@cc.export('f', 'i8(i8)')
def f(x):
    return x * 012
