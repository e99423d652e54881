import numpy as np


def grid(rows):
    return np.array([np.frombuffer(r.encode(), dtype=np.uint8) for r in rows])


# ABC151 D: the longest shortest path in a maze ('.' = 46, '#' = 35).
CASES = {
    "solve": [(3, 3, grid(["...", "...", "..."])), (3, 5, grid(["...#.", ".#.#.", ".#..."])),
              (1, 2, grid([".."])), (2, 2, grid(["#.", ".#"]))],
}
