# npbench softmax_npr on small inputs (the benchmark's own sizes are larger)
import numpy as np

rng = np.random.RandomState(3)
X = rng.rand(2, 2, 3, 3).astype(np.float32)
CASES = {'softmax': [(X,)]}
