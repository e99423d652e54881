# AtCoder Library Practice J's sample (point set, range max, first index >= x) and a second query set.
import numpy as np

S1 = np.array([5, 5, 1, 2, 3, 2, 1, 2, 1, 3, 3, 3, 1, 3, 2, 2, 4, 3, 1, 3], np.int64)
S2 = np.array([4, 4, 7, 1, 9, 3, 2, 1, 5, 3, 2, 8, 1, 4, 10, 3, 1, 10], np.int64)
CASES = {
    "solve": [(S1,), (S2,)],
}
