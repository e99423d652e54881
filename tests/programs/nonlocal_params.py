# `nonlocal` of a parameter of the enclosing function: the parameter's
# value moves into a cell that the outer function and its nested functions
# share, as CPython's closures share the variable (numbers here; an array
# parameter's cell is a list of arrays, which cannot be passed yet).
from pycc import CC

cc = CC('nonlocal_params_prog')


@cc.export('bump', 'i8(i8)')
def bump(n):
    def inc():
        nonlocal n
        n += 1

    inc()
    inc()
    return n


@cc.export('newton_sqrt', 'f8(f8, i8)')
def newton_sqrt(x, steps):
    # The nested function rebinds the parameter; another one only reads it.
    guess = x / 2.0 if x > 1.0 else 1.0

    def step():
        nonlocal guess, x
        guess = 0.5 * (guess + x / guess)
        if guess * guess == x:
            x = -1.0

    def done():
        return x < 0.0

    for _ in range(steps):
        if done():
            break
        step()
    return guess + x


@cc.export('clamp_count', 'i8(i8, i8, i8)')
def clamp_count(lo, hi, k):
    # Two parameters shared, one of them also assigned by the outer body.
    def shrink(d):
        nonlocal lo, hi
        lo += d
        hi -= d
        return hi - lo

    total = 0
    while shrink(k) > 0:
        total += 1
        if total > 5:
            lo = hi
    return total * 1000 + lo * 10 + hi


CASES = {
    'bump': [(3,), (-1,), (9223372036854775806,)],
    'newton_sqrt': [(2.0, 6), (16.0, 20), (0.25, 3), (9.0, 0)],
    'clamp_count': [(0, 10, 1), (0, 100, 1), (5, 4, 1), (-3, 3, 2)],
}
