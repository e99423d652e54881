# List concatenation and repetition: `a + b` and `a * n` make new lists.
from numba.pycc import CC

cc = CC('lists_concat')


@cc.export('concat', 'i8(i8)')
def concat(n):
    a = [1, 2, 3]
    b = [n, n + 1]
    c = a + b
    d = c + [5]
    e = [0] + d
    s = 0
    for i in range(len(e)):
        s = s * 3 + e[i]
    b.append(9)  # c is a new list: unchanged
    return s + len(e) * 1000 + len(c) * 100000


@cc.export('repeat', 'f8(i8)')
def repeat(n):
    a = [1.5, 2.5]
    c = a * n
    d = n * [1.0, 2.0]
    t = 0.0
    for x in c:
        t += x
    for x in d:
        t = t * 2 + x
    return t + len(c) + 10 * len(d)


@cc.export('member', 'b1(i8)')
def member(n):
    a = [1, 2, 3]
    return n in a + [7]


@cc.export('grow', 'i8(i8)')
def grow(n):
    a = [1]
    for i in range(n):
        a = a + [i * 2]
        a = [i] + a
    return sum(a) * 100 + len(a) + max(a + [0]) * 10000


@cc.export('tuples', 'f8(i8)')
def tuples(n):
    a = [(1, 2.5)]
    b = a + [(n, 0.5)] * 2
    t = 0.0
    for x, y in b:
        t = t * 3 + x + y
    return t


@cc.export('nested', 'i8(i8)')
def nested(n):
    a = [[1], [2]]
    c = a + [[n]]
    d = a * 2
    d[0].append(5)  # the rows are shared with a and d[2], as CPython's
    return len(c) + len(d) * 10 + c[2][0] * 100 + len(a[0]) * 1000 + len(d[2]) * 10000


CASES = {
    'nested': [(3,)],
    'concat': [(1,), (5,), (-3,)],
    'repeat': [(0,), (3,), (-1,)],
    'member': [(7,), (2,), (4,)],
    'grow': [(0,), (1,), (4,)],
    'tuples': [(0,), (2,)],
}
