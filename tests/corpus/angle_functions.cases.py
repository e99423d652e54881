import numpy as np

P0 = np.array([1.0, 2.0])
P1 = np.array([4.0, -2.0])
P2 = np.array([1.00005, 7.0])
VALUES = np.array([3.0, -1.5, 8.25, -1.5, 2.0])

CASES = {
    "get_angle_between": [(P0, P1, 0.5), (P1, P0, -2.0)],
    "degRoll": [(370.0,), (-190.0,), (45.0,), (-725.0,), (180.0,), (float("nan"),), (float("inf"),), (-0.0,)],
    "radRoll": [(7.0,), (-4.0,), (1.0,), (-20.0,)],
    "degDiff": [(90.0, -45.0), (350.0, 10.0)],
    "degMidd": [(350.0, 10.0), (10.0, 350.0), (-30.0, 60.0)],
    "radDiff": [(1.5, -0.75), (3.0, -3.0)],
    "radMidd": [(3.0, -3.0), (-1.0, 2.0)],
    "simpleRange": [(1.0, 0.0, 2.0), (3.0, 0.0, 2.0)],
    "degRange": [(5.0, 350.0, 10.0), (180.0, 350.0, 10.0)],
    "degInv": [(10.0,), (-170.0,)],
    "radRange": [(0.1, 6.0, 0.5), (3.0, 6.0, 0.5)],
    "radInv": [(0.5,), (-2.5,)],
    "get_norm_angle_between": [(P0, P1, 4.0), (P1, P0, -6.0)],
    "distAngleBetwPos": [(P0, P1), (P0, P2), (P0, np.array([5.0, 2.00001]))],
    "distSqrdBetwPos": [(P0, P1)],
    "distAnglePosToPos": [(2.0, 0.75, P0)],
    "vectorProjectDist": [(P0, P1, 0.3)],
    "findMinIndex": [(VALUES,), (np.array([], dtype=np.float64),)],
    "findMaxIndex": [(VALUES,), (np.array([], dtype=np.float64),)],
    "average": [(VALUES,), (np.array([], dtype=np.float64),), (np.array([np.inf, -np.inf]),)],
}
