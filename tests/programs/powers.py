# Float ** with CPython's float_pow results and errors.
from pycc import CC

cc = CC('powers')

F = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -2.0, 3.0, 1.5, 1e200, -8.0, float('inf'), float('-inf'), float('nan')]
# glibc's pow is not correctly rounded at these: x ** 2 != x * x and
# x ** -1.0 != 1 / x in CPython, so pycc must call pow too.
TIES = [-106924597.0, -96863815.0, 119936919.0, -95172581.0, -125507377.0, 128293087.0]
INVERSES = [8.483404158728648e-06, 0.4457697380316614, 0.002226731374245994, 3.8953437904943424]
E = [0.0, -0.0, 1.0, -1.0, 2.0, 3.0, -3.0, 0.5, -0.5, 1 / 3, 1800.0, -1800.0, float('inf'), float('-inf'), float('nan')]


@cc.export('fpow', 'f8(f8, f8)')
def fpow(x, y):
    return x ** y


@cc.export('square', 'f8(f8)')
def square(x):
    return x ** 2


@cc.export('inverse', 'f8(f8)')
def inverse(x):
    return x ** -1.0


@cc.export('cube', 'f8(f8)')
def cube(x):
    return x ** 3


@cc.export('ipow_float', 'f8(i8, f8)')
def ipow_float(n, y):
    return n ** y


CASES = {
    'square': [(x,) for x in F + TIES],
    'inverse': [(x,) for x in F + INVERSES],
    'fpow': [(x, y) for x in F for y in E] + [(x, 2.0) for x in TIES] + [(x, -1.0) for x in INVERSES],
    'cube': [(x,) for x in F],
    'ipow_float': [(n, y) for n in [0, 2, -2] for y in [0.5, -1.0, 2.0]],
}
# CPython returns a complex for a negative base to a fractional power; a
# float function cannot, so pycc raises ValueError (README, deviations).
DEVIATIONS = {('fpow', (x, y)): 'ValueError' for x in F for y in E
              if x < 0 and x != float('-inf') and y not in (float('inf'), float('-inf')) and y == y and y != int(y)}
DEVIATIONS.update({('ipow_float', (-2, 0.5)): 'ValueError'})
