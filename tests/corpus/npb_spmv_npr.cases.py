# npbench spmv_npr on small inputs (the benchmark's own sizes are larger)
import numpy as np

ROW = np.array([0, 2, 3, 5], np.int32)
COL = np.array([0, 2, 1, 0, 2], np.int32)
VAL = np.array([1.0, 4.0, 2.0, 3.0, 5.0])
CASES = {'spmv': [(ROW, COL, VAL, np.array([1.0, 2.0, 3.0]))]}
