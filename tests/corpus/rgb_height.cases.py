# uint8 pixels with every bit pattern that matters (R's shifted mask, B's low nibble), a 3x4 image
import numpy as np

IMG = (np.arange(3 * 4 * 3, dtype=np.int64).reshape(3, 4, 3) * 37 % 256).astype(np.uint8)

CASES = {
    "pixel_height": [(np.array([0, 0, 0], np.uint8),), (np.array([255, 255, 255], np.uint8),),
                     (np.array([7, 1, 15], np.uint8),), (np.array([8, 200, 16], np.uint8),)],
    "height_map": [(IMG,), (IMG[:1],)],
}

DEVIATIONS = {"pixel_height": "arithmetic on ints narrower than 64 bits: `G << 7` of a uint8 is int64 (README Deviations)",
              "height_map": "arithmetic on ints narrower than 64 bits: `G << 7` of a uint8 is int64 (README Deviations)"}
