import numpy as np

_rng = np.random.default_rng(11)
_v = _rng.uniform(-1, 1, size=5)
_col = _rng.uniform(-1, 1, size=(4, 1))
_x = _rng.uniform(-1, 1, size=(6, 2))
_c = _rng.uniform(-1, 1, size=(3, 2))
_c_old = _rng.uniform(-1, 1, size=(3, 2))
_u = _rng.uniform(0, 1, size=(6, 3))

# solve_huang_eq_24 is exported for 2-d arrays but works row by row through
# `u[i].item()`: a one-column matrix is what it can take; a wider one is
# numpy's ValueError (item() of a row of three).
CASES = {
    "clip": [(np.array([1.0, -2.0, 0.5, np.nan, 0.0]),), (np.array([], dtype=np.float64),)],
    "f": [(0.25, _v), (-1.0, _v)],
    "df": [(0.25, _v), (3.0, _v)],
    "solve_huang_eq_24": [(_col,), (_rng.uniform(0, 1, size=(4, 3)),)],
    "solve_huang_eq_13": [(_v,), (np.array([0.2, 0.3, 0.5]),)],
    "welsch_func": [(_v, 0.5), (_v, 2.0)],
    "sqr_welsch_func_scalar": [(0.3, 0.5), (4.0, 0.01)],
    "sqr_welsch_func": [(_v * _v, 0.5)],
    "sqrnorm_2d": [(_x,)],
    "sqrnorm": [(_v,)],
    "sqrdistance": [(_x[0], _c[1])],
    "solve_U": [(_x, _c, _c_old, 0.5, 0.1)],
    "update_V": [(_c, _u, _x, 0.1)],
    "E": [(_u, _c, _x, 0.5, 0.1)],
}
