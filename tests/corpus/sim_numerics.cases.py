# logspace of a few ranges and bases, logn of numbers; arrival_times draws from np.random (no case).
CASES = {
    "logspace": [(0.0, 2.0, 5, 10.0), (-1.0, 1.0, 3, 2.0), (1.0, 3.0, 4, 2.718281828459045)],
    "logn": [(10.0, 1000.0), (2.0, 0.5), (3.0, 81.0)],
}
