# corpus: code-index id 3737316281 (gboehl/pydsge, MIT) (`@njit(cache=True, nogil=True)` kernels; adapted: a `CC` and `@cc.export` lines added, the file's Python dispatchers, `preprocess_jittable` (a `print` of `.ljust`) and `preprocess_tmats_jit` left out, the rest unchanged)
#!/bin/python
# -*- coding: utf-8 -*-

import numpy as np
import numpy.linalg as nl
import time
import sys
from numba import njit, prange
from numba.pycc import CC

cc = CC('pydsge_lk_kernels')

aca = np.ascontiguousarray
si_eps = sys.float_info.epsilon


@cc.export('get_lam', '(f8[:, :], f8[:], f8[:, :], f8[:, :], f8[:, :], f8[:, :], f8[:], i8)')
@njit(cache=True, nogil=True)
def get_lam(omg, psi, S, T, V, W, h, l):

    dimp, dimq = omg.shape

    A = S if l else V
    B = T if l else W
    c = np.zeros(dimq) if l else h[:dimq]

    inv = nl.inv(A[:dimq, :dimq] + aca(A[:dimq, dimq:]) @ omg)
    lam = inv @ aca(B[:dimq, :dimq])
    xi = inv @ (c - aca(A[:dimq, dimq:]) @ psi)

    return lam, xi


@cc.export('get_omg', '(f8[:, :], f8[:], f8[:, :], f8[:], f8[:, :], f8[:, :], f8[:, :], f8[:, :], f8[:], i8)')
@njit(cache=True, nogil=True)
def get_omg(omg, psi, lam, xi, S, T, V, W, h, l):

    dimp, dimq = omg.shape

    A = S if l else V
    B = T if l else W
    c = np.zeros(dimp) if l else h[dimq:]

    dum = (A[dimq:, :dimq] + aca(A[dimq:, dimq:]) @ omg)
    psi = dum @ xi + aca(A[dimq:, dimq:]) @ psi - c
    omg = dum @ lam - aca(B[dimq:, :dimq])

    return omg, psi


@cc.export('t_func_jit', '(f8[:, :, :, :], f8[:, :, :], f8[:, :, :, :], f8[:, :, :], f8[:, :, :, :], f8[:, :, :], f8, f8[:, :], f8[:, :], f8[:], f8[:], f8[:], i8, i8, b1)')
@njit(cache=True, nogil=True)
def t_func_jit(pmat, pterm, qmat, qterm, bmat, bterm, x_bar, hxp, hxq, hxc, state, shocks, set_l, set_k, x_space):
    """jitted transitiona function
    """

    s = np.hstack((state, shocks))

    if set_k == -1:
        # find (l,k) if requested
        l, k, flag = find_lk(bmat, bterm, x_bar, s)
    else:
        l, k = set_l, set_k
        flag = 0

    p = pmat[l, k] @ s + pterm[l, k]
    q = qmat[l, k] @ s + qterm[l, k]

    # either return p or obs
    if x_space:
        p_or_obs = hxp @ p + hxq @ q + hxc
    else:
        p_or_obs = p

    return p_or_obs, q, l, k, flag


@cc.export('find_lk', '(f8[:, :, :, :], f8[:, :, :], f8, f8[:])')
@njit(nogil=True, cache=True)
def find_lk(bmat, bterm, x_bar, q):
    """iteration loop to find (l,k) given state q
    """

    _, l_max, k_max = bterm.shape

    flag = 0
    l, k = 0, 0

    # check if (0,0) is a solution
    while check_cnst(bmat, bterm, 2, l, 0, q) - x_bar > 0:
        l += 1
        if l == l_max:
            break

    # check if (0,0) is a solution
    if l < l_max:
        # needs to be wrapped so that both loops can be exited at once
        l, k = bruite_wrapper(bmat, bterm, x_bar, q)

        # if still no solution, use approximation
        if l == 999:
            flag = 1
            l, k = 0, 0
            loop_type = False

            while True:
                k += 1
                if not loop_type:
                    # first iterate until r < r_bar
                    loop_type = check_cnst(bmat, bterm, 4, 0, k, q) - x_bar < 0
                elif check_cnst(bmat, bterm, 4, 0, k, q) - x_bar > 0:
                    # then iterate until r > r_bar again
                    break
                if k == k_max-1:
                    # set error flag 'no solution + k_max reached'
                    flag = 2
                    break
    else:
        l = 0

    return l, k, flag


@njit(nogil=True, cache=True)
def bruite_wrapper(bmat, bterm, x_bar, q):
    """iterate over (l,k) until (l_max, k_max) and check if RE equilibrium
    """
    _, l_max, k_max = bterm.shape

    for l in range(l_max):
        for k in range(1, k_max):
            if l and check_cnst(bmat, bterm, 0, l, k, q) - x_bar < 0:
                continue
            if l > 1 and check_cnst(bmat, bterm, 1, l, k, q) - x_bar < 0:
                continue
            if check_cnst(bmat, bterm, 4, l, k, q) - x_bar < 0:
                continue
            if check_cnst(bmat, bterm, 2, l, k, q) - x_bar > 0:
                continue
            if k > 1 and check_cnst(bmat, bterm, 3, l, k, q) - x_bar > 0:
                continue
            return l, k

    return 999, 999


@njit(nogil=True, cache=True)
def check_cnst(bmat, bterm, s, l, k, q0):
    """constraint value in period s given CDR-state q0 under the assumptions (l,k)
    """
    return bmat[s, l, k] @ q0 + bterm[s, l, k]
