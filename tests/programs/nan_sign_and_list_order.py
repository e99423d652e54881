# differential-python: numpy
# Found by the exprtree fuzzer (seed 705), reduced.
# - math.atan2 with a nan argument is CPython's Py_NAN, a positive nan
#   (m_atan2; cmath.phase and cmath.polar through c_atan2): glibc's atan2
#   passed the argument's nan on with its sign, and `inf * 0` is a negative
#   nan on x86, so np.signbit of the angle differed.
# - A list display's items before one that queues statements (an array
#   reduction) run before those statements, in Python's order: the
#   ZeroDivisionError of the first item came after the third item's
#   OverflowError.
import cmath
import math

import numpy as np
from pycc import CC

cc = CC('nan_sign_and_list_order')


@cc.export('atan2_sign', 'f8(f8, f8)')
def atan2_sign(y, x):
    return math.copysign(1.0, math.atan2(y, x))


@cc.export('atan2_of_product', 'b1(f8, i8)')
def atan2_of_product(b, a):
    v2 = float(np.hypot(1e308, ((abs(3.0) ** b) * (1 * a))))
    return bool(np.signbit(math.atan2(v2, float('-inf'))))


@cc.export('phase_sign', 'f8(f8, f8)')
def phase_sign(re, im):
    return math.copysign(1.0, cmath.phase(complex(re, im)))


@cc.export('polar_sign', 'f8(f8, f8)')
def polar_sign(re, im):
    r, phi = cmath.polar(complex(re, im))
    return math.copysign(1.0, phi)


@cc.export('list_order', 'i8(i8, u1, i8[::1])')
def list_order(v1, d, e):
    v3 = [(v1 ** (v1 & 3)) // int(d), 7, int(-math.inf) * (v1 ** (int(np.sum(e[::-1] * 3)) & 3)), d + 0]
    return v3[0] + v3[1]


@cc.export('list_order_float', 'f8(f8, f8[:])')
def list_order_float(x, e):
    v = [1.0 / x, float(np.sum(e)) / x]
    return v[0] + v[1]


NAN = float('nan')
SPECIAL = [NAN, -NAN, 0.0, -0.0, 1.5, -2.0, math.inf, -math.inf]
CASES = {
    'atan2_sign': [(y, x) for y in SPECIAL for x in SPECIAL],
    'atan2_of_product': [(b, a) for b in [math.inf, -math.inf, 2.0, NAN] for a in [0, 1, -3]],
    'phase_sign': [(re, im) for re in SPECIAL for im in SPECIAL],
    'polar_sign': [(re, im) for re in [NAN, -NAN, 1.0, -math.inf] for im in [NAN, -NAN, 0.0, -1.0]],
    'list_order': [(v1, d, np.array(e, dtype=np.int64)) for v1 in [1, 2] for d in [0, 3] for e in [[-8, -9, -3], []]],
    'list_order_float': [(x, np.array(e)) for x in [0.0, 2.0] for e in [[1.0, 2.0], []]],
}
