import numpy as np

P_UP = np.array([0.25, 0.55, 0.7, 0.85])
P_LO = np.array([0.6, 1.0, 1.0, 1.0])
FSHAPE = np.array([3.0, 3.0, 3.0])

CASES = {
    "water_stress": [(P_UP, P_LO, 1.0, 10.0, FSHAPE, 1.0, 30.0, 100.0, 4.5, 1.0),
                     (P_UP, P_LO, 0.0, 10.0, FSHAPE, 0.0, 60.0, 100.0, 4.5, 0.0),
                     (P_UP, P_LO, 1.0, 20.0, FSHAPE, 3.0, 95.0, 100.0, 7.0, 1.0),
                     (P_UP, P_LO, 1.0, 20.0, FSHAPE, 3.0, 5.0, 100.0, 2.0, 1.0),
                     (P_UP[:3], P_LO[:3], 0.0, 10.0, FSHAPE, 0.0, 30.0, 100.0, 4.5, 0.0)],
}
