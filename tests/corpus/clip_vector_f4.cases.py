import numpy as np

CASES = {
    "clip_vector": [lambda: (np.array([-1.5, 0.25, 3.0, 7.5], dtype=np.float32), np.float32(0.0), np.float32(3.0)),
                    lambda: (np.array([np.nan, 1.0], dtype=np.float32), np.float32(-1.0), np.float32(0.5))],
}
