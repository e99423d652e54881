# differential-python: numpy
# `x * -1.0` and `x / -1.0` keep a nan's sign (the hardware multiply and
# division return the nan operand), while `-x` flips it; LLVM and py-egg
# must not turn the first two into the third. math.copysign and
# np.signbit show the sign.
import math

import numpy as np
from pycc import CC

cc = CC('nan_sign_negation')


@cc.export('times_minus_one', 'UniTuple(f8, 4)(f8)')
def times_minus_one(x):
    return (math.copysign(1.0, x * -1.0), math.copysign(1.0, -1.0 * x), math.copysign(1.0, x / -1.0),
            math.copysign(1.0, -x))


@cc.export('f4_times_minus_one', 'UniTuple(b1, 2)(f4)')
def f4_times_minus_one(x):
    return np.signbit(x * np.float32(-1.0)), np.signbit(x / np.float32(-1.0))


@cc.export('arrays', 'f8[:](f8[:])')
def arrays(a):
    return np.copysign(1.0, a * -1.0) + 10.0 * np.copysign(1.0, a / -1.0)


NAN = float('nan')
CASES = {
    'times_minus_one': [(NAN,), (-NAN,), (2.5,), (-0.0,), (0.0,), (float('inf'),)],
    'f4_times_minus_one': [(np.float32(NAN),), (np.float32(-NAN),), (np.float32(1.5),)],
    'arrays': [(np.array([NAN, -NAN, 1.0, -0.0]),)],
}
