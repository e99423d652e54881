# differential-python: numpy
# Elementwise results of 2-d operands that are not C-ordered: numpy's order
# 'K' picks Fortran order when every operand spanning both axes has the
# larger stride on axis 1, else C order. pycc decides at run time and
# stores through the C buffer's own unit stride in the C case (so the loop
# vectorizes), through the transposed view in the Fortran case; the
# returned array's memory order is compared with numpy's.
import numpy as np
from pycc import CC

cc = CC('k2_order_stores')


@cc.export('stencil', 'f4[:, :](f4[:, :])')
def stencil(U):
    # grayscott's Laplacian of float32 views.
    return U[0:-2, 1:-1] + U[1:-1, 0:-2] - 4 * U[1:-1, 1:-1] + U[1:-1, 2:] + U[2:, 1:-1]


@cc.export('combine', 'f8[:, :](f8[:, :], f8[:, :])')
def combine(a, b):
    return a * 2.0 - b * b


@cc.export('combine_bcast', 'f8[:, :](f8[:, :], f8[:, :])')
def combine_bcast(a, b):
    return (a + b) / 3.0


def _grid(n, m):
    return (np.arange(n * m, dtype=np.float64).reshape(n, m) * 0.37) % 5.0 - 2.0


CASES = {
    'stencil': [
        lambda: (_grid(7, 9).astype(np.float32),),
        lambda: (np.asfortranarray(_grid(6, 5).astype(np.float32)),),
        lambda: (_grid(9, 8).astype(np.float32)[::-1, ::2],),
        lambda: (np.zeros((2, 2), np.float32),),
    ],
    'combine': [
        lambda: (_grid(4, 5), _grid(4, 5)[::-1]),
        lambda: (np.asfortranarray(_grid(4, 5)), np.asfortranarray(_grid(4, 5) + 1)),
        lambda: (np.asfortranarray(_grid(4, 5)), _grid(4, 5)),
        lambda: (_grid(5, 4).T, _grid(5, 4).T[:, ::-1]),
        lambda: (_grid(4, 5)[:, ::2], _grid(4, 3)),
        lambda: (_grid(1, 5), np.asfortranarray(_grid(1, 5))),
        lambda: (_grid(4, 5), _grid(3, 5)),
    ],
    'combine_bcast': [
        lambda: (np.asfortranarray(_grid(4, 5)), _grid(1, 5)),
        lambda: (np.asfortranarray(_grid(4, 5)), np.asfortranarray(_grid(4, 1))),
        lambda: (_grid(6, 5).T, _grid(5, 6).T),
    ],
}
