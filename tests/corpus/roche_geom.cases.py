# Mass ratios from 0.01 to 100, points near and on the two stars, L1 positions, Eddington factors
CASES = {
    "lobe_radius": [(0.01,), (0.5,), (1.0,), (3.0,), (100.0,)],
    "potential": [(0.5, 0.0, 0.0, 1.0), (0.0, 0.0, 0.0, 0.3), (1.0, 0.0, 0.0, 0.3), (0.2, 0.3, -0.1, 0.7)],
    "l1_coefficients": [(1.0, 0.5), (0.3, 0.42), (2.0, 0.6)],
    "eddington": [(3.8e26, 2.0e30, 0.034), (1.0e31, 1.0e31, 0.02)],
}
