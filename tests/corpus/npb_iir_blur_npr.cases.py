# npbench iir_blur_npr on a small image (npbench's `initialize` reads an RGB png: uint8)
import numpy as np

rng = np.random.RandomState(12)
IMG = rng.randint(0, 256, size=(6, 6, 3)).astype(np.uint8)
CASES = {'iir_blur': [lambda: (IMG.copy(), np.zeros((6, 6, 3), np.uint8))]}
