# A 400x400 noise frame (seeded) with a few photon hits and a negative pedestal pixel, classified against a
# per-pixel noise map; a smaller frame (the loops still run to 400: IndexError) 
import numpy as np

rng = np.random.RandomState(3)
FRAME = rng.normal(0.0, 5.0, (400, 400))
FRAME[10, 10] = 120.0
FRAME[10, 11] = 40.0
FRAME[200, 399] = 80.0
FRAME[0, 0] = 60.0
FRAME[300, 150] = -50.0
FRAME[50:52, 60:62] = 12.0
STD = np.full((400, 400), 5.0)

CASES = {
    "getClustersSLS": [(FRAME, 30.0), (FRAME, 8.0), (FRAME[:10, :10].copy(), 30.0)],
    "classifyPixel": [(FRAME, STD, 3.0), (FRAME, STD * 0.5, 5.0)],
}
