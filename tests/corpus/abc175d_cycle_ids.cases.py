# ABC175 D's samples (P 0-based as the file's driver makes it). The
# buffers calcCycle fills start at -1, as the driver makes them; main reads
# what calcCycle would have written.
import numpy as np


def cycle_args(n, k, p, c):
    return lambda: (n, k, np.array(p, np.int64), np.array(c, np.int64), np.full(n, -1, np.int64),
                    np.full(n, -1, np.int64), np.full(n, -1, np.int64))


def main_args(n, k, p, c, ids, cnts, totals):
    return lambda: (-10 ** 18, n, k, np.array(p, np.int64), np.array(c, np.int64), np.array(ids, np.int64),
                    np.array(cnts, np.int64), np.array(totals, np.int64))


CASES = {
    "calcCycle": [cycle_args(5, 2, [1, 3, 0, 4, 2], [3, 4, -10, -8, 8]),
                  cycle_args(2, 3, [1, 0], [-1, 10]),
                  cycle_args(3, 3, [2, 0, 1], [-1000000000, -1000000000, -1000000000])],
    "main": [main_args(5, 2, [1, 3, 0, 4, 2], [3, 4, -10, -8, 8], [0] * 5, [5, -1, -1, -1, -1],
                       [-3, -1, -1, -1, -1]),
             main_args(2, 3, [1, 0], [-1, 10], [0, 0], [2, -1], [9, -1]),
             main_args(3, 3, [2, 0, 1], [-1000000000] * 3, [0] * 3, [3, -1, -1], [-3000000000, -1, -1])],
}
