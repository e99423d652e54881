import numpy as np

# Flow directions 1..8 index the file's `directions` table; <= 0 flows off the map.
FD = np.array([[0, 6, 6], [0, 4, 8], [0, 2, 1]], dtype=np.int16)
STREAM = np.array([[True, False, False], [False, False, False], [False, False, False]])

CASES = {
    "find_stream_task": [(STREAM, FD, 1, 2), (STREAM, FD, 0, 0), (np.zeros((3, 3), dtype=bool), FD, 2, 2)],
    "delineate_task": [(FD, np.array([[1, 1]], dtype=np.int64)), (FD, np.array([[0, 0], [2, 2]], dtype=np.int64))],
}
