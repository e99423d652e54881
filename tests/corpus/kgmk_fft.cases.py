# Radix-2 FFT of lengths 1, 4 and 8, forward and inverse (the function scales the inverse in place); length 6 fails the assert
import numpy as np

X8 = np.array([1.0, 2.0, 0.5, -1.0, 3.0, 0.0, -2.0, 1.5]) + 1j * np.array([0.0, 1.0, 0.0, -0.5, 0.25, 0.0, 2.0, -1.0])

CASES = {
    "fft": [lambda: (X8.copy(), False), lambda: (X8.copy(), True), lambda: (np.array([1 + 1j]), False),
            lambda: (np.array([1.0, -1.0, 1.0, -1.0], dtype=np.complex128), False),
            lambda: (np.ones(6, dtype=np.complex128), False)],
}
