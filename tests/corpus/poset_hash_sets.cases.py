# Node byte strings of a few lengths (the hash wraps in uint64, numpy's
# overflow warnings aside), index lookups in a list and a set.
import numpy as np

CASES = {
    "hashNodeBytes": [(np.arange(1, 6, dtype=np.uint8),), (np.arange(200, 216, dtype=np.uint8),),
                      (np.array([7] * 12, np.uint8),)],
    "is_in_set_idx": [(np.array([5, 1, 9, 1, 3]), [1, 3]), (np.array([2, 4]), [7])],
    "is_non_empty_intersection": [(np.array([5, 1, 9]), {9, 10}), (np.array([5, 1, 9]), {2})],
}
