# npbench hist_npr on a small image (npbench's `initialize` reads an RGB png: uint8)
import numpy as np

rng = np.random.RandomState(13)
IMG = rng.randint(0, 256, size=(5, 8, 3)).astype(np.uint8)
CASES = {'hist': [lambda: (IMG.copy(), np.zeros((5, 8, 3), np.uint8))]}
