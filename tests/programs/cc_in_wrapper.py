# differential-python: numpy
# A CC made inside a wrapper function (the `def problem_pNNNNN():` form of
# AtCoder solutions), exporting the wrapper's inner function by the call
# form `cc.export(name, sig)(solve)`; `solve` has its own inner function
# reading `solve`'s parameters (the corpus's p02604_bitmask); a signature
# tuple bound to a variable in the wrapper (the corpus's p02632_wrapper).


def problem_p1():
    import numpy as np

    def solve(n, xs):
        best = np.full(n + 1, -1, dtype=np.int64)

        def cost(v):
            c = 0
            for i in range(n):
                if v & (1 << i):
                    c += xs[i]
            return c

        for v in range(1 << n):
            k = 0
            w = v
            while w:
                k += w & 1
                w >>= 1
            best[k] = max(best[k], cost(v))
        return best

    from pycc import CC

    cc = CC("cc_in_wrapper")
    cc.export("solve", "(i8, i8[:])")(solve)

    from numba import int64

    def addmod(a, b):
        return (a + b) % 7

    signature = (int64, int64)
    cc.export("addmod", signature)(addmod)
    return cc


cc = problem_p1()

import numpy as np

CASES = {
    "solve": [(3, np.array([5, -2, 7], dtype=np.int64)), (0, np.zeros(0, dtype=np.int64)),
              (4, np.array([1, 2, 4, 8], dtype=np.int64))],
    "addmod": [(5, 4), (-3, 1), (2**40, 3)],
}
