import numpy as np


def grid(rows):
    """The file's own input handling: a wall border around the '.' cells, flattened."""
    h, w = len(rows), len(rows[0])
    c = np.zeros((h + 2, w + 2), np.bool_)
    c[1:-1, 1:-1] = np.array([[ch == "." for ch in r] for r in rows])
    return h + 2, w + 2, c.ravel()


H1, W1, C1 = grid(["...", ".@.", "..."])
H2, W2, C2 = grid(["....", ".@@.", "...."])
H3, W3, C3 = grid([".....", "@@.@@", "....."])

CASES = {
    "main": [(H1, W1, 1, 1, 1, 3, 3, C1), (H2, W2, 2, 1, 1, 3, 4, C2), (H1, W1, 3, 1, 1, 2, 2, C1),
             (H3, W3, 2, 1, 1, 1, 5, C3), (H3, W3, 1, 1, 1, 2, 3, C3)],
}
