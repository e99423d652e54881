# Helpers that call each other (numba types mutual recursion when one of
# them has a return that does not recurse): the inner one is typed again
# once the outer one's return type is guessed from its base case. Also an
# int literal past int64 (FNV's constants): numba types it as uint64.
from pycc import CC

cc = CC('mutual_recursion')


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


@cc.export('parity', 'b1(i8)')
def parity(n):
    return is_even(n)


def hof_f(n):
    if n == 0:
        return 1
    return n - hof_m(hof_f(n - 1))


def hof_m(n):
    if n == 0:
        return 0
    return n - hof_f(hof_m(n - 1))


@cc.export('hofstadter', 'i8(i8)')
def hofstadter(n):
    return hof_f(n) * 1000 + hof_m(n)


def ping(x, depth):
    if depth <= 0:
        return x
    return pong(x * 0.5, depth - 1)


def pong(x, depth):
    if depth <= 0:
        return x
    return ping(x + 1.0, depth - 1) + 0.25


@cc.export('ping_pong', 'f8(f8, i8)')
def ping_pong(x, depth):
    return ping(x, depth)


@cc.export('fnv1a', 'u8(i8)')
def fnv1a(n):
    h = 14695981039346656037
    for i in range(n):
        h = h ^ (i & 255)
        h = h * 1099511628211
    return h


@cc.export('big_literal', 'b1(u8)')
def big_literal(x):
    return x == 18446744073709551615


CASES = {
    'parity': [(0,), (7,), (10,)],
    'hofstadter': [(0,), (1,), (9,), (15,)],
    'ping_pong': [(1.0, 0), (1.0, 5), (-3.5, 8)],
    'fnv1a': [(0,), (1,), (100,)],
    'big_literal': [(0,), (18446744073709551615,), (18446744073709551614,)],
}
