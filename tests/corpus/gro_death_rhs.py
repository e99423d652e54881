# corpus: written for pycc after a public GitHub file, code-index id 19244838926 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); a cell growth/death ODE right-hand side for odeint: `N, P, D = y`, a list `[0,0,0]` filled with floats and returned
import numpy as np
from numba import njit
from numba.pycc import CC

cc = CC('gro_death_rhs')


@cc.export('cells_growth_death', '(f8[:], f8, f8[:])')
@njit
def cells_growth_death(y,t,theta):
    N, P, D = y
    # unpack parameters
    mu_max,Ks,Qn,delta = theta
    dydt = [0,0,0]
    dydt[0] = -Qn*mu_max*N*P*1e6/(N+Ks)
    dydt[1] = mu_max*N*P/(N+Ks) - delta*P
    dydt[2] = delta*P
    return dydt
