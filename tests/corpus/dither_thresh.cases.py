import numpy as np

_rng = np.random.default_rng(5)
IMG = _rng.random((5, 6))
RGB = _rng.random((4, 3, 3))
FS = np.array([[0.0, 0.0, 7.0], [3.0, 5.0, 1.0]]) / 16.0

# ed and eds diffuse the error into img in place: fresh copies each call.
CASES = {
    "thresh": [(IMG, 0.5), (IMG, 0.0)],
    "ed": [lambda: (IMG.copy(), FS, 1.0), lambda: (IMG.copy(), FS, 0.5)],
    "eds": [lambda: (IMG.copy(), FS, 1.0), lambda: (IMG[:4].copy(), FS, 0.75)],
    "luminance": [(RGB,)],
    "luma": [(RGB,)],
    "average": [(RGB,)],
    "value": [(RGB,)],
    "lightness": [(RGB,)],
    "sharpen": [(IMG, 1.0), (IMG, 3.0)],
}
