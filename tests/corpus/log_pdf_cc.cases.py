import numpy as np


def SETUP(ns):
    # The file makes its CC inside this function; calling it declares the exports.
    ns["compile_reconstructor_cc"]()


MU = np.array([1.5, 3.0])
WAVE = np.array([[0.1, 0.8, 0.3], [0.2, 1.9, 0.6]], dtype=np.float32)
# Squares of these float32 values are exact: CPython squares a float32 element
# in float32 (numpy scalar rules), pycc in float64 (an element is a plain
# number, as numba; README: Deviations), and the two agree only when exact.
ERR = np.array([0.25, 0.5], dtype=np.float32)
XT = np.array([0.05, 0.1])
SIG = np.array([0.2, 0.1])
TPL = np.array([[0.1, 0.6, 0.2], [0.15, 0.7, 0.25]])
W = np.ones((2, 3))

CASES = {
    "linval": [(2.0, 1.0, np.array([0.0, 1.5, -2.0]))],
    "asygaussian2d": [(np.array([1.0, 2.0]), np.array([0.1, -0.3]), np.array([0.2, 0.4]), 0.0, 0.1, 0.5, 1.2, 0.3,
                       1.5)],
    "log_pdf_hl": [(MU, WAVE, ERR, XT, TPL, W)],
    "log_pdf_ll": [(MU, WAVE, ERR, XT, SIG, TPL, np.array([1, 1, 2, 6], dtype=np.int64), 0, 4, W)],
    "template_interpolation": [(np.array([True, False]), np.array([[0.0, 1.2], [2.5, 9.0]]), 0.0, 1.0,
                                np.array([0.0, 1.0, 2.0, 3.0, 4.0]), np.array([0.0, 0.5, 1.0, 1.5, 2.0]), 3)],
}
