# Sorting, the three dual-norm projections (inside and outside the ball)
import numpy as np

V = np.array([0.5, -2.0, 1.25, -0.1, 3.0])


CASES = {
    "sillysort": [lambda: (V.copy(),), lambda: (np.array([3.0, 3.0, -1.0]),), lambda: (np.zeros(0),)],
    "sign": [(-2.5,), (0.0,), (7.0,), (-0.0,)],
    "sum_": [(V,), (np.zeros(0),)],
    "project_1": [lambda: (V.copy(), 1.0, np.zeros(5), np.zeros(5)), lambda: (V.copy(), 5.0, np.zeros(5), np.zeros(5))],
    "project_2": [lambda: (V.copy(), 1.0, np.zeros(5), np.zeros(5)), lambda: (V.copy(), 50.0, np.zeros(5), np.zeros(5))],
    "project_inf": [lambda: (V.copy(), 1.0, np.zeros(5), np.zeros(5)), lambda: (V.copy(), 0.2, np.zeros(5), np.zeros(5)),
                    lambda: (V.copy(), 100.0, np.zeros(5), np.zeros(5))],
}

# `max(0, abs(lmbd[j]) - theta) * sign(lmbd[j])`: CPython's int 0 times -1 is 0, numba's (and pycc's) float 0.0 times -1.0 is -0.0
DEVIATIONS = {"project_inf": "min/max of an int and a float, where the int is chosen (README Deviations)"}
