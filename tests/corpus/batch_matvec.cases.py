import numpy as np

M = np.arange(3 * 3 * 4, dtype=np.float64).reshape(3, 3, 4) / 7.0
V = np.linspace(-1.0, 2.0, 12).reshape(3, 4)

CASES = {
    "multf": [(1.5, -2.25), (0.1, 0.2)],
    "multi": [(6, 7), (-40000, 70000), (2**20, 2**12)],
    "square": [(3.0,), (-1.5,), (1e200,)],
    "_batch_matvec": [(M, V), (M[:, :, :1], V[:, :1])],
}
