# Arguments exactly representable in float32, so the f4 conversion of the
# arguments is exact; pycc computes `-0.5 * f4` in float64 as numba does (README:
# Deviations, `f4` arithmetic), and plain CPython computes in float64 too, so the
# two agree after the declared f4 return rounds them.
CASES = {
    "normpdf": [(0.0, 1.0, 0.5), (1.5, 0.25, -2.0), (0.0, 2.0, 0.0)],
    "exppdf": [(0.0, 1.0, 0.5), (2.0, 1.0, 1.0), (-1.0, 4.0, 3.0)],
}
