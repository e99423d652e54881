# Input of loop-mod.mlir: `i % c` of a loop variable, with and without a
# proof that i >= 0.
from pycc import CC

cc = CC('loop_mod')


@cc.export('mod10', 'i8(i8)')
def mod10(n):
    s = 0
    for i in range(n):
        s += i % 10
    return s


@cc.export('mod8', 'i8(i8)')
def mod8(n):
    s = 0
    for i in range(2, n, 3):
        s += i % 8
    return s


@cc.export('negative_start', 'i8(i8)')
def negative_start(n):
    s = 0
    for i in range(-5, n):
        s += i % 10
    return s


@cc.export('assigned', 'i8(i8)')
def assigned(n):
    s = 0
    for i in range(n):
        i = i - 3
        s += i % 10
    return s


@cc.export('negative_step', 'i8(i8)')
def negative_step(n):
    s = 0
    for i in range(n, 0, -1):
        s += i % 10
    return s
