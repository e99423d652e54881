# corpus: written for pycc after a public GitHub file, code-index id 37388185050 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); Roche-lobe geometry: annotated parameters and `-> float`/`-> tuple` results, `q ** (1.0 / 3.0)`, `np.log`/`np.sqrt` of numbers, `x**2`, a module float constant, a docstring
import numpy as np
from numba import njit
from numba.pycc import CC
cc = CC('roche_geom')

G = 6.674e-11


@cc.export('lobe_radius', 'f8(f8)')
@njit(cache=True)
def lobe_radius(q: float) -> float:
    """Eggleton's fit."""
    a = q ** (1.0 / 3.0)
    b = q ** (2.0 / 3.0)
    return 0.49 * b / (0.6 * b + np.log(1.0 + a))


@cc.export('potential', 'f8(f8, f8, f8, f8)')
@njit(cache=True)
def potential(x: float, y: float, z: float, q: float) -> float:
    r1 = np.sqrt(x**2 + y**2 + z**2)
    r2 = np.sqrt((x - 1.0)**2 + y**2 + z**2)
    if r1 < 1e-10 or r2 < 1e-10:
        return -1e30
    return -1.0 / r1 - q / r2 - 0.5 * (1.0 + q) * (x**2 + y**2)


@cc.export('l1_coefficients', 'UniTuple(f8, 2)(f8, f8)')
@njit(cache=True)
def l1_coefficients(q: float, xl: float) -> tuple:
    r1 = xl
    r2 = 1.0 - xl
    B = 1.0 / (r1 ** 3) + q / (r2 ** 3) - (1.0 + q)
    C = 1.0 / (r1 ** 3) + q / (r2 ** 3)
    return B, C


@cc.export('eddington', 'f8(f8, f8, f8)')
@njit(cache=True)
def eddington(L: float, M: float, kappa: float) -> float:
    c = 2.998e8
    return L / (4.0 * np.pi * c * G * M / kappa)
