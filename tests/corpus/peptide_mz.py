# corpus: written for pycc after a public GitHub file, code-index id 10690139014 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); peptide fragment m/z: `@nb.njit` kernels, module constants computed from others (`H2O = 2 * H + O`), `int(mz * 10**digits)`, `v / 10**digits`, `masses[:idx].sum()`, `for m in [b, y]` over a list display, a list of ints turned into `np.array(out)`
import numpy as np
import numba as nb
from numba.pycc import CC
cc = CC('peptide_mz')

H = 1.007825035
O = 15.99491463
H2O = 2 * H + O
PROTON = 1.00727646688


@cc.export('to_mz', 'f8(f8, i8)')
@nb.njit
def to_mz(mass, z):
    return (mass / z) + PROTON


@cc.export('mz_int', 'i8(f8, i8)')
@nb.njit
def mz_int(mz, digits):
    return int(mz * 10**digits)


@cc.export('int_mz', 'f8(i8, i8)')
@nb.njit
def int_mz(v, digits):
    return v / 10**digits


@cc.export('fragments', 'i8[:](f8[:], i8, i8)')
@nb.njit
def fragments(masses, charge, digits):
    top = min(charge, 2)
    out = []
    for idx in range(2, len(masses)):
        b = masses[:idx].sum()
        y = masses[idx:].sum() + H2O
        for z in range(1, top + 1):
            for m in [b, y]:
                out.append(mz_int(to_mz(m, z), digits))
    return np.array(out)
