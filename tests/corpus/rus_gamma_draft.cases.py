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

# gamma_matrix is a draft: `range(N - j)` reads `j` before the loop binds it
# (UnboundLocalError for N > 0); with N = 0 it returns its placeholder array.
CASES = {
    "it_c": [(0, 0), (1, 2), (2, 0), (0, 1)],
    "generate_term_in_gamma_matrix_element": [(E1, E2, 0, 1, 0, 2, C, GEO), (E3, E3, 0, 0, 0, 0, C, GEO),
                                              (E3, E1, 1, 2, 1, 0, C, GEO), (E1, E1, 2, 2, 1, 1, C, GEO)],
    "generate_matrix_element_gamma": [(0, 1, E1, E2, C, GEO), (1, 1, E3, E3, C, GEO), (2, 0, E3, E2, C, GEO)],
    "gamma_matrix": [(0, C, GEO), (1, C, GEO), (3, C, GEO)],
}
