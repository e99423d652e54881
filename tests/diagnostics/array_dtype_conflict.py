import numpy as np
from pycc import CC
cc = CC('m')


# From a real module (tests/corpus/log_pdf_cc.py): float32 on one path,
# float64 on the other. numba rejects it too (Array.unify needs one dtype).
@cc.export('weights', 'f8(f4[:, :], b1)')
def weights(data, use_weight):
    if use_weight:
        weight = 1.0 + (data / np.max(data))
    else:
        weight = np.ones(data.shape)
    return weight.sum()
