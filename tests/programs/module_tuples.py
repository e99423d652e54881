# Module-level tuples of constants read by the body, frozen as numba does:
# iterated, indexed with constants, unpacked, len(); shadowed by a local
# (issue 16 item 7).
from pycc import CC

cc = CC('module_tuples')
K = 3
DX = (0, 1, 0, -1)
DY = (1, 0, -1, 0)
W = (0.5, -1.5, K * 2.0, 1e308)
FLAGS = (True, False)


@cc.export('walk', 'i8(i8, i8)')
def walk(x, y):
    s = 0
    for d in DX:
        s += d * x
    for d in DY:
        s += d * y * len(DY)
    return s + DX[1] + DY[-2] + len(DX)


@cc.export('weights', 'f8(f8)')
def weights(x):
    a, b, c, d = W
    return a * x + b - c + d * x


@cc.export('shadow', 'i8(i8)')
def shadow(n):
    DX = (n, n + 1)
    return DX[0] * DX[1]


@cc.export('flags', 'b1(i8)')
def flags(i):
    t, f = FLAGS
    return (t and i > 0) or f


CASES = {
    'walk': [(0, 0), (3, -4), (2**62, 1)],
    'weights': [(0.0,), (-0.0,), (2.5,), (float('inf'),), (float('nan'),), (-1.0,)],
    'shadow': [(0,), (7,), (-3,)],
    'flags': [(0,), (1,), (-5,)],
}
