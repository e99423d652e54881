import numpy as np

T = np.arange(12)
RE = np.cos(0.3 * T) + 0.05 * T
IM = np.sin(0.3 * T) - 0.02 * T

CASES = {
    "compute_metrics": [(RE, IM, 20), (RE, IM, 12), (RE, IM, 4), (RE[:5], IM[:5], 1)],
}
