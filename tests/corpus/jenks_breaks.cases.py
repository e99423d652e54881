# Natural breaks of small sorted samples into 2 to 4 classes.
import numpy as np

V = np.array([1.0, 1.5, 2.0, 7.0, 7.5, 8.0, 20.0, 21.0, 22.5, 40.0])
CASES = {
    "_fisher_jenks_means_numpy": [(V, 3), (V, 2), (V, 4), (np.array([0.1, 0.2, 0.4, 0.9, 1.6]), 2)],
}
