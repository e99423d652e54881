# One-row images (the signature's 2-d `vander` rows take a (1, n) product),
# degree 1 and 2; the output buffers are compared after the call.
import numpy as np


def bufs(deg, n):
    psize = ((deg + 1) * (deg + 2)) // 2
    f4 = np.float32
    im = np.linspace(0.0, 1.0, n, dtype=f4).reshape(1, n)
    y = np.full((1, 1), 0.5, dtype=f4)
    x = np.linspace(-1.0, 2.0, n, dtype=f4).reshape(1, n)
    valid = np.array([[i % 3 != 0 for i in range(n)]])
    return (im, np.zeros((psize, n), f4), valid, x, y, deg, np.zeros((1, n), f4), np.zeros((1, n), f4),
            np.zeros((2 * deg + 1, 2 * deg + 1), f4), np.zeros((psize, n), f4))


CASES = {"tightinnerloop": [lambda: bufs(1, 5), lambda: bufs(2, 7)]}
