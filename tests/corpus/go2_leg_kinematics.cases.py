# Joint angles, foot radii and joint velocities of the four legs (28 numbers).
import math

STAND = (0.0, 0.8, -1.6, 0.02) * 4 + (0.1, -0.2, 0.3) * 4
TWIST = (0.3, 0.5, -1.2, 0.0, -0.25, 1.1, -2.0, 0.0215, 0.1, math.pi / 3, -math.pi / 2, 0.01,
         -0.4, 0.0, -0.9, 0.0, 1.0, 0.0, -1.0, 0.5, 0.5, 0.5, -2.0, 3.0, 0.0, 0.0, 0.0, 1e-3)

CASES = {"legFK": [STAND, TWIST, (0.0,) * 28]}
