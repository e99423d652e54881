# Shrunk by hand from a generated program (arithmetic family): an f4 value
# passed to a helper's float parameter. pycc specializes the helper for f4, so
# `p1 ** p1` there is float32 powf, which overflows where the float64 power
# does not. pycc was right; the generator's twin had typed the argument f8.
import math
from pycc import CC

cc = CC('fuzzmod')


def h0(p0, p1):
    return p1 ** p1

@cc.export('f0', 'f8(f4, u1)')
def f0(p0, p1):
    v2 = ((p0 % p0) + p1)
    return h0((-8), v2)


CASES = {
    'f0': [(3.4028234663852886e+38, 32), (1.1754943508222875e-38, 111), (1.0, 2), (1.5, 3), (float('nan'), 1), (float('inf'), 3), (0.0, 5), (-2.5, 200), (1.401298464324817e-45, 0)],
}
