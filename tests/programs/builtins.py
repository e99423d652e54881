# Builtins with CPython's results and errors.
from pycc import CC

cc = CC('builtins_prog')

F = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, -0.5, 3.7, -3.7, 1e18, 9.3e18, -9.3e18, 1e300, float('inf'), float('-inf'), float('nan')]


@cc.export('iabs', 'i8(i8)')
def iabs(x):
    return abs(x)


@cc.export('fabs_', 'f8(f8)')
def fabs_(x):
    return abs(x)


@cc.export('fmin', 'f8(f8, f8)')
def fmin(a, b):
    return min(a, b)


@cc.export('fmax3', 'f8(f8, f8, f8)')
def fmax3(a, b, c):
    return max(a, b, c)


@cc.export('imix', 'f8(i8, f8)')
def imix(a, b):
    return max(a, b) - min(b, a, 0)


@cc.export('to_int', 'i8(f8)')
def to_int(x):
    return int(x)


@cc.export('rounded', 'i8(f8)')
def rounded(x):
    return round(x)


@cc.export('conv', 'f8(i8, b1)')
def conv(a, b):
    return float(a) + int(b) + float(bool(a))


@cc.export('powers', 'f8(f8, f8)')
def powers(a, b):
    return pow(a, b) if a > 0 else pow(a, 2)


CASES = {
    'iabs': [(x,) for x in [0, 5, -5, 2**63 - 1, -2**63 + 1]],
    'fabs_': [(x,) for x in F],
    'fmin': [(a, b) for a in F for b in F],
    'fmax3': [(a, b, c) for a in [0.0, -0.0, float('nan'), 1.0] for b in [0.0, -0.0, float('nan'), 1.0] for c in [-0.0, 2.0]],
    'imix': [(a, b) for a in [-3, 0, 4] for b in [-2.5, 0.0, 3.5]],
    'to_int': [(x,) for x in F],
    'rounded': [(x,) for x in F],
    'conv': [(a, b) for a in [0, -3, 7] for b in [False, True]],
    'powers': [(a, b) for a in [2.0, 0.5, -3.0] for b in [0.5, 3.0, -1.0]],
}

# int(x)/round(x) of a float past int64: CPython has the big int; pycc's
# int64 result cannot hold it, so pycc raises OverflowError instead of
# wrapping (README, deviations).
DEVIATIONS = {(f, (x,)): 'OverflowError' for f in ('to_int', 'rounded') for x in (9.3e18, -9.3e18, 1e300)}
