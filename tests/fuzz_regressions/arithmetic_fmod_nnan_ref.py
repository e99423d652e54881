# Reference twin of arithmetic_fmod_nnan.py (the same program: plain CPython).
import math
from pycc import CC

cc = CC('fuzzmod')


@cc.export('h2', 'f8(f8, f8)')
def h2(x, y):
    acc = 0.0
    if not ((x if -3.25 > y else -0.0) != (x / x)):
        acc = 1.0
    return acc + math.sin(abs(math.fmod(1.0, math.fmod(1e300, x))))

@cc.export('g', 'f8(f8, f8)')
def g(x, y):
    if y == 0.0:
        return -1.0
    return math.fmod(math.fmod(2.5, y), 1.0) + y


CASES = {
    'h2': [(float('nan'), 1e-310), (float('nan'), -4.0), (0.3, 1.0), (0.7, -5.0), (float('inf'), 1.0), (3.0, 2.0), (-0.3, -9.0)],
    'g': [(0.0, float('nan')), (1.0, 0.0), (0.0, 0.75), (0.0, float('inf')), (0.0, -0.3)],
}
