# `g(*xs)` with a list `xs`: CPython passes len(xs) arguments; a count
# that does not fit g's parameters is CPython's TypeError, checked when
# the call runs.
from pycc import CC

cc = CC('star_call_list')


def g(a, b):
    return a * 10 + b


def three(x, y, z):
    return x * 100 + y * 10 + z


def none():
    return 7


def scaled(k, a, b):
    return k * (a + b)


@cc.export('two', 'i8(i8)')
def two(n):
    xs = [1, 2]
    for i in range(n):
        xs.append(i)
    return g(*xs)


@cc.export('missing', 'i8(i8)')
def missing(n):
    xs = [4]
    while len(xs) < n:
        xs.append(len(xs))
    r = three(*xs)
    return r


@cc.export('empty', 'i8(i8)')
def empty(n):
    xs = [0] * n
    return none(*xs)


@cc.export('mixed', 'f8(f8, i8)')
def mixed(k, n):
    ys = [0.5 * i for i in range(n)]
    return scaled(k, *ys)


@cc.export('statement', 'i8(i8)')
def statement(n):
    xs = [n, n]
    if n > 3:
        xs.pop()
    g(*xs)
    return n


CASES = {
    'two': [{'args': (n,), 'kwargs': {}} for n in (0, 1, 3)],
    'missing': [{'args': (n,), 'kwargs': {}} for n in (0, 1, 2, 3, 4)],
    'empty': [{'args': (n,), 'kwargs': {}} for n in (0, 1, 2)],
    'mixed': [{'args': (2.0, n), 'kwargs': {}} for n in (0, 1, 2, 3)],
    'statement': [{'args': (n,), 'kwargs': {}} for n in (1, 5)],
}
