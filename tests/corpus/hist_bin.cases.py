# Inside the range, numba returns a float64 (the unified type of n - 1 and
# np.int32(...)) while plain Python returns an np.int32: those inputs are left
# out. The edge bin and the out-of-range None are compared.
CASES = {
    "compute_bin": [(10.0, 10.0, 0.0, 10.0), (-1.0, 10.0, 0.0, 10.0), (20.0, 4.0, 0.0, 10.0), (3.0, 5.0, 3.0, 3.0)],
}
