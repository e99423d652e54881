import numpy as np

KNOTS = np.array([0.0, 1.0, 0.25])  # xmin, xmax, dx: 4 cells, 7 cubic B-splines
COEFFS = np.array([0.0, 0.5, 2.0, 1.0, -1.0, 0.5, 3.0])
KNOTS2 = np.array([-1.0, 1.0, 0.5])
C2 = np.outer(COEFFS, np.linspace(1.0, 2.0, 7))
XS = np.array([0.0, 0.1, 0.37, 0.5, 0.99, 1.0])
YS = np.array([-1.0, -0.3, 0.2, 0.75, 0.9, 1.0])

CASES = {
    "cu_find_span": [(0.0, 1.0, 0.25, 0.3), (0.0, 1.0, 0.25, 1.0), (0.0, 1.0, 0.25, 0.0)],
    "cu_basis_funs": [lambda: (4, 0.3, np.zeros(4)), lambda: (3, 0.0, np.zeros(4))],
    "cu_basis_funs_1st_der": [lambda: (4, 0.3, 0.25, np.zeros(4)), lambda: (5, 1.0, 0.5, np.zeros(4))],
    "cu_eval_spline_1d_scalar": [(x, KNOTS, 3, COEFFS, d) for x in (0.0, 0.37, 1.0) for d in (0, 1)],
    "cu_eval_spline_1d_vector": [lambda d=d: (XS, KNOTS, 3, COEFFS, np.zeros(6), d) for d in (0, 1)],
    "cu_eval_spline_2d_scalar": [(0.37, 0.2, KNOTS, 3, KNOTS2, 3, C2, 0, 0), (0.9, -0.3, KNOTS, 3, KNOTS2, 3, C2, 1, 0),
                                 (1.0, 1.0, KNOTS, 3, KNOTS2, 3, C2, 1, 1)],
    "cu_eval_spline_2d_cross": [lambda a=a, b=b: (XS[:3], YS[:4], KNOTS, 3, KNOTS2, 3, C2, np.zeros((3, 4)), a, b)
                                for a in (0, 1) for b in (0, 1)],
    "cu_eval_spline_2d_vector": [lambda a=a, b=b: (XS, YS, KNOTS, 3, KNOTS2, 3, C2, np.zeros(6), a, b)
                                 for a in (0, 1) for b in (0, 1)],
}
