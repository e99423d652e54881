# small random systems: both branches of `S if l else V`, (l, k) searches that find a pair, fall back to the approximation, or stop at l_max
import numpy as np

rng = np.random.RandomState(11)
P, Q = 3, 2
N = P + Q
S = rng.standard_normal((N, N)) + 3 * np.eye(N)
T = rng.standard_normal((N, N)) + 3 * np.eye(N)
V = rng.standard_normal((N, N)) + 3 * np.eye(N)
W = rng.standard_normal((N, N)) + 3 * np.eye(N)
H = rng.standard_normal(N)
OMG = rng.standard_normal((P, Q))
PSI = rng.standard_normal(Q)
LAM = rng.standard_normal((Q, Q))
XI = rng.standard_normal(Q)
L, K = 3, 4
BMAT = rng.standard_normal((5, L, K, N))
BTERM = rng.standard_normal((5, L, K))
PMAT = rng.standard_normal((L, K, P, N))
PTERM = rng.standard_normal((L, K, P))
QMAT = rng.standard_normal((L, K, Q, N))
QTERM = rng.standard_normal((L, K, Q))
HXP = rng.standard_normal((2, P))
HXQ = rng.standard_normal((2, Q))
HXC = rng.standard_normal(2)
ST = rng.standard_normal(3)
SH = rng.standard_normal(2)
CASES = {
    "get_lam": [(OMG, PSI, S, T, V, W, H, 1), (OMG, PSI, S, T, V, W, H, 0)],
    "get_omg": [(OMG, PSI, LAM, XI, S, T, V, W, H, 1), (OMG, PSI, LAM, XI, S, T, V, W, H, 0)],
    "find_lk": [(BMAT, BTERM, x, rng.standard_normal(N)) for x in (-3.0, -0.5, 0.0, 0.5, 3.0)],
    "t_func_jit": [
        (PMAT, PTERM, QMAT, QTERM, BMAT, BTERM, 0.0, HXP, HXQ, HXC, ST, SH, -1, -1, True),
        (PMAT, PTERM, QMAT, QTERM, BMAT, BTERM, 0.0, HXP, HXQ, HXC, ST, SH, 1, 2, False),
        (PMAT, PTERM, QMAT, QTERM, BMAT, BTERM, 5.0, HXP, HXQ, HXC, ST, SH, -1, -1, False),
    ],
}
