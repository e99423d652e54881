# Scalars, including a nan and an infinity.
CASES = {
    "calc": [(1.5, 2.25), (-0.0, 0.0), (float("inf"), 1.0)],
    "calc2": [(3.0, 4.0), (-2.5, 0.5), (float("nan"), 1.0)],
}
