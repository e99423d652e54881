# `map(f, seq)` compiles unpacked into names (`x, y = map(f, (a, b))`);
# a map object as a value, or unpacked into the wrong count of names, does not.
from math import radians
from pycc import CC

cc = CC('map_forms')


@cc.export('kept', 'f8(f8, f8)')
def kept(a, b):
    m = map(radians, (a, b))
    return a


@cc.export('short', 'f8(f8, f8, f8)')
def short(a, b, c):
    x, y = map(radians, (a, b, c))
    return a
