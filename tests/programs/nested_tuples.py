from pycc import CC
cc = CC('nested_tuples')
DX = (0, 1, 0, -1)
DIRS = ((0, 1), (1, 0), (0, -1), (-1, 0))


@cc.export('step', 'i8(i8)')
def step(i):
    return DX[i]


@cc.export('walk', 'i8(i8)')
def walk(n):
    x = 0
    y = 0
    for k in range(n):
        dx, dy = DIRS[k % 4]
        x += dx * (k + 1)
        y += dy * k
    for dx, dy in DIRS:
        x += dx
    return x * 1000 + y + len(DIRS) + DIRS[3][0]


@cc.export('nested', 'f8(i8, f8)')
def nested(a, b):
    t = ((a, b), a + 1)
    (p, q), r = t
    u = t[0]
    s = t[0][1] + u[0]
    if t < ((a, b + 1.0), 0):
        s += 100.0
    if (p, q) == t[0]:
        s += 1000.0
    return s + p + q + r


@cc.export('cmp', 'i8(i8, i8, i8, i8)')
def cmp(a, b, c, d):
    r = 0
    if (a, b) < (c, d):
        r += 1
    if (a, b) <= (c, d):
        r += 2
    if (a, b) > (c, d):
        r += 4
    if (a, b) >= (c, d):
        r += 8
    if (a, b) == (c, d):
        r += 16
    if (a, b) != (c, d):
        r += 32
    if (a,) < (c, d):
        r += 64
    return r


@cc.export('cloop', 'f8(f8)')
def cloop(x):
    t = (1j * x, 2.0 + 0j, complex(x, 1.0))
    s = 0.0
    for z in t:
        s += z.real * 2.0 + z.imag
    return s


@cc.export('lnest', 'i8(i8)')
def lnest(n):
    L = [((i, i * 2), i % 3) for i in range(n)]
    L.append(((7, 8), 9))
    s = 0
    for (a, b), c in L:
        s = s * 3 + a + b * 5 + c
    (p, q), r = L.pop()
    L[0] = ((p, q), r + 1)
    x = L[0]
    return s + x[0][1] + x[1] + len(L)


@cc.export('neg_idx', 'i8(i8)')
def neg_idx(k):
    t = ((1, 2), (3, 4), (5, 6))
    a, b = t[k]
    return a * 10 + b + t[-1][-2]


@cc.export('alias', 'i8(i8)')
def alias(n):
    a = [((1, 2), 3)]
    b = a
    b.append(((n, n + 1), n + 2))
    x = b[1]
    y = a[0]
    return x[0][1] * 100 + y[0][1] * 10 + len(a)


CASES = {
    'alias': [(1,), (5,)],
    'cloop': [(0.0,), (1.5,)],
    'lnest': [(0,), (1,), (5,)],
    'neg_idx': [(0,), (2,), (-1,), (-3,), (3,), (-4,)],
    'step': [(0,), (1,), (3,), (-1,), (-4,), (4,), (-5,), (100,)],
    'walk': [(0,), (1,), (7,), (10,)],
    'nested': [(1, 2.0), (3, -1.5), (0, 0.0)],
    'cmp': [(1, 2, 1, 2), (1, 2, 1, 3), (1, 3, 1, 2), (0, 9, 1, 0), (2, 0, 1, 9)],
}
