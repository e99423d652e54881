# Noisy sine samples (sorted x, ties included), fractions 2/3 and 0.3, 0-3 robustness steps, a delta skip; one and two points
import numpy as np

X = np.array([0.0, 0.3, 0.3, 0.9, 1.4, 2.0, 2.2, 2.9, 3.5, 3.6, 4.1, 4.8, 5.5, 6.0])
Y = np.sin(X) + np.array([0.1, -0.2, 0.05, 0.3, -0.1, 0.0, 0.4, -0.3, 0.2, -0.05, 0.1, 1.5, -0.2, 0.05])
N = X.shape[0]

CASES = {
    "smooth": [(X, Y, 2.0 / 3.0, 3, 0.0), (X, Y, 0.3, 0, 0.0), (X, Y, 0.5, 2, 0.5), (X, Y, 1.0, 1, 0.06),
               (X[:1], Y[:1], 0.6, 3, 0.0), (X[:2], Y[:2], 0.6, 3, 0.0)],
    "local_fit": [lambda: (X, Y, N, 1.4, 2, 8, np.zeros(N), False, np.ones(N)),
                  lambda: (X, Y, N, 3.6, 5, 13, np.zeros(N), True, np.linspace(0.0, 1.0, N)),
                  lambda: (X, Y, N, 0.3, 0, 3, np.zeros(N), True, np.zeros(N))],
}
