import numpy as np

# Elastic constants of a cubic crystal (GPa, Voigt order) and a 3x2x1 box.
C = np.array([[247.0, 153.0, 153.0, 0.0, 0.0, 0.0],
              [153.0, 247.0, 153.0, 0.0, 0.0, 0.0],
              [153.0, 153.0, 247.0, 0.0, 0.0, 0.0],
              [0.0, 0.0, 0.0, 124.0, 0.0, 0.0],
              [0.0, 0.0, 0.0, 0.0, 124.0, 0.0],
              [0.0, 0.0, 0.0, 0.0, 0.0, 124.0]])
GEO = np.array([3.0, 2.0, 1.0])
E1 = np.array([1, 0, 0])
E2 = np.array([0, 0, 1])
E3 = np.array([2, 1, 0])

# options 1 and 2 of the gamma terms call fact2 with a float, which plain
# Python's range() rejects with TypeError (numba casts to i8).
CASES = {
    "fact2": [(7,), (8,), (0,), (-1,), (1,), (-3,)],
    "it_c": [(0, 0), (1, 2), (2, 0), (0, 1)],
    "generate_term_in_gamma_matrix_element": [(E1, E2, 0, 1, 0, 2, C, GEO, 0), (E3, E3, 0, 0, 0, 0, C, GEO, 0),
                                              (E3, E1, 1, 2, 1, 0, C, GEO, 0), (E1, E1, 2, 2, 1, 1, C, GEO, 0),
                                              (E3, E1, 1, 2, 1, 0, C, GEO, 1), (E3, E3, 0, 0, 0, 0, C, GEO, 2)],
    "generate_matrix_element_gamma": [(0, 1, E1, E2, C, GEO, 0), (1, 1, E3, E3, C, GEO, 0)],
    "generate_matrix_element_E": [(0, 0, E1, E1, 0), (0, 0, E3, E3, 1), (1, 1, E3, E3, 2), (0, 1, E1, E1, 0),
                                  (2, 2, E1, E2, 0)],
    "generate_combinations": [(0,), (1,), (2,), (3,)],
    "E_matrix": [(1, 0), (2, 1), (2, 2)],
    "gamma_matrix": [(1, C, GEO, 0), (2, C, GEO, 0), (1, C, GEO, 1)],
}
