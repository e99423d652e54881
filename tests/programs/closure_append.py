# Nested functions that change a list of the enclosing function (`out =
# []`, `def add(x): out.append(x)`): inlined at their calls, they run as
# CPython's closures do (the arguments first, then the body reading the
# enclosing variables as they are at the call), exceptions included.
from pycc import CC

cc = CC('closure_append')


@cc.export('squares', 'i8(i8)')
def squares(n):
    out = []

    def add(x):
        out.append(x * x)

    for i in range(n):
        add(i)
    return sum(out) + len(out)


@cc.export('pairs', 'f8(i8)')
def pairs(n):
    points = []
    scale = 0.5

    def emit(i, j):
        """Records one pair."""
        d = (i - j) * scale
        if d < 0:
            d = -d
        points.append((i, d))

    for i in range(n):
        emit(i, n - i)
        scale += 0.25
    s = 0.0
    for i, d in points:
        s += i * d
    return s


@cc.export('filtered', 'i8(i8)')
def filtered(n):
    kept = []
    dropped = []

    def keep(v):
        if v % 3 == 0:
            dropped.append(v)
        else:
            kept.append(v)

    def keep_all(a, b):
        for v in range(a, b):
            kept.append(v * 100)

    k = 0
    while k < n:
        keep(k)
        k += 1
    if n > 4:
        keep_all(0, 3)
    return len(kept) * 1000 + len(dropped) * 10 + sum(kept)


@cc.export('checked', 'i8(i8)')
def checked(n):
    out = []

    def add(x):
        if x > 5:
            raise ValueError("too big")
        out.append(10 // (3 - x))

    try:
        for i in range(n):
            add(i)
    except ZeroDivisionError:
        return -len(out)
    return sum(out)


CASES = {
    'squares': [(n,) for n in (0, 1, 5, 100)],
    'pairs': [(n,) for n in (0, 1, 7)],
    'filtered': [(n,) for n in (0, 4, 10)],
    'checked': [{'args': (n,), 'kwargs': {}} for n in (0, 3, 5, 8)],
}
