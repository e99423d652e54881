# A form that a typer helper claims and fails on is reported once: the
# helper answers Failed (not "not mine"), so no other form retries it and
# adds errors about the same expression.
from pycc import CC
cc = CC('reported_once')


@cc.export('h', 'b1(i8)')
def h(n):
    w = ['a', 'b']
    return 'c' + n in w


@cc.export('k', 'i8(i8)')
def k(n):
    w = ['a', 'b']
    return w.count(n + 'x')


@cc.export('m', 'b1(i8)')
def m(n):
    s = {1, 2}
    return (n + 'a') in s
