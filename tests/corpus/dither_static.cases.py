import numpy as np

IMG = np.array([[0.0, 0.2, 0.9, 1.0], [0.4, 0.5, 0.6, 0.1], [1.0, 0.0, 0.3, 0.7]])
RGB = np.stack([IMG, IMG[::-1], 1.0 - IMG], axis=2).copy()
KERNEL = np.array([[0.0, 0.0, 7 / 16], [3 / 16, 5 / 16, 1 / 16]])
BAYER = np.array([[0.0, 0.5], [0.75, 0.25]])

CASES = {
    "style_image": [(np.array([[0.0, 1.0], [1.0, 0.0]]), np.array([1, 2, 3], dtype=np.uint8),
                     np.array([250, 251, 252], dtype=np.uint8))],
    "thresh": [(IMG, 0.5)],
    "niblack": [(IMG, 3, 0.2)],
    "sauvola": [(IMG, 3, 0.5, 0.2)],
    "phansalkar": [(IMG, 3, 0.5, 0.2, 3.0, 10.0)],
    "compare": [lambda: (IMG.copy(), np.full(IMG.shape, 0.45), 3, 4)],
    "bayer_dither": [lambda: (IMG.copy(), BAYER)],
    "ed": [lambda: (IMG.copy(), KERNEL, 1.0)],
    "eds": [lambda: (IMG.copy(), KERNEL, 0.5)],
    "luminance": [(RGB,)],
    "luma": [(RGB,)],
    "average": [(RGB,)],
    "value": [(RGB,)],
    "lightness": [(RGB,)],
    "sharpen": [(IMG, 1.0)],
}
