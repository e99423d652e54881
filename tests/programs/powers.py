# Float ** with CPython's float_pow results and errors.
from pycc import CC

cc = CC('powers')

F = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -2.0, 3.0, 1.5, 1e200, -8.0, float('inf'), float('-inf'), float('nan')]
E = [0.0, -0.0, 1.0, -1.0, 2.0, 3.0, -3.0, 0.5, -0.5, 1 / 3, 1800.0, -1800.0, float('inf'), float('-inf'), float('nan')]


@cc.export('fpow', 'f8(f8, f8)')
def fpow(x, y):
    return x ** y


@cc.export('square', 'f8(f8)')
def square(x):
    return x ** 2


@cc.export('cube', 'f8(f8)')
def cube(x):
    return x ** 3


@cc.export('ipow_float', 'f8(i8, f8)')
def ipow_float(n, y):
    return n ** y


CASES = {
    'fpow': [(x, y) for x in F for y in E],
    'square': [(x,) for x in F],
    'cube': [(x,) for x in F],
    'ipow_float': [(n, y) for n in [0, 2, -2] for y in [0.5, -1.0, 2.0]],
}
# CPython returns a complex for a negative base to a fractional power; a
# float function cannot, so pycc raises ValueError (README, deviations).
DEVIATIONS = {('fpow', (x, y)): 'ValueError' for x in F for y in E
              if x < 0 and x != float('-inf') and y not in (float('inf'), float('-inf')) and y == y and y != int(y)}
DEVIATIONS.update({('ipow_float', (-2, 0.5)): 'ValueError'})
