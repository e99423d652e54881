# A hex literal without digits: CPython's SyntaxError words, the caret on the literal.
from pycc import CC
cc = CC('m')

@cc.export('f', 'i8(i8)')
def f(x):
    return x + 0x
