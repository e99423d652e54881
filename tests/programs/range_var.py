# A range object held in a variable: `for i in r`, `len(r)`, `r[i]`,
# `x in r`, made with one to three arguments (a step known only at run
# time: zero is CPython's ValueError where the range is made).
from pycc import CC

cc = CC('range_var')


@cc.export('walk', 'i8(i8, i8, i8)')
def walk(a, b, s):
    r = range(a, b, s)
    t = 0
    for i in r:
        t = t * 3 + i
    return t * 1000 + len(r)


@cc.export('item', 'i8(i8, i8, i8, i8)')
def item(a, b, s, k):
    r = range(a, b, s)
    return r[k]


@cc.export('member', 'i8(i8, i8, i8, i8)')
def member(a, b, s, x):
    r = range(a, b, s)
    return (x in r) * 10 + (x not in r)


@cc.export('one_arg', 'i8(i8)')
def one_arg(n):
    r = range(n)
    s = 0
    for i in r:
        for j in r:
            s += i * j
    return s * 100 + len(r) + (r[-1] if len(r) > 0 else -7)


@cc.export('rebound', 'i8(i8)')
def rebound(n):
    r = range(2)
    s = 0
    for k in range(n):
        r = range(k, r[-1] + 5)
        s += len(r) * 10 + r[0]
    return s


@cc.export('huge', 'i8(i8)')
def huge(k):
    r = range(-9223372036854775807 - 1, 9223372036854775807, 1)
    return r[k]


@cc.export('huge_len', 'i8(i8)')
def huge_len(k):
    r = range(-9223372036854775807 - 1, 9223372036854775807, k)
    return len(r)


S = (1, 2, -1, -3, 0)

CASES = {
    'walk': [(a, b, s) for a in (-4, 0, 5) for b in (-6, 0, 7) for s in S],
    'item': [(a, b, s, k) for a, b, s in ((0, 10, 3), (10, -5, -4), (3, 3, 1), (0, 5, 0)) for k in (0, 2, -1, -4, 4, 10)],
    'member': [(a, b, s, x) for a, b, s in ((0, 10, 3), (10, -5, -4), (3, 3, 1)) for x in (-5, 0, 2, 3, 6, 9, 10)],
    'one_arg': [(n,) for n in (0, 1, 4, -2)],
    'rebound': [(n,) for n in (0, 1, 4)],
    'huge': [(k,) for k in (0, -1, 5, -9223372036854775807 - 1)],
    'huge_len': [(k,) for k in (1, 2, 3, -1)],
}
