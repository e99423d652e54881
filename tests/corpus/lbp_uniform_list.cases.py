import numpy as np

CASES = {
    "fold_histogram": [(np.arange(256, dtype=np.float64),), (np.random.RandomState(1).rand(256),)],
}
