# `x, y = map(f, seq)` unpacked into names, with seq a list or tuple literal
# or a tuple value (issue 16: haversine_template's `map(radians, [...])`).
from math import radians, sin, cos, asin, sqrt
import math
from pycc import CC

cc = CC('map_unpack')


def half(x):
    return x / 2


@cc.export('haversine', 'f8(f8, f8, f8, f8)')
def haversine(lon1, lat1, lon2, lat2):
    lon1, lat1, lon2, lat2 = map(radians, [lon1, lat1, lon2, lat2])
    dlon = lon2 - lon1
    dlat = lat2 - lat1
    a = sin(dlat / 2) ** 2 + cos(lat1) * cos(lat2) * sin(dlon / 2) ** 2
    return 2 * 6371 * asin(sqrt(a))


@cc.export('helper_tuple', 'f8(f8, f8, f8)')
def helper_tuple(a, b, c):
    t = (a, b, c)
    x, y, z = map(half, t)
    return x - y * z


@cc.export('int_swap', 'i8(i8, i8)')
def int_swap(a, b):
    # The calls all run before the targets are bound: b, a swap.
    b, a = map(abs, (a, b))
    return 10 * a + b


@cc.export('to_int', 'i8(f8, f8)')
def to_int(a, b):
    m, n = map(int, (a, b))
    return 10 * m + n


@cc.export('dotted', 'f8(f8, f8)')
def dotted(a, b):
    [p, q] = map(math.floor, (a, b))
    return p * 3 + q


@cc.export('abs_list', 'i8(i8, i8)')
def abs_list(a, b):
    u, v = map(abs, [a, -b])
    return u - v


CASES = {
    'haversine': [(0.0, 0.0, 0.0, 0.0), (-0.1278, 51.5074, 2.3522, 48.8566), (1e300, -1e300, 3.0, 4.0), (float('nan'), 1.0, 2.0, 3.0)],
    'helper_tuple': [(1.0, 2.0, 3.0), (-0.0, 0.0, float('inf')), (1e308, 1e308, 4.0)],
    'int_swap': [(1, -2), (-5, 7)],
    'to_int': [(1.9, -2.9), (-0.5, 7.0), (float('inf'), 1.0), (float('nan'), 0.0)],
    'dotted': [(1.5, -1.5), (float('inf'), 0.0)],
    'abs_list': [(-3, 4), (-2**63, 0), (5, -2**63)],
}
