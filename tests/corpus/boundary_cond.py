# corpus: written for pycc after a public GitHub file, code-index id 69782662605 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); two boundary-condition kernels, one calling the other: `if h == 0: return 0.0` of a float, `1.0 / (d/k + 1.0/h)`
from numba import njit
from numba.pycc import CC
cc = CC('boundary_cond')


@cc.export('conductance', 'f8(f8, f8, f8)')
@njit(cache=True)
def conductance(k, dist, h):
    if h == 0:
        return 0.0
    return 1.0 / (dist/k + 1.0/h)


@cc.export('face_value', 'f8(f8, f8, f8, f8, f8)')
@njit(cache=True)
def face_value(v, ext, k, dist, h):
    if h == 0:
        return v
    return ext + conductance(k, dist, h)*(v-ext)/h
