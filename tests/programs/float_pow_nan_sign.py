# differential-python: numpy
# A float `**` with a nan operand is that nan itself, its sign bit kept, as
# CPython's float_pow returns it (glibc's pow gave +nan for `(-nan) ** -1.0`,
# which np.signbit shows). Found by the exprtree fuzzer (seed 121:
# `np.signbit((inf // b) ** -1)`; inf // b is -nan), reduced.
import math

import numpy as np
from pycc import CC

cc = CC('float_pow_nan_sign')


@cc.export('sign_of_pow', 'b1(f8, f8)')
def sign_of_pow(x, y):
    return bool(np.signbit(x ** y))


@cc.export('floordiv_pow', 'b1(f8, i4, u1)')
def floordiv_pow(v, b, c):
    return bool(np.signbit((v // b) ** ((-1 & int(c)) % 5 - 2)))


@cc.export('pow_value', 'f8(f8, f8)')
def pow_value(x, y):
    return x ** y


NNAN = -math.nan
CASES = {
    'sign_of_pow': [(NNAN, -1.0), (NNAN, 2.0), (NNAN, 0.0), (NNAN, NNAN), (2.0, NNAN), (1.0, NNAN),
                    (math.nan, -3.0), (-2.0, 2.0), (-0.5, 3.0)],
    'floordiv_pow': [(math.inf, -2147483648, 1), (math.inf, 3, 1), (-math.inf, 3, 2), (4.0, 3, 1)],
    'pow_value': [(NNAN, -1.0), (1.0, NNAN), (NNAN, 0.0), (2.0, 10.0), (-2.0, -3.0)],
}
