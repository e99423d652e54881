import numpy as np


def grid(rows, h, w, k, x1, y1, x2, y2):
    # The file's own input handling: a padded boolean grid, raveled, with padded H, W.
    c = np.zeros((h + 2, w + 2), np.bool_)
    c[1:-1, 1:-1] = np.array([[ch == '.' for ch in r] for r in rows])
    c = c.ravel()
    h += 2
    w += 2
    return (c, h, w, w * x1 + y1, w * x2 + y2, k)


CASES = {
    "main": [grid(["....", "....", ".@..", "..@."], 4, 4, 2, 1, 1, 4, 4),
             grid(["...", "...", "..."], 3, 3, 1, 1, 1, 3, 3),
             grid([".@.", "@@@", ".@."], 3, 3, 5, 1, 1, 3, 3),
             grid(["..", ".."], 2, 2, 3, 2, 2, 2, 2)],
}
