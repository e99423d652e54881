# A linear-interpolation filter bank (5 phases, 2 taps) resampling a ramp
# and a sine; an output position past the end raises IndexError.
import numpy as np

X = np.arange(8.0)
BANK = np.array([[1.0 - p, p] for p in np.linspace(0.0, 1.0, 5)])
CASES = {
    "interp_1d": [(X, X * 2.0 + 1.0, np.array([0.0, 0.5, 1.25, 3.9, 6.0]), BANK),
                  (X, np.sin(X), np.linspace(0.0, 6.5, 9), BANK),
                  (X, X, np.array([7.5]), BANK)],
}
