# Lists inside compiled functions (numba's typed lists of numbers and of
# tuples of numbers): displays, [x] * n, comprehensions, indexing, len,
# append, pop, iteration, sum/min/max, `in`, truthiness, and their errors.
from array import array
from pycc import CC

cc = CC('lists')


@cc.export('display', 'i8(i8, i8)')
def display(a, b):
    xs = [a, b, a + b, 7]
    xs[1] = xs[-1] * 2
    xs[0] += b
    return xs[0] * 1000 + xs[1] * 100 + xs[2] * 10 + len(xs)


@cc.export('repeat', 'f8(i8, f8)')
def repeat(n, x):
    zs = [0.0] * n
    ws = n * [x]
    for i in range(len(zs)):
        zs[i] = ws[i] * i
    return sum(zs) + len(ws)


@cc.export('index', 'i8(i8, i8)')
def index(n, i):
    xs = [k * k for k in range(n)]
    return xs[i]


@cc.export('store', 'i8(i8, i8, i8)')
def store(n, i, v):
    xs = [1] * n
    xs[i] = v
    return sum(xs)


@cc.export('comp_filter', 'i8(i8)')
def comp_filter(n):
    evens = [k for k in range(n) if k % 2 == 0]
    sq = [e * e for e in evens]
    t = 0
    for i, e in enumerate(sq):
        t += i * e
    return t + len(evens)


@cc.export('comp_array', 'f8(f8[:])')
def comp_array(a):
    pos = [x * 2.0 for x in a if x > 0.0]
    if not pos:
        return -1.0
    return sum(pos) + max(pos) - min(pos)


@cc.export('stack', 'i8(i8)')
def stack(n):
    st = []
    total = 0
    for i in range(n):
        st.append(i)
        if i % 3 == 2:
            total += st.pop() * 10
    while st:
        total += st.pop()
    return total


@cc.export('pop_at', 'i8(i8, i8)')
def pop_at(n, i):
    xs = [k + 1 for k in range(n)]
    got = xs.pop(i)
    return got * 1000 + sum(xs) * 10 + len(xs)


@cc.export('pop_empty', 'i8(i8)')
def pop_empty(n):
    xs = [5]
    for _ in range(n):
        xs.pop()
    return len(xs)


@cc.export('min_empty', 'f8(i8)')
def min_empty(n):
    xs = [1.5 * k for k in range(n)]
    return min(xs)


@cc.export('max_ints', 'i8(i8, i8)')
def max_ints(n, m):
    xs = [(k * 7) % m for k in range(n)]
    return max(xs) * 100 + min(xs)


@cc.export('contains', 'b1(i8, i8)')
def contains(n, x):
    xs = [k * 3 for k in range(n)]
    return x in xs and x not in [6, 9]


@cc.export('literal_index', 'i8(i8)')
def literal_index(i):
    dx = [0, 1, 0, -1]
    t = 0
    for k in range(4):
        t = t * 10 + dx[(i + k) % 4] + [5, 6, 7, 8][k]
    return t + [1, 2, 3][i]


@cc.export('widen', 'f8(i8)')
def widen(n):
    xs = [1, 2]
    for k in range(n):
        xs.append(k / 2)
    return sum(xs)


@cc.export('bools', 'i8(i8)')
def bools(n):
    flags = [False] * n
    for k in range(0, n, 3):
        flags[k] = True
    c = 0
    for f in flags:
        if f:
            c += 1
    return c * 100 + sum(flags)


@cc.export('grow_iter', 'i8(i8)')
def grow_iter(n):
    xs = [1]
    for x in xs:
        if len(xs) < n:
            xs.append(x + 1)
    return sum(xs)


@cc.export('alias', 'i8(i8)')
def alias(n):
    a = [0] * 3
    b = a
    b[0] = n
    a.append(2)
    return a[0] + len(b) * 10


@cc.export('ints_wrap', 'i8(i8)')
def ints_wrap(x):
    xs = [x, x]
    return sum(xs)


@cc.export('for_else', 'i8(i8)')
def for_else(x):
    v = 0
    for v in [3, 1, 4, 1, 5]:
        if v == x:
            break
    else:
        return -1
    return v


@cc.export('nested_comp', 'i8(i8, i8)')
def nested_comp(n, m):
    pairs = [i * m + j for i in range(n) for j in range(m) if i != j]
    return sum(pairs) * 1000 + len(pairs)


@cc.export('tuples', 'i8(i8)')
def tuples(n):
    ps = []
    for i in range(n):
        ps.append((i, i * i))
    t = 0
    for a, b in ps:
        t += a * b
    c, d = ps[-1]
    e, f = ps.pop(0)
    return t * 100 + c * 10 + d + e + f + len(ps)


@cc.export('tuple_repeat', 'f8(i8)')
def tuple_repeat(n):
    ds = [(1e18, 0)] * n
    ds[0] = (0.5, 3)
    best = 1e300
    for d, k in ds:
        if d + k < best:
            best = d + k
    return best


def fill(xs, v):
    for i in range(len(xs)):
        xs[i] = v * i
    xs.append(-1)


def evens(n):
    return [k * 2 for k in range(n)]


def push_pair(ps, a, b):
    ps.append((a, b))
    return len(ps)


@cc.export('by_reference', 'i8(i8)')
def by_reference(n):
    a = [0] * n
    fill(a, 3)
    b = evens(n)

    def at(i):
        return a[i] + b[i]

    return sum(a) * 1000 + len(a) * 100 + at(n - 1) + len(b)


@cc.export('helper_tuples', 'f8(i8)')
def helper_tuples(n):
    ps = [(0.5, 1)]
    for i in range(n):
        push_pair(ps, i * 0.25, i)
    t = 0.0
    for x, k in ps:
        t += x * k
    return t + len(ps)


I = [0, 1, 2, 3, 5, 10]
CASES = {
    'display': [(a, b) for a in (0, 1, -5, 2**62) for b in (0, 3, -7)],
    'repeat': [(n, x) for n in (-2, 0, 1, 5) for x in (0.5, -1.25, float('inf'))],
    'index': [(n, i) for n in (0, 1, 4) for i in (-5, -4, -1, 0, 3, 4)],
    'store': [(n, i, v) for n in (0, 3) for i in (-4, -3, -1, 0, 2, 3) for v in (9,)],
    'comp_filter': [(n,) for n in I],
    'comp_array': [(array('d', a),) for a in ([], [1.0, -2.0, 3.5], [-1.0], [0.25, 0.5, float('nan')])],
    'stack': [(n,) for n in I],
    'pop_at': [(n, i) for n in (0, 1, 4) for i in (-5, -4, -1, 0, 2, 3, 4)],
    'pop_empty': [(n,) for n in (0, 1, 2)],
    'min_empty': [(n,) for n in (0, 1, 4)],
    'max_ints': [(n, m) for n in (1, 5, 20) for m in (3, 11)],
    'contains': [(n, x) for n in (0, 4, 10) for x in (0, 3, 6, 9, 12, 7)],
    'literal_index': [(i,) for i in (-3, -1, 0, 1, 2, 3)],
    'widen': [(n,) for n in (0, 1, 5)],
    'bools': [(n,) for n in (0, 1, 7)],
    'grow_iter': [(n,) for n in (0, 1, 6)],
    'alias': [(n,) for n in (0, 4)],
    'ints_wrap': [(x,) for x in (1, 2**62, 2**63 - 1, -2**63)],
    'for_else': [(x,) for x in (3, 5, 2)],
    'nested_comp': [(n, m) for n in (0, 2, 4) for m in (1, 3)],
    'tuples': [(n,) for n in (1, 2, 6)],
    'tuple_repeat': [(n,) for n in (1, 3)],
    'by_reference': [(n,) for n in (0, 1, 5)],
    'helper_tuples': [(n,) for n in (0, 3)],
}
