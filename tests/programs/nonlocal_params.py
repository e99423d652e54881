# differential-python: numpy
# `nonlocal` of a parameter of the enclosing function: the parameter's
# value moves into a cell that the outer function and its nested functions
# share, as CPython's closures share the variable (numbers here; an array
# parameter's cell is a list of arrays, which cannot be passed yet). Also:
# variables first bound together (`l, r = 0, -1`), and a `nonlocal` array
# no nested function rebinds (only stores into it), which needs no cell.
import numpy as np
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


@cc.export('deque_order', 'i8[:](i8[:])')
def deque_order(xs):
    # A deque in a fixed array with two shared ends, as a 0-1 BFS keeps it.
    dq = np.zeros(2 * len(xs) + 2, np.int64)
    dq_l, dq_r = len(xs) + 1, len(xs)

    def push_back(x):
        nonlocal dq, dq_r
        dq_r += 1
        dq[dq_r] = x

    def push_front(x):
        nonlocal dq, dq_l
        dq_l -= 1
        dq[dq_l] = x

    def size():
        nonlocal dq_l, dq_r
        return dq_r - dq_l + 1

    for x in xs:
        if x % 2 == 0:
            push_front(x)
        else:
            push_back(x)
    out = np.empty(size(), np.int64)
    for i in range(size()):
        out[i] = dq[dq_l + i]
    return out


CASES = {
    'bump': [(3,), (-1,), (9223372036854775806,)],
    'newton_sqrt': [(2.0, 6), (16.0, 20), (0.25, 3), (9.0, 0)],
    'clamp_count': [(0, 10, 1), (0, 100, 1), (5, 4, 1), (-3, 3, 2)],
    'deque_order': [(np.array([1, 2, 3, 4, 5, 6], dtype=np.int64),), (np.zeros(0, dtype=np.int64),),
                    (np.array([7], dtype=np.int64),)],
}
