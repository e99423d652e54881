# A short price-like series with a flat stretch and a NaN-free jump, windows 1, 3, 5 and longer than the series
import numpy as np

P = np.array([10.0, 10.5, 10.25, 11.0, 11.0, 11.0, 11.0, 9.5, 12.0, 12.25, 11.75, 13.0, 12.5, 14.0])
Q = np.array([1.0, -2.0, 3.0, -4.0, 5.0, -6.0])

W = [(P, 3), (P, 5), (Q, 2), (P, 20)]
CASES = {name: list(W) for name in [
    "rolling_sum", "rolling_mean", "rolling_ema", "rolling_wma", "rolling_std", "rolling_zscore_mean", "rolling_min",
    "rolling_max", "rolling_mean_normalize", "rolling_zscore", "rolling_sigmoid_zscore", "rolling_minmax_normalize",
    "rolling_tanh_estimator", "rolling_l1_normalization"]}
# The loops of these start at window - 1: a window longer than the series indexes past the end
for name in ["rolling_skew", "rolling_var", "rolling_kurt", "rolling_softmax"]:
    CASES[name] = [(P, 3), (P, 5), (Q, 4), (P, 1) if name == "rolling_softmax" else (Q, 3), (Q, 8)]
CASES["rolling_min"] += [(P, 0), (Q, 1)]
CASES["rolling_max"] += [(P, -1), (Q, 1)]
CASES["diff"] = [(P,), (Q,), (np.zeros(0),)]
CASES["sigmoid"] = [(0.0,), (2.5,), (-800.0,), (800.0,)]
