# corpus: written for pycc after a public GitHub file, code-index id 56908237781 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); robot-arm dynamics: Christoffel terms from a table of mass-matrix partial derivatives
"""Robot arm dynamics helpers."""
import numpy as np
from numba import njit
from numba.pycc import CC

cc = CC('christoffel_loops')


@cc.export('coriolis', '(i8, f8[:, :, :], f8[:])')
@njit
def coriolis(num_joints, dM, q_dot):

    C = np.zeros((num_joints, num_joints))
    for i in range(num_joints):
        for j in range(num_joints):
            for k in range(num_joints):
                # c_ijk from the tabulated partials
                c_ijk = 0.5 * (dM[k, i, j] + dM[j, i, k] - dM[i, j, k])
                C[i, j] += c_ijk * q_dot[k]
    return C
