import numpy as np

# ABC153 F (Silver Fox vs Monster): bombs of radius D, damage A; monsters (x, h)
# given unsorted; a list of (end, damage) tuples is the queue of active bombs.
CASES = {
    "solve": [lambda: (3, 3, 2, np.array([[1, 2], [5, 4], [9, 2]], dtype=np.int64)),
              lambda: (9, 4, 1, np.array([[1, 5], [2, 4], [3, 3], [4, 2], [5, 1], [6, 2], [7, 3], [8, 4], [9, 5]], dtype=np.int64)),
              lambda: (3, 0, 1, np.array([[300000000, 1000000000], [100000000, 1000000000], [200000000, 1000000000]], dtype=np.int64))],
}
