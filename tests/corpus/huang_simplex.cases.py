import numpy as np

_rng = np.random.default_rng(7)
_v = _rng.uniform(-1, 1, size=5)
_s = _rng.uniform(0, 1, size=(4, 3))
_x = _rng.uniform(-1, 1, size=(4, 2))
_c = _rng.uniform(-1, 1, size=(3, 2))
_u = _rng.uniform(0, 1, size=(4, 3))

CASES = {
    "clip": [(np.array([1.0, -2.0, 0.5, np.nan, 0.0]),), (np.array([], dtype=np.float64),)],
    "f": [(0.25, _v), (-1.0, _v)],
    "df": [(0.25, _v), (3.0, _v)],
    "solve_huang_eq_24": [(_s,)],
    "solve_huang_eq_13": [(_v,)],
    "solve_U": [(_s, _x, _c, 0.5)],
    "update_S": [(_x, _c, 0.1)],
    "E": [(_u, _c, _x, 0.5, 0.1)],
}
