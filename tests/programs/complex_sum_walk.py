# differential-python: numpy
# numpy's complex pairwise sum of a fused expression over 1-, 2- and 3-d
# operands (src/sema/ndarray/arrayops/cxfused.rs, `cx_pairwise`): each
# leaf divides once for its first item's index and steps the index from
# item to item, carrying into the axes before the last; leaves of fewer
# than 4 items, heads and tails of the unrolled walk, leaves that start
# mid-row (more than 64 items), inner extents of 1, 2 and 3, strided and
# reversed views. numpy's multiply (its fused multiply-adds where numpy
# dispatches to FMA3, now inline) bit for bit.
import numpy as np
from pycc import CC

cc = CC('complex_sum_walk_prog')


@cc.export('dot2', 'c16(c16[:, :], c16[:, :])')
def dot2(a, b):
    return np.sum(a * np.conj(b))


@cc.export('dot3', 'c16(c16[:, :, :], c16[:, :, :])')
def dot3(a, b):
    return np.sum(a * b - 0.5j)


@cc.export('window', 'c16[:](c16[:, :], c16[:, :], i8)')
def window(E, w, step):
    n = (E.shape[1] - w.shape[1]) // step + 1
    out = np.zeros(n, dtype=np.complex128)
    for i in range(n):
        X = E[:, i * step:i * step + w.shape[1]]
        out[i] = np.sum(X * np.conj(w))
    return out


@cc.export('abs_prod', 'c16[:](c16[:], c16[:], c16[:])')
def abs_prod(a, b, c):
    return np.abs(a * b) + c * b


def C(n, seed):
    g = np.random.default_rng(seed)
    return g.standard_normal(n) + 1j * g.standard_normal(n)


nan, inf = float('nan'), float('inf')
ODD = np.array([complex(nan, 1), complex(1, nan), complex(inf, nan), complex(nan, -inf), complex(-0.0, -0.0),
                complex(0.0, -0.0), complex(inf, inf), complex(-inf, 2), 1e308 + 1e308j, 3 + 4j, 5e-324 + 0j,
                complex(-nan, 1), complex(2, -nan), complex(-nan, -nan), complex(-nan, inf), 1 - 1j, -2j, 0.5 + 0j])
SHAPES2 = [(1, 1), (1, 3), (3, 1), (2, 1), (1, 2), (2, 2), (3, 3), (4, 1), (1, 4), (5, 1), (2, 3), (3, 5), (9, 7),
           (7, 11), (65, 1), (1, 65), (13, 10), (33, 4), (100, 3), (3, 100), (64, 2), (41, 3)]
SHAPES3 = [(1, 1, 3), (3, 1, 1), (2, 1, 3), (2, 3, 1), (2, 2, 2), (3, 4, 5), (5, 1, 13), (4, 9, 2), (7, 3, 6), (1, 1, 70)]


def two(shape, s):
    n = shape[0] * shape[1]
    return (C(n, s).reshape(shape), C(n, s + 1).reshape(shape))


def three(shape, s):
    n = shape[0] * shape[1] * shape[2]
    return (C(n, s).reshape(shape), C(n, s + 1).reshape(shape))


CASES = {
    'dot2': [two(sh, i) for i, sh in enumerate(SHAPES2)]
            + [(C(300, 1).reshape(30, 10)[::3, 1:8], C(70, 2).reshape(10, 7)),
               (C(300, 1).reshape(30, 10)[::-2, ::-3], C(60, 2).reshape(15, 4)),
               (C(300, 1).reshape(10, 30).T[1:, :3], C(87, 3).reshape(29, 3)),
               (C(21, 1).reshape(7, 3), C(3, 2).reshape(1, 3)), (C(21, 1).reshape(7, 3), C(7, 2).reshape(7, 1)),
               (ODD.reshape(6, 3), ODD[::-1].reshape(6, 3)), (ODD.reshape(3, 6), ODD.reshape(3, 6)), (ODD.reshape(9, 2), ODD[::-1].reshape(9, 2)),
               (C(0, 1).reshape(0, 3), C(0, 2).reshape(0, 3)), (C(6, 1).reshape(2, 3), C(6, 2).reshape(3, 2))],
    'dot3': [three(sh, i) for i, sh in enumerate(SHAPES3)]
            + [(C(120, 1).reshape(4, 5, 6)[::-1, 1:4, ::2], C(36, 2).reshape(4, 3, 3)),
               (C(120, 1).reshape(4, 5, 6).transpose(2, 0, 1), C(120, 2).reshape(6, 4, 5)),
               (ODD.reshape(3, 2, 3), ODD[::-1].reshape(3, 2, 3)), (ODD.reshape(2, 3, 3), C(3, 1).reshape(1, 1, 3))],
    'window': [(C(2 * 300, 1).reshape(2, 300), C(42, 2).reshape(2, 21), 2), (C(3 * 100, 3).reshape(3, 100), C(9, 4).reshape(3, 3), 1),
               (C(200, 5).reshape(1, 200), C(70, 6).reshape(1, 70), 5), (C(6 * 50, 7).reshape(6, 50), C(6, 8).reshape(6, 1), 3),
               (np.tile(ODD, 4).reshape(2, 36), ODD[:10].reshape(2, 5), 1)],
    'abs_prod': [(C(n, n), C(n, n + 1), C(n, n + 2)) for n in [0, 1, 3, 17, 100]] + [(ODD, ODD[::-1].copy(), ODD)],
}
