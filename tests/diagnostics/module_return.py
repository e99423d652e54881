# CPython's compiler rejects these with SyntaxError; so does pycc (the first, as CPython).
from pycc import CC

cc = CC('modret')


@cc.export('f', 'f8(f8)')
def f(x):
    return x


if cc:
    return f
yield 1
