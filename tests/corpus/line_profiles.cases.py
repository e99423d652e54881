# Gaussian and Gauss-Hermite emission-line profiles on a wavelength grid, in wavelength and velocity.
import numpy as np

X = np.linspace(6540.0, 6590.0, 11)
CASES = {
    "gauss": [(X, np.array([1.0, 6563.0, 2.5, 0.4, 6570.0, 1.0]))],
    "gauss_hermite": [(X, np.array([1.0, 6563.0, 2.5, 0.1, -0.05]))],
    "gauss_vel": [(X, np.array([6563.0, 6583.0]), np.array([1.0, 50.0, 80.0, 0.3, -20.0, 60.0]))],
    "gauss_hermite_vel": [(X, np.array([6563.0]), np.array([1.0, 30.0, 70.0, 0.05, 0.02]))],
}
