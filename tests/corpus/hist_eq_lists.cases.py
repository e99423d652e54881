import numpy as np

rng = np.random.RandomState(3)
CASES = {'equalize': [(rng.randint(0, 256, size=(6, 5)).astype(np.uint8),),
                      (np.array([[0, 255], [7, 7]], dtype=np.uint8),)]}
