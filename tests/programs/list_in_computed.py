# `x in L` of a list variable where `x` is computed (`float(n % 4) in L`):
# the search runs before the statement, so the needle is computed there
# too; it was bound only at the statement, after the search read it, which
# raised UnboundLocalError('$let0'). Found by the `mixed` fuzzer (seed 58),
# reduced.
from pycc import CC

cc = CC('list_in_computed')


def h_check(v):
    return v * 2


@cc.export('in_if', 'i8(i8)')
def in_if(n):
    cnt = 0
    L0 = [1.5, 3.0]
    if float(n % 4) in L0:
        cnt += L0.index(1.5) if 1.5 in L0 else 100
    try:
        cnt += h_check(n)
    except ValueError:
        cnt += 1000
    return cnt


@cc.export('in_value', 'i8(i8, f8)')
def in_value(n, x):
    L = [x * i for i in range(n % 5)]
    a = (x + 1.0) * 2.0 in L
    return a + (float(n) - 1.0 not in L) * 2


@cc.export('in_loop', 'i8(i8)')
def in_loop(n):
    seen = []
    hits = 0
    for i in range(n % 20):
        if (i * 7) % 5 in seen:
            hits += 1
        else:
            seen.append((i * 7) % 5)
    return hits * 100 + len(seen)


CASES = {
    'in_if': [(0,), (3,), (-1,), (2,)],
    'in_value': [(n, x) for n in (0, 3, 4) for x in (0.5, 2.0, -1.0, float('nan'))],
    'in_loop': [(0,), (7,), (19,)],
}
