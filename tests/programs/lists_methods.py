# List methods beyond append/pop: sort() (numbers and tuples, reverse=),
# reverse(), extend(list), insert(i, x) (CPython's index clamping), also
# on lists of lists and on the caller's (reflected) list.
from pycc import CC

cc = CC('lists_methods')


def code(xs):
    h = 0
    for x in xs:
        h = (h * 31 + x) % 1000000007
    return h * 100 + len(xs)


@cc.export('sort_ints', 'i8(i8, i8)')
def sort_ints(n, seed):
    xs = []
    s = seed
    for _ in range(n):
        s = (s * 1103515245 + 12345) % 2147483648
        xs.append(s % 100 - 50)
    xs.sort()
    ok = 1
    for i in range(1, len(xs)):
        if xs[i - 1] > xs[i]:
            ok = 0
    return code(xs) * 10 + ok


@cc.export('sort_floats', 'f8(i8, b1)')
def sort_floats(n, rev):
    xs = [((i * 7919) % 13) * 0.5 - 2.0 for i in range(n)]
    xs.sort(reverse=rev)
    s = 0.0
    for i in range(len(xs)):
        s = s * 1.5 + xs[i]
    return s


@cc.export('sort_pairs', 'i8(i8)')
def sort_pairs(n):
    ps = [((i * 5) % 3, -i) for i in range(n)]
    ps.sort()
    h = 0
    for a, b in ps:
        h = (h * 37 + a * 11 + b) % 1000003
    ps.sort(reverse=True)
    a0, b0 = ps[0]
    return h * 1000 + a0 * 100 - b0


@cc.export('sort_bools', 'i8(i8)')
def sort_bools(n):
    bs = [i % 3 == 0 for i in range(n)]
    bs.sort()
    t = 0
    for b in bs:
        t = t * 2 + (1 if b else 0)
    return t


@cc.export('rev', 'i8(i8)')
def rev(n):
    xs = [i * i for i in range(n)]
    xs.reverse()
    ys = [[i] for i in range(n)]
    ys.reverse()
    t = 0
    for y in ys:
        t = t * 10 + y[0]
    return code(xs) + t


@cc.export('ext', 'i8(i8)')
def ext(n):
    xs = [1, 2]
    xs.extend([i * 3 for i in range(n)])
    xs.extend(xs)
    ys = []
    ys.extend(xs)
    zs = [0.5]
    zs.extend(xs)
    return code(ys) + len(zs) * 7 + int(zs[-1])


@cc.export('ins', 'i8(i8, i8)')
def ins(i, x):
    xs = [10, 20, 30]
    xs.insert(i, x)
    xs.insert(0, -1)
    xs.insert(len(xs), 99)
    return code(xs)


@cc.export('ins_empty', 'i8(i8)')
def ins_empty(i):
    xs = [0]
    xs.pop()
    xs.insert(i, 5)
    return code(xs)


@cc.export('ins_rows', 'i8(i8)')
def ins_rows(i):
    rows = [[1], [2, 2]]
    rows.insert(i, [3, 3, 3])
    t = 0
    for r in rows:
        t = t * 10 + len(r)
    return t


@cc.export('sort_arg', 'i8(List(int64))')
def sort_arg(xs):
    xs.sort()
    xs.insert(1, -7)
    xs.reverse()
    return len(xs)


@cc.export('slices', 'i8(i8, i8, i8)')
def slices(a, b, c):
    xs = [i * i for i in range(10)]
    ys = xs[a:b]
    zs = xs[a:b:c]
    ws = xs[::-1]
    ys.append(1000)
    t = len(xs[a:]) * 1000 + len(xs[:b])
    return code(ys) + code(zs) * 3 + code(ws) * 5 + t + sum(xs[1:4])


@cc.export('slice_rows', 'i8(i8)')
def slice_rows(k):
    rows = [[i, i + 1] for i in range(5)]
    top = rows[:k]
    top[0][0] = 77
    t = 0
    for r in rows[1:]:
        t = t * 10 + r[0]
    return t * 1000 + rows[0][0] + len(top)


CASES = {
    'slices': [(0, 10, 1), (2, 7, 2), (-3, -1, 1), (8, 2, -2), (5, 5, 3), (0, 10, 0), (-100, 100, -1)],
    'slice_rows': [(1,), (3,)],
    'sort_ints': [(0, 1), (1, 2), (10, 3), (200, 4)],
    'sort_floats': [(0, False), (5, False), (13, True), (40, True)],
    'sort_pairs': [(1,), (7,), (30,)],
    'sort_bools': [(0,), (7,)],
    'rev': [(0,), (1,), (6,), (7,)],
    'ext': [(0,), (3,)],
    'ins': [(0, 5), (1, 5), (3, 5), (10, 5), (-1, 5), (-3, 5), (-10, 5)],
    'ins_empty': [(0,), (-2,), (3,)],
    'ins_rows': [(0,), (1,), (-1,), (5,)],
    'sort_arg': [lambda: ([3, 1, 2],), lambda: ([],)],
}
