# Calls to the file's functions with keywords CPython rejects, the forms
# pycc does not compile yet, and float() of a string that is not a number.
from pycc import CC

cc = CC('keyword_calls_bad')


def lin(x, a=1.0, b=2.0):
    return a * x + b


def nxt(x):
    return x + 1.0


def pos(x, /, y=1.0):
    return x - y


def kwonly(x, *, k=2.0):
    return x * k


@cc.export('f', 'f8(f8)')
def f(x):
    p = lin(x, c=1.0)
    q = lin(x, 2.0, a=3.0)
    r = lin(a=1.0)
    s = lin(x, b=nxt(x), a=nxt(x))
    t = float('1e3x')
    u = pos(x=1.0)
    v = kwonly(x, k=3.0)
    return p + q + r + s + t + u + v
