# Float ** with CPython's float_pow results and errors.
# differential: --fastmath
# (and once more with fastmath: floats within tests/differential.py's tolerance)
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


@cc.export('fourth', 'f8(f8)')
def fourth(x):
    return x ** 4


@cc.export('inv_square', 'f8(f8)')
def inv_square(x):
    return x ** -2


@cc.export('poly_sum', 'f8(i8)')
def poly_sum(n):
    # bench_kernels.poly_sum: three py.pow_small per iteration.
    s = 0.0
    h = 1.0 / n
    for i in range(n):
        x = i * h
        s += x ** 2 + 3 * x ** 3 + x ** 4
    return s


@cc.export('ipow_float', 'f8(i8, f8)')
def ipow_float(n, y):
    return n ** y


# py.pow_small's inputs: random ones, and odd 27-, 18- and 14-bit integers
# (whose square, cube and fourth power are exact ties or near them) and
# their neighbours; x ** n must be glibc's pow bit for bit on each.
_R = __import__('random').Random(20)
SMALL = [_R.uniform(-1e3, 1e3) for _ in range(300)] + [_R.random() for _ in range(100)]
for _bits in (27, 28, 18, 19, 14, 15):
    for _ in range(60):
        _m = _R.getrandbits(_bits) | 1 | (1 << (_bits - 1))
        _x = _m * 2.0 ** _R.randint(-20, 20)
        SMALL += [_x, __import__('math').nextafter(_x, 0.0), -_x]
SMALL += [1e-20, 2.0 ** -64, 2.0 ** -65, 2.0 ** 64, 2.0 ** 65, 1e300, 5e-324]

CASES = {
    'square': [(x,) for x in F + TIES + SMALL],
    'fourth': [(x,) for x in F + SMALL],
    'inv_square': [(x,) for x in F + SMALL],
    'poly_sum': [(1,), (7,), (1000,), (12345,)],
    'inverse': [(x,) for x in F + INVERSES + SMALL],
    'fpow': [(x, y) for x in F for y in E] + [(x, 2.0) for x in TIES] + [(x, -1.0) for x in INVERSES],
    'cube': [(x,) for x in F + SMALL],
    'ipow_float': [(n, y) for n in [0, 2, -2] for y in [0.5, -1.0, 2.0]],
}
# CPython returns a complex for a negative base to a fractional power; a
# float function cannot, so pycc raises ValueError (README, deviations).
DEVIATIONS = {('fpow', (x, y)): 'ValueError' for x in F for y in E
              if x < 0 and x != float('-inf') and y not in (float('inf'), float('-inf')) and y == y and y != int(y)}
DEVIATIONS.update({('ipow_float', (-2, 0.5)): 'ValueError'})
