# Indexing an item of a list of tuples without unpacking it,
# `distances[step - 1][0]` (a hillshade kernel's precomputed steps).
from pycc import CC

cc = CC('list_tuple_items')


@cc.export('steps', 'f8(i8, f8)')
def steps(n, res):
    distances = []
    for d in range(1, n + 1):
        distances.append((d * res, -0.5 * d, 2 * d))
    total = 0.0
    for step in range(1, n + 1):
        total += distances[step - 1][0] * distances[step - 1][2] + distances[-step][1]
    return total


@cc.export('pick', 'f8(i8, i8)')
def pick(i, k):
    pts = [(1.0, 2.0, 3.0), (4.0, 5.0, 6.0)]
    return pts[i][k] + pts[i][-1]


CASES = {
    'steps': [(3, 1.5), (1, 0.25), (0, 2.0)],
    'pick': [(0, 0), (1, 2), (-1, 1), (0, -3), (2, 0), (0, 3)],
}
