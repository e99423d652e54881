# differential-python: numpy
# Lists of lists (numba's lists of typed lists): grids built by
# comprehensions and [[..] * m] * n, dp[i][j] reads, stores and augmented
# stores, len(dp[i]), iteration over rows, append of rows, adjacency lists
# (`[[] for _ in range(n)]` then `g[u].append(v)`), unpacking an inner
# list, pop of a row, np.array of a list of lists, and their errors.
import numpy as np
from pycc import CC

cc = CC('lists_nested')


@cc.export('grid', 'i8(i8, i8)')
def grid(n, m):
    dp = [[0] * m for _ in range(n)]
    for i in range(n):
        for j in range(m):
            if i == 0 or j == 0:
                dp[i][j] = 1
            else:
                dp[i][j] = (dp[i - 1][j] + dp[i][j - 1]) % 1000003
    dp[n - 1][m - 1] += 7
    return dp[n - 1][m - 1] * 10 + len(dp) + len(dp[0])


@cc.export('shared_rows', 'i8(i8)')
def shared_rows(n):
    # [[0] * 3] * n: one row, n times (as CPython).
    rows = [[0] * 3] * n
    rows[0][1] = 5
    total = 0
    for r in rows:
        total += r[1]
    return total


@cc.export('adjacency', 'i8(i8[:], i8[:], i8)')
def adjacency(us, vs, n):
    g = [[] for _ in range(n)]
    for k in range(len(us)):
        g[us[k]].append(vs[k])
        g[vs[k]].append(us[k])
    # BFS from 0: the number of nodes reached times 100 plus the farthest distance.
    dist = [-1] * n
    dist[0] = 0
    queue = [0]
    head = 0
    while head < len(queue):
        u = queue[head]
        head += 1
        for v in g[u]:
            if dist[v] < 0:
                dist[v] = dist[u] + 1
                queue.append(v)
    far = 0
    for d in dist:
        if d > far:
            far = d
    return len(queue) * 100 + far


@cc.export('degrees', 'f8(i8)')
def degrees(n):
    g = [[0.5] for _ in range(n)]
    for i in range(n):
        for j in range(i):
            g[i].append(j * 0.25)
    s = 0.0
    for row in g:
        s += len(row) + row[-1]
    return s


@cc.export('rows_append', 'i8(i8)')
def rows_append(n):
    rows = []
    for i in range(n):
        row = [i]
        for j in range(i):
            row.append(j)
        rows.append(row)
    rows.append([100, 200])
    t = 0
    for r in rows:
        t = t * 3 + len(r) + r[-1]
    last = rows.pop()
    return t * 1000 + last[0] + len(rows)


@cc.export('unpack_pairs', 'i8(i8)')
def unpack_pairs(k):
    nbrs = [[-1, 0], [0, 1], [1, 0], [0, -1]]
    s = 0
    for a, b in nbrs:
        s = s * 7 + a * k + b
    i, j = nbrs[k]
    return s * 100 + i * 10 + j


@cc.export('unpack_bad', 'i8(i8)')
def unpack_bad(n):
    xs = [[1] * n]
    a, b = xs[0]
    return a + b


@cc.export('stack_pop', 'i8(i8)')
def stack_pop(n):
    stack = [[0, n]]
    seen = 0
    while len(stack) > 0:
        d, x = stack.pop()
        seen += 1
        if x > 1:
            stack.append([d + 1, x // 2])
            stack.append([d + 1, x - x // 2])
    return seen


@cc.export('to_array', 'i8[:, :](i8)')
def to_array(n):
    rows = [[i * 10 + j for j in range(3)] for i in range(n)]
    return np.array(rows)


@cc.export('to_array_f', 'f8[:, :](i8, f8)')
def to_array_f(n, x):
    rows = []
    for i in range(n):
        rows.append([x * i, 1.0])
    return np.asarray(rows)


@cc.export('ragged', 'i8[:, :](i8)')
def ragged(n):
    rows = [[1, 2], [3] * n]
    return np.array(rows)


@cc.export('index_error', 'i8(i8, i8)')
def index_error(i, j):
    dp = [[1, 2], [3, 4, 5]]
    return dp[i][j]


@cc.export('three', 'i8(i8)')
def three(n):
    cube = [[[i + j + k for k in range(n)] for j in range(n)] for i in range(n)]
    cube[n - 1][0][n - 1] += 100
    t = 0
    for plane in cube:
        for row in plane:
            t += sum(row)
    return t + len(cube[0][0])


@cc.export('pairs_array', 'f8[:, :](i8)')
def pairs_array(n):
    ps = [(i, i * 0.5) for i in range(n)]
    return np.array(ps)


@cc.export('pairs_int', 'i8[:, :](i8)')
def pairs_int(n):
    ps = []
    for i in range(n):
        ps.append((i, i > 1, -i))
    return np.asarray(ps)[1:]


CASES = {
    'pairs_array': [(1,), (4,)],
    'pairs_int': [(1,), (5,)],
    'grid': [(1, 1), (3, 4), (10, 12)],
    'shared_rows': [(1,), (4,)],
    'adjacency': [
        (np.array([0, 1, 2, 0]), np.array([1, 2, 3, 4]), 6),
        (np.array([0], dtype=np.int64), np.array([1], dtype=np.int64), 2),
        (np.array([0, 1]), np.array([1, 9]), 3),
    ],
    'degrees': [(1,), (5,)],
    'rows_append': [(0,), (4,)],
    'unpack_pairs': [(0,), (3,), (4,), (-1,)],
    'unpack_bad': [(1,), (2,), (3,)],
    'stack_pop': [(1,), (10,), (37,)],
    'to_array': [(1,), (4,)],
    'to_array_f': [(1, 0.5), (3, 2.0)],
    'ragged': [(2,), (1,)],
    'index_error': [(0, 1), (1, 2), (0, 2), (2, 0), (-1, -3)],
    'three': [(1,), (3,)],
}
