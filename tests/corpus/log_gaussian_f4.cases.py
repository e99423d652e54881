import numpy as np


def SETUP(ns):
    # The file makes its CC inside this function; calling it declares the exports
    # (the stand-in CC's compile() does nothing).
    ns["compileCC"]()


X3 = (np.arange(12, dtype=np.float32).reshape(2, 3, 2) / np.float32(3)).astype(np.float32)
M3 = np.linspace(-1.0, 2.0, 24).reshape(2, 3, 4)
S3 = np.linspace(0.5, 1.5, 24).reshape(2, 3, 4)
X2 = np.array([[0.1, -0.25, 3.0], [1.5, 0.0, -2.0]], dtype=np.float32)

CASES = {
    "log_gaussian_CC": [(X3, M3, S3)],
    "log_gaussian2_CC": [(X2, M3[0, :2, :3].copy(), S3[1, :2, :3].copy())],
}
