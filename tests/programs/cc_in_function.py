# differential-python: numpy
# A CC and all its exports made inside a function, `@njit()` over
# `@cc.export`, helpers defined beside the exports and exports calling one
# another by name (issue 16: lstchain's log_pdf_cc).
import numpy as np
from pycc import CC


def njit(*args, **kwargs):
    # numba.njit() as plain Python sees it here: the function unchanged.
    return lambda f: f


def compile_cc():
    cc = CC('cc_in_function')
    cc.verbose = True

    @njit()
    def linval(a, b, x):
        return a * x + b

    @njit()
    @cc.export('line_sum', 'f8(f8, f8, f8[:])')
    def line_sum(a, b, xs):
        s = 0.0
        for x in xs:
            s += linval(a, b, x)
        return s

    @cc.export('twice', 'f8(f8, f8, f8[:])')
    def twice(a, b, xs):
        return 2.0 * line_sum(a, b, xs) - linval(a, b, 0.5)

    @cc.export('scale', 'void(f8[:], f8)')
    def scale(xs, k):
        for i in range(len(xs)):
            xs[i] = linval(k, 0.0, xs[i])

    return cc


cc = compile_cc()

CASES = {
    'line_sum': [(1.0, 2.0, np.array([0.0, 1.5, -3.0])), (0.5, -0.0, np.array([], dtype=np.float64))],
    'twice': [(1.0, 2.0, np.array([0.0, 1.5, -3.0])), (1e308, 1e308, np.array([1.0]))],
    'scale': [(np.array([1.0, -2.0, 3.5]), 2.0)],
}
