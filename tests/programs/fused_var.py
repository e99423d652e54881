# differential-python: numpy
# np.var / np.std of a 2-d float64 array over either axis, with ddof
# (src/sema/ndarray/arrayops/fused.rs fused_var): numpy's _var (mean by its row sums over
# n, then the row sums of squared deviations over max(n - ddof, 0)) with
# the second sum fused (no temporaries; a 1-d array's whole-array var too), bit for bit numpy's: rows around
# the pairwise blocks (8, 128), nan, inf, -0.0, empty rows and arrays,
# ddof past n (inf/nan), Fortran-ordered and strided views (numpy's own
# sum then), and the cronbach kernel.
import numpy as np
from pycc import CC

cc = CC('fused_var_prog')


@cc.export('var_rows', 'f8[:](f8[:, :])')
def var_rows(x):
    return x.var(axis=1)


@cc.export('var_ddof', 'f8[:](f8[:, :], i8)')
def var_ddof(x, k):
    # ddof an argument: numpy's call (only a literal ddof is fused).
    return np.var(x, axis=-1, ddof=k)


@cc.export('var_ddof1', 'f8[:](f8[:, :])')
def var_ddof1(x):
    return np.var(x, -1, ddof=1)


@cc.export('var_ddof5', 'f8[:](f8[:, :])')
def var_ddof5(x):
    return x.var(axis=-1, ddof=5)


@cc.export('std_rows', 'f8[:](f8[:, :])')
def std_rows(x):
    return np.std(x, axis=1, ddof=1)


@cc.export('var_cols', 'f8[:](f8[:, :])')
def var_cols(x):
    return x.var(axis=0)


@cc.export('std_cols', 'f8[:](f8[:, :])')
def std_cols(x):
    return np.std(x, -2, ddof=1)


@cc.export('var_1d', 'f8(f8[:])')
def var_1d(x):
    return x.var()


@cc.export('std_1d', 'f8(f8[:])')
def std_1d(x):
    return np.std(x, ddof=1) + np.var(x, axis=0, ddof=2)


@cc.export('var_all', 'f8(f8[:, :])')
def var_all(x):
    return x.var(ddof=1) - np.std(x)


@cc.export('cronbach', 'f8(f8[:, :])')
def cronbach(itemscores):
    itemvars = itemscores.var(axis=1, ddof=1)
    tscores = itemscores.sum(axis=0)
    nitems = len(itemscores)
    return nitems / (nitems - 1) * (1 - itemvars.sum() / tscores.var(ddof=1))


def R(shape, seed):
    return np.random.default_rng(seed).standard_normal(shape)


nan, inf = float('nan'), float('inf')
ODD = np.array([[1.0, nan, 2.0], [inf, 1.0, 0.0], [-0.0, -0.0, -0.0], [inf, -inf, 1.0], [1e308, -1e308, 1e308], [5e-324, 0.0, 5e-324]])
SHAPES = [(3, 1), (2, 7), (2, 8), (2, 9), (3, 127), (2, 128), (2, 129), (2, 300), (600, 600 // 20), (4, 0), (0, 5), (1, 1000)]
CASES = {
    'var_rows': [(R(s, 1),) for s in SHAPES] + [(ODD,), (np.asfortranarray(R((5, 40), 2)),), (R((6, 80), 3)[::2, ::3],), (R((5, 40), 4).T,)],
    'var_ddof': [(R((3, 10), 1), 0), (R((3, 10), 1), 1), (R((3, 10), 1), 11), (ODD, 2)],
    'var_ddof1': [(R(s, 5),) for s in SHAPES] + [(ODD,), (np.asfortranarray(R((5, 40), 2)),)],
    'var_ddof5': [(R((3, 4), 1),), (R((3, 5), 1),), (R((3, 6), 1),), (R((2, 200), 1),), (ODD,)],
    'std_rows': [(R(s, 6),) for s in SHAPES] + [(ODD,), (R((6, 80), 3)[::2, ::3],)],
    'var_cols': [(R(s, 7),) for s in SHAPES] + [(ODD,), (ODD.T.copy(),), (np.asfortranarray(R((5, 40), 2)),), (R((6, 80), 3)[::2, ::3],), (R((5, 40), 4).T,), (R((300, 1), 1),)],
    'std_cols': [(R(s, 8),) for s in SHAPES] + [(ODD,), (np.asfortranarray(R((40, 5), 2)),)],
    'var_1d': [(R(n, n),) for n in [0, 1, 2, 7, 8, 9, 127, 128, 129, 1000, 5001]] + [(ODD[:, 0].copy(),), (ODD.ravel(),), (R(300, 1)[::3],), (R(300, 1)[::-1],)],
    'std_1d': [(R(n, n),) for n in [0, 1, 2, 3, 9, 129, 1000]] + [(ODD.ravel(),), (R(300, 1)[::3],)],
    'var_all': [(R(s, 9),) for s in SHAPES] + [(ODD,), (np.asfortranarray(R((5, 40), 2)),), (R((6, 80), 3)[::2, ::3],), (R((5, 40), 4).T,), (R((64, 3), 1),)],
    'cronbach': [(np.random.default_rng(0).random((600, 600)),), (R((5, 7), 1),), (R((2, 2), 1),)],
}
