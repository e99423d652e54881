# npbench blur_npr on a small image (npbench's `initialize` reads an RGB png: uint8)
import numpy as np

rng = np.random.RandomState(11)
IMG = rng.randint(0, 256, size=(7, 9)).astype(np.uint8)
CASES = {'blur': [lambda: (IMG.copy(), np.zeros((7, 7), np.uint8))]}
