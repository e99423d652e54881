import numpy as np

# Black-Scholes greeks of a small option chain: strikes around spot 100,
# a zero and a nan entry (the guard writes 0.0), calls (0) and puts (1).
K = np.array([80.0, 95.0, 100.0, 105.0, 130.0, 0.0, np.nan])
T = np.array([0.25, 0.5, 1.0, 0.1, 2.0, 1.0, 1.0])
SIG = np.array([0.2, 0.35, 0.25, 0.5, 0.15, 0.2, 0.2])
KINDS = np.array([0, 1, 0, 1, 1, 0, 1], dtype=np.int32)

FIVE = [(100.0, K, T, SIG, 0.05, 0.0), (250.0, K, T, SIG, 0.01, 0.02), (-1.0, K, T, SIG, 0.05, 0.0)]
KINDED = [(100.0, K, T, SIG, 0.0, KINDS), (120.0, K, T, SIG, 0.03, KINDS)]

CASES = {
    "compute_gamma": FIVE,
    "compute_delta": KINDED,
    "compute_vega": FIVE,
    "compute_vanna": FIVE,
    "compute_charm": KINDED,
    "compute_vomma": FIVE,
    "compute_zomma": FIVE,
    "compute_theta": [(100.0, K, T, SIG, 0.05, 0.0, KINDS), (80.0, K, T, SIG, 0.02, 0.01, KINDS)],
    "compute_call_price": FIVE,
    "compute_put_price": FIVE,
}
