import numpy as np


def SETUP(ns):
    # The file declares its export only with `-c` (under `__main__`): the same declaration.
    from numba.pycc import CC
    cc = CC('numba_rbst')
    cc.export('randInt', 'i8(i8[:])')(ns['randInt'])


# randInt advances the xorshift state in place (the array is compared afterwards too).
CASES = {
    "randInt": [lambda: (np.array([123456789, 362436069, 521288629, 88675123], dtype=np.int64),),
                lambda: (np.array([2**62 + 12345, -7, 2**40, -(2**50) + 3], dtype=np.int64),),
                lambda: (np.array([1, 2, 3, 4], dtype=np.int64),)],
}
