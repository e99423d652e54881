# A 4x4 board with two queens and one arrow; the move cache starts empty
# (-1) or, for one case, already holds the moves from (0, 0).
import numpy as np

DIR = np.array([[-1, -1], [-1, 0], [-1, 1], [0, -1], [0, 1], [1, -1], [1, 0], [1, 1]], dtype=np.int8)
N = 4
TILES = 16


def empty():
    e = np.ones((4, 4), dtype=np.bool_)
    e[0, 0] = e[3, 2] = e[1, 2] = False  # two queens, one arrow
    return e


def cache():
    return np.full((4, 4, TILES, 2), -1, dtype=np.int8)


def warm_cache():
    c = cache()
    c[0, 0, :3] = [[0, 1], [1, 0], [1, 1]]
    return c


def seeds():
    p = np.zeros((TILES, 2), dtype=np.int8)
    p[0] = [0, 0]
    return p


CASES = {
    "possible_moves": [lambda: (DIR, N, TILES, empty(), np.array([0, 0], np.int8), cache(), False),
                       lambda: (DIR, N, TILES, empty(), np.array([3, 2], np.int8), cache(), True),
                       lambda: (DIR, N, TILES, empty(), np.array([0, 0], np.int8), warm_cache(), False)],
    "possible_moves_ignore_pos": [
        lambda: (DIR, N, TILES, empty(), np.array([1, 1], np.int8), np.array([0, 0], np.int8), False),
        lambda: (DIR, N, TILES, empty(), np.array([2, 2], np.int8), np.array([3, 2], np.int8), True)],
    "reachability_grid": [lambda: (np.zeros((4, 4), np.int8), N, DIR, TILES, empty(), cache(), seeds(), 1)],
    "possible_actions": [lambda: (DIR, N, TILES, empty(), np.array([[0, 0], [3, 2]], np.int8), cache(), False),
                         lambda: (DIR, N, TILES, empty(), np.array([[3, 2]], np.int8), cache(), True)],
}
