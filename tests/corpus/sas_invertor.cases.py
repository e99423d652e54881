# The sine-basis P(r) expansion: a sphere's P(r), the basis and its derivative at uint64 orders, sums over slices,
# smeared intensities (slit height/width zero and not), peak counts and the radius of gyration
import numpy as np

PARS = np.array([1.0, -0.4, 0.25, 0.1])
ERR = np.diag([0.01, 0.02, 0.0, 0.05])
Q = np.linspace(0.01, 0.3, 7)

CASES = {
    "pr_sphere": [(10.0, 5.0), (10.0, 25.0), (1.0, 2.0)],
    "ortho": [(60.0, 1, 12.5), (60.0, 3, 40.0)],
    "ortho_derived": [(60.0, 2, 12.5)],
    "pr": [(PARS, 60.0, 20.0), (np.zeros(0), 60.0, 1.0)],
    "pr_err": [(PARS, ERR, 60.0, 20.0), (PARS, -ERR, 60.0, 20.0)],
    "dprdr": [(PARS, 60.0, 20.0)],
    "ortho_transformed": [(Q, 60.0, 1), (Q, 60.0, 3)],
    "ortho_transformed_smeared": [(Q, 60.0, 2, 0.0, 0.0, 5), (Q, 60.0, 2, 0.02, 0.01, 4)],
    "iq_smeared": [(PARS, Q, 60.0, 0.02, 0.01, 3)],
    "iq": [(PARS, 60.0, Q)],
    "reg_term": [(PARS, 60.0, 50)],
    "int_p2": [(PARS, 60.0, 50)],
    "int_pr": [(PARS, 60.0, 50)],
    "npeaks": [(PARS, 60.0, 100), (np.array([1.0]), 60.0, 100)],
    "positive_integral": [(PARS, 60.0, 100)],
    "positive_errors": [(PARS, ERR, 60.0, 100)],
    "rg": [(PARS, 60.0, 100), (np.array([1.0]), 60.0, 40)],
}
