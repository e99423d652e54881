import numpy as np

# Health-index simulation: T=6 periods, S=4 lives, three persistence values.
_rng = np.random.default_rng(3)
EPS = _rng.normal(0.0, 1.5, (6, 4))


def _args(rhos):
    return lambda: (4, 6, np.float32(1.5), np.array(rhos), np.float32(2.0), EPS.copy(),
                    np.zeros((6, 4)), np.zeros((len(rhos), 2)))


# z_mat is (T, S) and the person loop runs over its T rows, as in the file.
CASES = {
    "loop_rho_vals": [_args([0.5, -0.2, 0.9]), _args([0.0])],
}
