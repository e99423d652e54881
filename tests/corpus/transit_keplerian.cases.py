# Circular to eccentric orbits; the fixed-point Kepler solver from a guess, with few and many iterations
CASES = {
    "trueAnomaly": [(0.0, 1.0), (0.3, 2.0), (0.9, -0.4)],
    "distance": [(1.0, 0.0, 0.5), (2.5, 0.6, 3.0)],
    "solve_kepler_eq": [(0.1, 1.0, 1.0, 1e-8, 100), (0.5, 2.5, 0.0, 1e-12, 5), (0.0, 0.7, 0.7, 1e-6, 100),
                        (0.3, 0.2, 0.2, 1e-10, 1000)],
}
