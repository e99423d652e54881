import numpy as np

CASES = {
    "cells_growth_death": [(np.array([2.0, 1e6, 1e4]), 0.0, np.array([0.3, 1.5, 1e-7, 0.02]))],
}
