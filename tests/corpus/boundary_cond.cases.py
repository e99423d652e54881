# A closed boundary (h == 0), ordinary and tiny exchange coefficients, a zero conductivity (ZeroDivisionError)
CASES = {
    "conductance": [(1.0, 0.5, 0.0), (2.0, 0.1, 10.0), (1e-3, 1.0, 1e6), (0.0, 1.0, 1.0)],
    "face_value": [(300.0, 280.0, 1.0, 0.5, 0.0), (300.0, 280.0, 2.0, 0.1, 10.0), (5.0, -5.0, 0.5, 0.25, 1e-9)],
}
