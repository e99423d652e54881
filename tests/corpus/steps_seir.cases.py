import numpy as np


def args(initial, exponent):
    # Two compartments, one node, two times, no seeding, no mobility. The kernel counts
    # transitions by transitions.shape[0] but reads them column-wise, so the table is 5 x 5.
    transitions = np.array([[0] * 5, [1] * 5, [0] * 5, [0] * 5, [1] * 5], dtype=np.int64)
    return (np.int32(2), np.int32(1), np.array([0.0, 1.0]), np.full((1, 2, 1), exponent), 1.0, transitions,
            np.array([[0, 1], [0, 0]], dtype=np.int64), np.array([0], dtype=np.int64),
            np.array(initial, dtype=np.float64), np.array([0, 0, 0], dtype=np.int64),
            np.zeros((4, 0), dtype=np.int64), np.array([0.0]), np.array([0], dtype=np.int32),
            np.array([0, 0], dtype=np.int32), np.array([100], dtype=np.int64), False)


CASES = {
    "steps_SEIR_nb": [lambda: args([[100.0], [0.0]], 0.5), lambda: args([[50.0], [3.0]], 0.25),
                      lambda: args([[1e11], [0.0]], 0.5)],
}
