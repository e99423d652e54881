import numpy as np

CASES = {
    'uf_build': [(4,), (0,)],
    'uf_find': [lambda: (np.array([-3, 0, 1, -1]), 2), lambda: (np.array([-1]), 0)],
    'uf_unite': [lambda: (np.array([-1, -1, -2, 2]), 0, 3), lambda: (np.array([-2, 0, -1]), 1, 0),
                 lambda: (np.array([-1, -3, 1, 1]), 0, 2)],
}
