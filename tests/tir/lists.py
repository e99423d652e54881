# Lists: a comprehension with a filter, a repeated tuple, iteration,
# append, pop into a tuple, len and a negative index.
from pycc import CC
cc = CC('lists')


@cc.export('stack', 'f8(i8)')
def stack(n):
    xs = [k * 0.5 for k in range(n) if k % 2 == 0]
    ps = [(0, 1.0)] * 2
    for x in xs:
        ps.append((n, x))
    a, b = ps.pop()
    return b + len(xs) + xs[-1] + a
