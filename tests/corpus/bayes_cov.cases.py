import numpy as np

# Total discharge of six ADCP transects (m3/s).
Q = np.array([101.2, 98.7, 103.5, 99.9, 100.4, 102.1])

CASES = {
    "is_feasible": [(1.0,), (float("inf"),), (float("nan"),), (-float("inf"),)],
    "log_post": [(np.array([100.0, 0.03]), Q, 0.03, 0.2), (np.array([101.0, 0.05]), Q, 0.03, 0.2)],
    "metropolis": [(np.array([100.0, 0.03]), Q, 0.03, 0.2, 50, np.array([1.0, 0.006]))],
    "bayes_cov": [(Q, 0.03, 0.2, 200)],
}
