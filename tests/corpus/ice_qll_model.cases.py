# Quasi-liquid layer ice model: fixed-point iterations, their derivatives, 1-d and 2-d diffusion and the ODE right-hand sides.
import numpy as np

NT = np.array([0.2, 1.0, 1.7, 2.4, 3.1])
NT2 = np.array([[0.2, 1.0, 1.7], [2.4, 3.1, 0.5]])
Y1 = np.concatenate((np.full(5, 1.2), NT))
CASES = {
    "fqll_next_array": [(np.array([1.0]), NT, 0.2, 1.0)],
    "fqll_next": [(1.0, 1.5, 0.2, 1.0)],
    "getNliq": [(1.5, 0.2, 1.0, 10)],
    "getNliq_array": [(NT, 0.2, 1.0, 6)],
    "getNliq_2d_array": [(NT2, 0.2, 1.0, 4)],
    "getdNliq_dNtot": [(1.5, 0.2, 1.0, 8)],
    "getdNliq_dNtot_array": [(NT, 0.2, 1.0, 5)],
    "getdNliq_dNtot_2d_array": [(NT2, 0.2, 1.0, 5)],
    "f0d": [(np.array([1.1, 2.3]), 0.0, np.array([1.0, 0.2, 0.1, 0.02, 1.0]), 4)],
    "diffuse_1d": [(np.array([1.0, 2.0, 4.0, 3.0]), 0.5)],
    "f1d": [(Y1, 0.0, np.array([1.0, 0.2, 0.02, 1.0, 0.5]), np.array([4, 5], np.int32), np.full(5, 0.1))],
    "getsigmastep": [(np.linspace(0.0, 10.0, 6), 10.0, 20.0, 0.1, "parabolic"), (np.linspace(0.0, 10.0, 6), 10.0, 20.0, 0.1, "sinusoid")],
}
