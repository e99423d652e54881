# Reference twin of arithmetic_complex_abs_nan.py (CABS: abs with errno clean).
import math
from fuzz_support import CABS
from pycc import CC

cc = CC('fuzzmod')


@cc.export('f1', 'f8(f8, f8)')
def f1(x, y):
    return x ** y

@cc.export('f0', 'f8(c16)')
def f0(z0):
    return CABS(z0)


CASES = {
    'f1': [(1e300, 2.0)],
    'f0': [(complex(float('nan'), 0.0),), (complex(float('nan'), float('inf')),), (complex(0.0, float('nan')),), (complex(3.0, 4.0),), (complex(1e308, 1e308),)],
}
