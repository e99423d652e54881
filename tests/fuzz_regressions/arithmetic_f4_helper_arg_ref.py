# Reference twin of arithmetic_f4_helper_arg.py: h0 as pycc specializes it for
# an f4 argument (float32 powf with float_pow's errors).
import math
from fuzz_support import W, C, F4, F4MOD, F4POW
from pycc import CC

cc = CC('fuzzmod')


def h0(p0, p1):
    return F4POW(p1, p1)

@cc.export('f0', 'f8(f4, u1)')
def f0(p0, p1):
    p0 = F4(p0)
    v2 = F4(F4MOD(p0, p0) + C(p1, 'u1', 'f4'))
    return C(h0((-8), v2), 'f4', 'f8')


CASES = {
    'f0': [(3.4028234663852886e+38, 32), (1.1754943508222875e-38, 111), (1.0, 2), (1.5, 3), (float('nan'), 1), (float('inf'), 3), (0.0, 5), (-2.5, 200), (1.401298464324817e-45, 0)],
}
