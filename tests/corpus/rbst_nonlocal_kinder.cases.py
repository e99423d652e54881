import numpy as np

# main(N, Q, data): data = N rows (rate, kindergarten) then Q moves (infant, kindergarten) (ABC170 E).
CASES = {
    "main": [(6, 3, np.array([8, 1, 6, 2, 9, 3, 1, 1, 2, 2, 1, 3, 4, 3, 2, 1, 1, 2], dtype=np.int64)),
             (2, 2, np.array([4208, 1234, 3056, 5678, 1, 2020, 2, 2020], dtype=np.int64))],
}
