# Shrunk by hand from a generated program (arithmetic family): abs() of a
# complex with a nan part. CPython 3.11's complex_abs raises OverflowError
# there when errno is still ERANGE from an earlier operation (here f1's float
# power overflowing just before); with errno clean it gives nan, as pycc
# always does. The twin uses CABS (tests/fuzz_support.py), the errno-clean value.
import math
from pycc import CC

cc = CC('fuzzmod')


@cc.export('f1', 'f8(f8, f8)')
def f1(x, y):
    return x ** y

@cc.export('f0', 'f8(c16)')
def f0(z0):
    return abs(z0)


CASES = {
    'f1': [(1e300, 2.0)],
    'f0': [(complex(float('nan'), 0.0),), (complex(float('nan'), float('inf')),), (complex(0.0, float('nan')),), (complex(3.0, 4.0),), (complex(1e308, 1e308),)],
}
