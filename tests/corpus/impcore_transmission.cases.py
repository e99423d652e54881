# A straight and a tapered bore cell of a wind instrument (SI units:
# angular frequency, diameters, length, speed of sound, rho*c, viscosity),
# then the input impedance seen through a transmission matrix.
import numpy as np

TM = np.array([[1.0 + 0.5j, 2.0 - 1.0j], [0.25j, 1.0 + 0.0j]])
CASES = {
    "calc_transmission": [(2000.0, 0.01, 0.01, 0.1, 343.0, 413.0, 1.5e-5),
                          (2000.0, 0.01, 0.015, 0.2, 343.0, 413.0, 1.5e-5)],
    "zo2zi": [(TM, 1.0 + 2.0j), (TM, complex(np.inf, 0.0)),
              (np.array([[1.0 + 0j, 0j], [0j, 1.0 + 0j]]), complex(np.inf, 0.0))],
}

# `ss = np.sin(x)` of a complex `x` is a numpy complex128 scalar in CPython,
# so `1j*rhoc0*ss/s1` is numpy's complex division (a reciprocal, then a
# product), one ulp off CPython's `_Py_c_quot`, which pycc (as numba)
# computes: README, Deviations, "arithmetic on numpy complex scalars".
DEVIATIONS = {"calc_transmission": "numpy's complex scalar division (README Deviations)"}
