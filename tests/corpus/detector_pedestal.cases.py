# A 400x400 detector frame: pedestal running sums under a mask (fresh, mid-buffer and saturated counters), then means and deviations.
import numpy as np

FRAME = (np.arange(160000, dtype=np.float64).reshape(400, 400) % 17) * 0.5
MASK = np.zeros((400, 400), np.uint8)
MASK[::37, ::41] = 1
MASK[5, 7] = 1
COUNTER = np.zeros((400, 400))
COUNTER[0, 0] = 4999.0
COUNTER[37, 41] = 5000.0
COUNTER[5, 7] = 3.0
PED = np.full((400, 400), 2.0)
PED2 = np.full((400, 400), 5.0)
CASES = {
    "fast_update_ped_buffer": [lambda: (FRAME, MASK, PED.copy(), PED2.copy(), COUNTER.copy())],
    "get_ped": [(COUNTER, PED)],
    "get_ped_std": [(COUNTER, PED * 3.0, PED2 * 20.0)],
}
