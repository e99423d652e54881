# `is` / `is not` of bools and None on plain values: True and False are
# singletons (two bools are identical when equal), and no number is None.
from pycc import CC

cc = CC('identity')


@cc.export('flags', 'i8(b1, b1)')
def flags(b, c):
    r = 0
    if b is True:
        r += 1
    if b is False:
        r += 10
    if b is not True:
        r += 100
    if b is c:
        r += 1000
    if (b and c) is not False:
        r += 10000
    return r


@cc.export('computed', 'i8(i8, f8)')
def computed(n, x):
    r = 0
    if (n > 2) is True:
        r += 1
    if (x < 0.5) is False:
        r += 10
    if n is not None:
        r += 100
    if x is None:
        r += 1000
    found = False
    for i in range(n):
        if i * x > 3.0:
            found = True
            break
    return r + (20000 if found is True else 30000)


@cc.export('as_value', 'b1(b1, i8)')
def as_value(b, n):
    same = b is (n % 2 == 0)
    return same is not False


B = (True, False)

CASES = {
    'flags': [(b, c) for b in B for c in B],
    'computed': [(n, x) for n in (0, 1, 3, 7) for x in (-1.0, 0.25, 0.5, 2.0)],
    'as_value': [(b, n) for b in B for n in (0, 1, 2)],
}
