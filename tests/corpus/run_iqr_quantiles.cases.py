import numpy as np

RNG = np.random.default_rng(7)
SHORT = np.array([3.0, 1.0, 4.0, 1.5, 5.0, 9.0, 2.0, 6.0])
LONG = RNG.normal(size=30)
GAPS = np.array([1.0, np.nan, 2.5, 7.0, np.nan, 3.0, 0.5, 8.0, 4.0, 6.5, 2.0, 9.5])
CASES = {
    "run_iqr": [(3, SHORT), (2, GAPS), (4, LONG), (25, LONG), (1, np.array([2.0])),
                (1, np.array([], dtype=np.float64))],
    "iqr": [(SHORT,), (GAPS,), (np.array([np.nan, 1.0]),), (LONG,)],
    "compute_quantile": [(SHORT, 0.25), (SHORT, 0.75), (LONG, 0.5), (np.array([4.0]), 0.25),
                         (SHORT, 0.0)],
}
