# Calls between the file's functions: helpers specialized per argument
# types, recursion through an export's declared signature, exceptions
# propagating through calls.
from pycc import CC

cc = CC('calls')


def sq(x):
    return x * x


def safe_div(a, b):
    if b == 0:
        raise ZeroDivisionError("b is zero")
    return a / b


def clamp(x, lo, hi):
    return max(lo, min(x, hi))


def log_step(n):
    assert n >= 0, "negative"


@cc.export('fib', 'i8(i8)')
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@cc.export('sum_squares', 'f8(i8, f8)')
def sum_squares(n, x):
    return sq(n) + sq(x)


@cc.export('ratio', 'f8(f8, f8)')
def ratio(a, b):
    return safe_div(a, b) * 2.0


@cc.export('clamped', 'i8(i8)')
def clamped(x):
    return clamp(x, -10, 10) + clamp(x * 2, 0, 5)


@cc.export('checked_sum', 'i8(i8)')
def checked_sum(n):
    t = 0
    for i in range(n):
        log_step(n - i - 1)
        t += sq(i)
    log_step(n - 100)
    return t


@cc.export('even', 'b1(i8)')
def even(n):
    if n == 0:
        return True
    return odd(n - 1)


@cc.export('odd', 'b1(i8)')
def odd(n):
    if n == 0:
        return False
    return even(n - 1)


def fib_inferred(n):
    # A recursive helper with no declared return type: inferred from the
    # base case, then checked against the recursive one.
    if n < 2:
        return n
    return fib_inferred(n - 1) + fib_inferred(n - 2)


def halving(n):
    # An int base case and a float recursive case: the type widens to float.
    if n <= 0:
        return 1
    return halving(n - 1) * 0.5


def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)


@cc.export('inferred', 'f8(i8, i8)')
def inferred(n, m):
    return fib_inferred(n) + halving(n) + gcd(n, m)


CASES = {
    'inferred': [(0, 5), (10, 4), (15, 35), (-3, 7)],
    'fib': [(n,) for n in [0, 1, 2, 10, 20]],
    'sum_squares': [(n, x) for n in [0, 3, -4] for x in [0.5, -2.0]],
    'ratio': [(a, b) for a in [1.0, -3.0] for b in [0.0, 2.0, -0.0]],
    'clamped': [(x,) for x in [-50, -3, 0, 2, 7, 99]],
    'checked_sum': [(n,) for n in [0, 5, 100, 150]],
    'even': [(n,) for n in [0, 1, 10, 7]],
    'odd': [(n,) for n in [0, 3, 8]],
}
